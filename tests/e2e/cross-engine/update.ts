import type { EngineEnv } from './app'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DIST } from '../browser'
import { playWholeQuiz, waitForController } from './app'

const PROMPT = 'A new version of Quorum is ready.'

/** Copies of the build as two deploys: the second has a new service worker, as any new build does. */
const scratch = mkdtempSync(join(tmpdir(), 'quorum-engine-deploys-'))
const v1 = join(scratch, 'v1')
const v2 = join(scratch, 'v2')
cpSync(DIST, v1, { recursive: true })
cpSync(DIST, v2, { recursive: true })
writeFileSync(join(v2, 'sw.js'), `${readFileSync(join(v2, 'sw.js'), 'utf8')}\n// build 2\n`)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

export function updateTests(env: EngineEnv): void {
  describe('updates', () => {
    it('a reload while the first visit\'s worker is still caching the app offers no update', async () => {
      env.server.deploy(v1)
      const page = await env.engine.newPage()
      await page.goto(env.server.url)
      // Reload the moment the worker starts installing: Firefox then restarts the install.
      const installing = await page.evaluate(() => new Promise<boolean>((resolve) => {
        const check = async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          if (registration?.installing)
            resolve(true)
          else if (registration?.active)
            resolve(false)
          else
            setTimeout(check, 5)
        }
        void check()
      }))
      expect(installing, 'the reload should come while the worker installs').toBe(true)
      await page.reload()
      await waitForController(page)
      await page.waitFor({ role: 'heading', name: 'How does the UN vote?' })
      // workbox-window reports a waiting worker 200 ms after it installs: give it more than that.
      await new Promise(resolve => setTimeout(resolve, 1500))
      expect(await page.isShown({ text: PROMPT })).toBe(false)
      await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await playWholeQuiz(page)
      await new Promise(resolve => setTimeout(resolve, 500))
      expect(await page.isShown({ text: PROMPT }), 'on the results screen').toBe(false)
      expect(page.consoleErrors()).toEqual([])
      await page.close()
    }, 90_000)

    it('a real deploy is offered, and "Update now" reloads into it', async () => {
      env.server.deploy(v1)
      const page = await env.engine.newPage()
      await page.goto(env.server.url)
      const first = await waitForController(page)
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true))

      env.server.deploy(v2)
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
      await page.waitFor({ text: PROMPT }, 30_000)
      await page.click({ role: 'button', name: 'Update now' })
      await page.waitFor({ role: 'heading', name: 'How does the UN vote?' })
      await expect.poll(() => page.evaluate(() => (window as unknown as { before?: boolean }).before ?? false), { timeout: 15_000 }).toBe(false)
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
      expect(await waitForController(page)).toBe(first)
      expect(await page.isShown({ text: PROMPT })).toBe(false)
      expect(page.consoleErrors()).toEqual([])
      await page.close()
    }, 90_000)
  })
}
