import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, newPhoneContext, playWholeQuiz, useBrowserAndServer, waitForApp, watchErrors } from './browser'

describe('accessibility and layout (axe-core, WCAG 2.2 AA)', () => {
  const app = useBrowserAndServer()

  async function noHorizontalScroll(page: Page) {
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
    expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client!)
  }

  it.each([
    ['a phone, 360 px wide, light', 'phone', 'light'],
    ['a phone, 360 px wide, dark', 'phone', 'dark'],
    ['a desktop, light', 'desktop', 'light'],
    ['a desktop, dark', 'desktop', 'dark'],
  ] as const)('finds no violations on home, question, feedback, article and results on %s', async (_, kind, colorScheme) => {
    const context = kind === 'phone'
      ? await newPhoneContext(app.browser, colorScheme)
      : await app.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(app.server.url)

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

    // "Read it in the article" shows the cited sentence; back returns to the question.
    const read = page.getByRole('link', { name: 'Read it in the article' })
    if (await read.count() > 0) {
      await read.click()
      await page.locator('mark.cited').waitFor()
      expect(await axeViolations(page), 'article').toEqual([])
      await noHorizontalScroll(page)
      await page.goBack()
      await page.locator('.feedback').waitFor()
    }

    await page.getByRole('button', { name: 'Next question' }).click()
    await playWholeQuiz(page)
    expect(await axeViolations(page), 'results').toEqual([])
    await noHorizontalScroll(page)

    for (const [link, heading] of [['Progress', 'Your progress'], ['Your data', 'Your data'], ['Article', 'The article']]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click()
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      expect(await axeViolations(page), heading).toEqual([])
      await noHorizontalScroll(page)
    }
    await page.goto(`${app.server.url}/host`)
    await page.getByRole('heading', { level: 1, name: 'Run a class quiz' }).waitFor()
    await page.getByRole('button', { name: 'Create the session' }).click()
    await page.getByRole('heading', { name: /^Join code: / }).waitFor()
    expect(await axeViolations(page), 'host, with a code').toEqual([])
    await noHorizontalScroll(page)
    await page.goto(`${app.server.url}/join`)
    await page.getByRole('heading', { level: 1, name: 'Join a class quiz' }).waitFor()
    await page.getByRole('button', { name: 'Join' }).click()
    await page.getByRole('alert').getByText(/Enter your name/).waitFor()
    expect(await axeViolations(page), 'join, with an error').toEqual([])
    await noHorizontalScroll(page)
    await page.goto(`${app.server.url}/no-such-page`)
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    expect(await axeViolations(page), 'not found').toEqual([])

    expect(errors).toEqual([])
    await context.close()
  })

  it.each(['light', 'dark'] as const)('reads the article and quizzes on a paragraph (%s)', async (colorScheme) => {
    const context = await newPhoneContext(app.browser, colorScheme)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${app.server.url}/article`)
    await page.getByRole('heading', { name: 'The article' }).waitFor()
    expect(await axeViolations(page), 'article').toEqual([])
    await noHorizontalScroll(page)

    await page.getByRole('button', { name: /^Quiz me on this paragraph/ }).nth(2).click()
    await page.getByText(/^Question 1 of \d+$/).waitFor()
    await page.keyboard.press('a')
    await page.getByRole('link', { name: 'Read it in the article' }).click()
    await page.locator('mark.cited').waitFor()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK')
    expect(await axeViolations(page), 'article, highlighted').toEqual([])
    await page.goBack()
    await page.locator('.feedback').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('plays by keyboard: number keys answer, focus lands on Next, Enter goes on', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
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

  it('plays a whole quiz with the keyboard alone, from the home screen to the results and back', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
    // Until the app has taken over, the painted buttons are disabled, so Tab passes them by.
    await waitForApp(page)
    // Tab to "Quick quiz" (skip link, brand, three nav links come first).
    let focused = ''
    for (let i = 0; i < 10 && focused !== 'Quick quiz: 10 questions'; i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    }
    expect(focused).toBe('Quick quiz: 10 questions')
    await page.keyboard.press('Enter')
    for (let n = 1; n <= 10; n++) {
      await page.getByText(`Question ${n} of 10`, { exact: true }).waitFor()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-prompt')
      await page.keyboard.press(n % 2 === 0 ? 'b' : '1')
      await page.locator('.feedback').waitFor()
      expect(await page.getByRole('status').textContent()).toMatch(/Correct\.|Wrong\. The answer is/)
      await page.keyboard.press('Enter')
    }
    await page.getByRole('heading', { name: /You scored \d+ out of 10/ }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    // Tab on to "Play again" and start another quiz, still without a mouse.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Play again')
    await page.keyboard.press('Enter')
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    await context.close()
  })
})
