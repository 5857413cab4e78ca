import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppServer } from './browser'
import { axeViolations, launchBrowser, newPhoneContext, playWholeQuiz, serveBuild, watchErrors } from './browser'

describe('accessibility and layout (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser
  let server: AppServer

  beforeAll(async () => {
    browser = await launchBrowser()
    server = await serveBuild()
  })

  afterAll(async () => {
    await server?.stop()
    await browser?.close()
  })

  async function noHorizontalScroll(page: Page) {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client!)
  }

  it.each([
    ['a phone, 360 px wide', 'phone'],
    ['a desktop', 'desktop'],
  ])('finds no violations on home, question, feedback and results on %s', async (_, kind) => {
    const context = kind === 'phone'
      ? await newPhoneContext(browser)
      : await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(server.url)

    await page.getByRole('heading', { name: 'How does the UN vote?' }).waitFor()
    expect(await axeViolations(page), 'home').toEqual([])
    await noHorizontalScroll(page)

    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    expect(await axeViolations(page), 'question').toEqual([])
    await noHorizontalScroll(page)

    // A wrong answer shows the most feedback: the reason the choice is wrong as well.
    const answer = await page.evaluate(() => document.querySelectorAll('.options button').length)
    expect(answer).toBeGreaterThanOrEqual(3)
    await page.keyboard.press('1')
    await page.locator('.feedback').waitFor()
    expect(await axeViolations(page), 'feedback').toEqual([])
    await noHorizontalScroll(page)

    await page.getByRole('button', { name: 'Next question' }).click()
    await playWholeQuiz(page)
    expect(await axeViolations(page), 'results').toEqual([])
    await noHorizontalScroll(page)

    expect(errors).toEqual([])
    await context.close()
  })

  it('plays by keyboard: number keys answer, focus lands on Next, Enter goes on', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-prompt')
    await page.keyboard.press('2')
    await page.locator('.feedback').waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Next question')
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^\s*(Correct\.|Wrong\. The answer is .+\.)\s*$/)
    await page.keyboard.press('Enter')
    await page.getByText('Question 2 of 10', { exact: true }).waitFor()
    await context.close()
  })
})
