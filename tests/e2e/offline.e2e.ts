import type { Browser } from 'playwright-core'
import type { AppServer } from './browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newPhoneContext, playWholeQuiz, serveBuild, waitForController, watchErrors } from './browser'

describe('offline, as a student on a bus', () => {
  let browser: Browser
  let server: AppServer | null = null

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await server?.stop()
    await browser?.close()
  })

  it('is controlled by the service worker after one online visit, then plays a whole quiz with the server stopped', async () => {
    server = await serveBuild()
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const errors = watchErrors(page)

    await page.goto(server.url)
    await waitForController(page)
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/)

    await server.stop()
    server = null
    const failed = await page.request.get(page.url()).then(() => false, () => true)
    expect(failed, 'the server should really be down').toBe(true)

    await page.reload()
    await expect(page.getByRole('heading', { name: 'How does the UN vote?' }).isVisible()).resolves.toBe(true)

    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.waitForURL(/\/quiz$/)
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()

    // Answer two questions, then reload on the deep route: the quiz resumes where it was.
    for (const n of [1, 2]) {
      await page.locator('.options button').first().click()
      await page.getByRole('button', { name: 'Next question' }).click()
      await page.getByText(`Question ${n + 1} of 10`, { exact: true }).waitFor()
    }
    await page.reload()
    await page.getByText('Question 3 of 10', { exact: true }).waitFor()

    expect(await playWholeQuiz(page)).toBe(8)
    expect(page.url()).toMatch(/\/results\/[\w-]+$/)
    await expect(page.locator('.review li').count()).resolves.toBe(10)

    // A reload on the results route, still offline, shows the same result.
    const heading = await page.getByRole('heading', { level: 1 }).textContent()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading)

    // And a cold start on a deep route the app has never shown in this tab.
    const fresh = await context.newPage()
    await fresh.goto(page.url().replace(/\/results\/.*$/, '/quiz'))
    await fresh.getByRole('heading', { name: 'No unfinished quiz' }).waitFor()

    expect(errors.filter(e => !e.includes('net::ERR_CONNECTION_REFUSED'))).toEqual([])
    await context.close()
  })
})
