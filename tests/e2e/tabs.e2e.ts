import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { newPhoneContext, useBrowserAndServer, watchErrors } from './browser'

/** Starts a quick quiz and answers every question, stopping on the last one before "See results". */
async function playToLastQuestion(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
  for (let n = 1; n <= 10; n++) {
    await page.getByText(`Question ${n} of 10`, { exact: true }).waitFor()
    await page.locator('.options button').first().click()
    if (n < 10)
      await page.getByRole('button', { name: 'Next question' }).click()
  }
  await page.getByRole('button', { name: 'See results' }).waitFor()
}

function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('quorum:history') ?? '{"data":[]}') as { data: { id: string }[] }).data.map(a => a.id).sort())
}

async function finishedOnProgress(page: Page): Promise<string> {
  const summary = page.locator('.summary li').first()
  await summary.waitFor()
  return (await summary.textContent() ?? '').replace(/\s+/g, ' ').trim()
}

describe('two tabs of the app in one browser', () => {
  const app = useBrowserAndServer()

  it('finish quizzes at the same moment: both results are kept, and each tab lists both', async () => {
    const context = await newPhoneContext(app.browser)
    const a = await context.newPage()
    const b = await context.newPage()
    const errors = [a, b].map(watchErrors)
    for (const page of [a, b])
      await page.goto(app.server.url)
    await playToLastQuestion(a)
    await playToLastQuestion(b)

    await Promise.all([a, b].map(page => page.getByRole('button', { name: 'See results' }).click()))
    await Promise.all([a, b].map(page => page.waitForURL(/\/results\/[\w-]+$/)))
    const ids = [a, b].map(page => /\/results\/([\w-]+)$/.exec(page.url())?.[1] ?? '').sort()
    expect(ids[0]).not.toBe(ids[1])

    // A tab whose write missed the other's puts its result back when the storage event arrives.
    for (const page of [a, b])
      await expect.poll(() => storedIds(page), { timeout: 10_000 }).toEqual(ids)

    // Each tab has picked up the other's result without a reload...
    for (const page of [a, b]) {
      await page.getByRole('link', { name: 'Progress' }).click()
      await expect.poll(() => finishedOnProgress(page), { timeout: 10_000 }).toBe('2 quizzes finished')
    }
    // ...and after one.
    for (const page of [a, b]) {
      await page.reload()
      expect(await finishedOnProgress(page)).toBe('2 quizzes finished')
      expect(await storedIds(page)).toEqual(ids)
    }
    expect(errors.flat()).toEqual([])
    await context.close()
  }, 120_000)
})
