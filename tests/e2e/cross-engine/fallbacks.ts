import type { EngineName } from '../engines/driver'
import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { PHONE, playWholeQuiz, waitForStartUp } from './app'

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'

/**
 * What the app does where an engine lacks a feature: no install prompt (Firefox, Safari), no
 * speech voice (Chromium and Firefox here), no BarcodeDetector (see classroom.ts).
 */
export function fallbackTests(env: EngineEnv, name: EngineName): void {
  describe('where the engine lacks a feature', () => {
    it('offers no dead control: no Install button without the install event, Read aloud only with a voice', async () => {
      const page = await env.engine.newPage()
      await page.goto(env.server.url)
      await waitForStartUp(page)
      const can = await page.evaluate(async () => ({
        installEvent: 'onbeforeinstallprompt' in window,
        // Chromium lists its voices late, or never: a second is plenty for a local list.
        voices: await new Promise<number>((resolve) => {
          if (!('speechSynthesis' in window))
            return resolve(0)
          const count = () => speechSynthesis.getVoices().length
          speechSynthesis.addEventListener('voiceschanged', () => resolve(count()))
          setTimeout(() => resolve(count()), 1000)
          if (count() > 0)
            resolve(count())
        }),
      }))
      if (!can.installEvent)
        expect(await page.isShown({ role: 'heading', name: 'Keep Quorum on your home screen' })).toBe(false)
      expect(await page.isShown({ role: 'button', name: 'Install Quorum' })).toBe(false)
      await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await page.waitFor({ text: 'Question 1 of 10' })
      expect(await page.isShown({ role: 'button', name: 'Read aloud' }), `${can.voices} voices`).toBe(can.voices > 0)
      expect(page.consoleErrors()).toEqual([])
      await page.close()
    }, 60_000)

    // Safari's engine, as on an iPhone: no install event, and storage cleared after a week unused.
    if (name === 'webkit') {
      it('as Safari on an iPhone: how to add to the Home Screen, and once after a quiz, how to keep progress', async () => {
        const page = await env.engine.newPage({ ...PHONE, userAgent: IPHONE_SAFARI })
        await page.goto(env.server.url)
        await waitForStartUp(page)
        await page.waitFor({ role: 'heading', name: 'Keep Quorum on your home screen' })
        await page.waitFor({ text: /^On iPhone or iPad: tap Share \(the square with an arrow\), then Add to Home Screen\.$/ })
        await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
        await playWholeQuiz(page)
        await page.waitFor({ role: 'heading', name: 'Keep your progress' })
        await page.waitFor({ text: /add Quorum to your Home Screen .* or export them from Your data/ })
        await page.click({ role: 'button', name: 'Got it' })
        expect(await page.isShown({ role: 'heading', name: 'Keep your progress' })).toBe(false)
        await page.reload()
        await page.waitFor({ role: 'heading', name: /^You scored/ })
        await waitForStartUp(page)
        expect(await page.isShown({ role: 'heading', name: 'Keep your progress' })).toBe(false)
        expect(page.consoleErrors()).toEqual([])
        await page.close()
      }, 60_000)
    }
  })
}
