import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { PHONE, playWholeQuiz, waitForController, waitForStartUp, withoutNetworkErrors } from './app'

export function offlineTests(env: EngineEnv): void {
  describe('offline', () => {
    it('is controlled by the service worker after one visit; then, with nginx stopped, plays a whole quiz, resumes after a reload and opens deep links', async () => {
      await env.server.start()
      const page = await env.engine.newPage(PHONE)
      await page.goto(env.server.url)
      expect(await waitForController(page)).toBe(`${env.server.url}/sw.js`)

      await env.server.stop()
      await page.reload()
      await page.waitFor({ role: 'heading', name: 'How does the UN vote?' })
      await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await page.waitFor({ text: 'Question 1 of 10' })
      for (const n of [1, 2]) {
        await page.click({ css: '.options button' })
        await page.click({ role: 'button', name: 'Next question' })
        await page.waitFor({ text: `Question ${n + 1} of 10` })
      }
      // A reload on the deep route, offline: the quiz resumes at the same question.
      await page.reload()
      await page.waitFor({ text: 'Question 3 of 10' })
      expect(new URL(await page.url()).pathname).toBe('/quiz')

      expect(await playWholeQuiz(page)).toBe(8)
      const results = await page.url()
      expect(results).toMatch(/\/results\/[\w-]+$/)
      expect(await page.evaluate(() => document.querySelectorAll('.review li').length), 'questions reviewed').toBe(10)
      const heading = await page.evaluate(() => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim())
      await page.reload()
      await page.waitFor({ role: 'heading', name: heading! })

      // Deep links typed in, still offline: the worker answers with the app's shell.
      await page.goto(`${env.server.url}/progress`)
      await page.waitFor({ role: 'heading', name: 'Your progress', level: 1 })
      await waitForStartUp(page)
      await page.goto(`${env.server.url}/quiz`)
      await page.waitFor({ role: 'heading', name: 'No unfinished quiz' })
      expect(await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline')

      expect(withoutNetworkErrors(page.consoleErrors())).toEqual([])
      await page.close()
    })
  })
}
