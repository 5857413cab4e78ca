import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { newPhoneContext, useBrowserAndServer } from './browser'

/** Every screen, reached as a student would: name and how to get there. */
async function visitScreens(page: Page, base: string, check: (screen: string) => Promise<void>) {
  await page.goto(base)
  await page.getByRole('heading', { name: 'How does the UN vote?' }).waitFor()
  await check('home')
  await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
  await page.getByText('Question 1 of 10', { exact: true }).waitFor()
  await check('question')
  await page.keyboard.press('1')
  await page.locator('.feedback').waitFor()
  await check('feedback')
  for (let n = 1; n <= 10; n++) {
    if (n > 1)
      await page.keyboard.press('1')
    await page.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' }).click()
  }
  await page.getByRole('heading', { name: /You scored/ }).waitFor()
  await check('results')
  for (const [path, heading] of [['/article?s=3', 'The article'], ['/progress', 'Your progress'], ['/data', 'Your data'], ['/join', 'Join a class quiz'], ['/host', 'Run a class quiz'], ['/lab?body=council&votes=nuuuuyyyyyyyyyu&matter=substantive', 'Vote lab'], ['/lab?body=assembly&yes=93&no=18&abstain=65&majority=two-thirds', 'Vote lab'], ['/nowhere', 'Page not found']] as const) {
    await page.goto(`${base}${path}`)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    await check(heading)
  }
}

describe('zoom and touch', () => {
  const app = useBrowserAndServer()

  it('loses nothing with text zoomed to 200%: no sideways scrolling, nothing cut off', async () => {
    // A 1280-pixel window at 200% zoom lays out like 640 pixels with text twice the size.
    const context = await app.browser.newContext({ viewport: { width: 640, height: 800 } })
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '200%'
      })
    })
    const page = await context.newPage()
    await visitScreens(page, app.server.url, async (screen) => {
      const problems = await page.evaluate(() => {
        const out: string[] = []
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
          out.push(`page is ${document.documentElement.scrollWidth}px wide`)
        for (const el of document.querySelectorAll<HTMLElement>('button, a, h1, h2, p, label, td, th, li')) {
          // Text meant for screen readers only is clipped on purpose.
          if (el.closest('.visually-hidden'))
            continue
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden')
            out.push(`text cut off in ${el.tagName}: ${el.textContent?.slice(0, 40)}`)
        }
        return out
      })
      expect(problems, screen).toEqual([])
    })
    await context.close()
  })

  it('gives every control a touch target of at least 44 by 44 pixels on a phone', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    await visitScreens(page, app.server.url, async (screen) => {
      const small = await page.evaluate(() => {
        const controls = document.querySelectorAll<HTMLElement>('button, .button, nav a, label.choice, td a, .read-more, .lab-link')
        return [...controls]
          .filter(el => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
          .map((el) => {
            const r = el.getBoundingClientRect()
            return { name: (el.textContent ?? '').trim().slice(0, 40), w: Math.round(r.width), h: Math.round(r.height) }
          })
          .filter(c => c.w < 44 || c.h < 44)
      })
      expect(small, screen).toEqual([])
    })
    await context.close()
  })
})
