import { describe, expect, it } from 'vitest'
import { newPhoneContext, useBrowserAndServer } from './browser'

const env = useBrowserAndServer()

describe('the first paint needs no JavaScript', () => {
  it('the home screen is in index.html; other paths get the empty shell', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(env.server.url)
    await expect(page.getByRole('heading', { level: 1, name: 'How does the UN vote?' }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).isVisible()).resolves.toBe(true)
    // Nothing to tap in vain before the app runs.
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).isDisabled()).resolves.toBe(true)
    for (const path of ['/quiz', '/article', '/class/ABCDE12345']) {
      await page.goto(`${env.server.url}${path}`)
      await expect(page.getByRole('heading', { name: 'How does the UN vote?' }).count()).resolves.toBe(0)
    }
    await context.close()
  })

  it('the app takes over the pre-rendered home without shifting it', async () => {
    const context = await newPhoneContext(env.browser)
    await context.addInitScript(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver(list => list.getEntries().forEach(e => shifts.push((e as unknown as { value: number }).value)))
        .observe({ type: 'layout-shift', buffered: true })
    })
    const page = await context.newPage()
    await page.goto(env.server.url, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0)
    // And it did take over: the pre-rendered button does nothing, the app's starts a quiz.
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.waitForURL(/\/quiz$/)
    await context.close()
  })
})
