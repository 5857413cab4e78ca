import type { EnginePage } from '../engines/driver'
import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { waitForStartUp } from './app'

/** The focused element's text, and whether a keyboard user can see where focus is. */
function focus(page: EnginePage): Promise<{ text: string, visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (element === null || element === document.body)
      return { text: '', visible: false }
    const style = getComputedStyle(element)
    return {
      text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      visible: document.hasFocus() && element.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    }
  })
}

export function keyboardTests(env: EngineEnv): void {
  describe('the keyboard', () => {
    it('plays a whole quiz from the home screen, focus always visible where it lands', async () => {
      const page = await env.engine.newPage()
      await page.goto(env.server.url)
      await waitForStartUp(page)
      // The skip link, the brand and the navigation come first.
      let focused = await focus(page)
      for (let i = 0; i < 12 && focused.text !== 'Quick quiz: 10 questions'; i++) {
        await page.press('Tab')
        focused = await focus(page)
        expect(focused.visible, `focus on "${focused.text}"`).toBe(true)
      }
      expect(focused.text).toBe('Quick quiz: 10 questions')
      await page.press('Enter')
      for (let n = 1; n <= 10; n++) {
        await page.waitFor({ text: `Question ${n} of 10` })
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-prompt')
        await page.press(n % 2 === 0 ? 'b' : '1')
        await page.waitFor({ css: '.feedback' })
        expect(await focus(page)).toEqual({ text: n === 10 ? 'See results' : 'Next question', visible: true })
        await page.press('Enter')
      }
      await page.waitFor({ role: 'heading', name: /^You scored \d+ out of 10$/ })
      await page.press('Tab')
      expect(await focus(page)).toEqual({ text: 'Play again', visible: true })
      await page.press('Enter')
      await page.waitFor({ text: 'Question 1 of 10' })
      expect(page.consoleErrors()).toEqual([])
      await page.close()
    }, 90_000)
  })
}
