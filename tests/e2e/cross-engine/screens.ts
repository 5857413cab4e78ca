import type { EnginePage } from '../engines/driver'
import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { axeViolations, playWholeQuiz, waitForStartUp } from './app'

/** Listens for CSP violations from now on in this document (WebDriver classic has no init scripts). */
async function watchViolations(page: EnginePage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { cspViolations?: string[] }
    if (w.cspViolations)
      return
    const seen: string[] = []
    w.cspViolations = seen
    document.addEventListener('securitypolicyviolation', e => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
}

async function violations(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
}

export function screenTests(env: EngineEnv): void {
  describe('every screen', () => {
    it('shows no console error, breaks no CSP rule and has no axe violation, from home to a class session', async () => {
      const page = await env.engine.newPage()
      const problems: string[] = []
      const check = async (screen: string, axe = true) => {
        problems.push(...(await violations(page)).map(v => `${screen}: CSP ${v}`))
        if (axe)
          problems.push(...(await axeViolations(page)).map(v => `${screen}: axe ${v}`))
      }
      await page.goto(env.server.url)
      await page.waitFor({ role: 'heading', name: 'How does the UN vote?' })
      await waitForStartUp(page)
      await watchViolations(page)
      await check('home')
      await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await page.waitFor({ text: 'Question 1 of 10' })
      await check('question')
      await page.click({ css: '.options button' })
      await page.waitFor({ css: '.feedback' })
      await check('feedback')
      await page.click({ role: 'button', name: 'Next question' })
      await playWholeQuiz(page)
      await check('results')
      for (const [path, heading] of [['/article?s=3', 'The article'], ['/progress', 'Your progress'], ['/data', 'Your data'], ['/join', 'Join a class quiz'], ['/nowhere', 'Page not found'], ['/host', 'Run a class quiz']] as const) {
        await page.goto(`${env.server.url}${path}`)
        await page.waitFor({ role: 'heading', name: heading, level: 1 })
        await waitForStartUp(page)
        await watchViolations(page)
        await check(path)
      }
      await page.click({ role: 'button', name: 'Create the session' })
      await page.waitFor({ role: 'img', name: 'QR code of the join link' })
      await check('class session')
      await page.click({ role: 'link', name: 'Show on the class screen' })
      await page.waitFor({ text: 'Question 1 of 10' })
      await page.press('PageDown')
      await page.waitFor({ role: 'heading', name: /^The answer is [A-D]: / })
      await check('class screen')

      expect(problems).toEqual([])
      expect(page.consoleErrors()).toEqual([])

      // The watch itself works: an inline script added now is refused, and seen.
      await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.inlineRan = true'
        document.body.append(script)
      })
      await expect.poll(() => violations(page)).not.toEqual([])
      expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? null)).toBeNull()
      await page.close()
    }, 120_000)
  })
}
