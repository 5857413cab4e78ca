import type { Page } from 'playwright-core'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import bank from 'virtual:quorum-bank'
import { describe, expect, it } from 'vitest'
import { firstScreenFiles, precacheFiles } from '~/build/size'
import { makeAttempt, makeClassSession, makeStored } from '../builders'
import { axeViolations, DIST, newPhoneContext, useBrowserAndServer, watchErrors } from './browser'

/**
 * The charts: the class report's scores and answers, the class screen's chart after a reveal,
 * the Progress screen's accuracy and mastery. Screenshots go to $QUORUM_SHOTS when it is set.
 */

const session = makeClassSession(bank, { count: 5, seed: 5150 })
const noResults = makeClassSession(bank, { count: 5, seed: 5151 })
const { questions } = session.quiz
const NAMES = ['Amal', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal']

/** Question 1: three chose the key, two each two wrong options (a tie), one none. Later questions get harder. */
function answersOf(student: number): (number | null)[] {
  return questions.map((q, j) => {
    const [k, m] = [q.answer, q.options.length]
    if (j === 0)
      return [k, k, k, (k + 1) % m, (k + 1) % m, (k + 2) % m, (k + 2) % m, null][student] ?? null
    return student < NAMES.length + 2 - 2 * j ? k : (k + 1 + (student % 2)) % m
  })
}
const CODES = NAMES.map((name, s) => session.resultCode(name, answersOf(s)))
const [TIE_A, TIE_B] = [1, 2].map(d => questions[0]!.options[(questions[0]!.answer + d) % questions[0]!.options.length]!).sort((a, b) => questions[0]!.options.indexOf(a) - questions[0]!.options.indexOf(b))

const HISTORY = makeStored([4, 6, 5, 8, 7, 9].map((correct, i) => makeAttempt({
  id: `h-${i}`,
  finishedAt: `2026-03-${String(10 - i).padStart(2, '0')}T10:00:00.000Z`,
  correct,
  total: 10,
  questions: Array.from({ length: 10 }, (_, n) => ({ id: `q-${n}`, prompt: `P${n}?`, chosen: 'x', key: 'x', correct: n < correct })),
})))

/** Facts of the first topic: a third mastered (box 4), a third in review, the rest not met. */
const FACTS = [...new Set(bank.items.filter(i => i.topic === bank.topics[0]!.id).map(i => i.fact))]
const DECK = makeStored(Object.fromEntries(FACTS.slice(0, Math.ceil((2 * FACTS.length) / 3)).map((fact, i) =>
  [fact, { fact, box: i % 2 === 0 ? 4 : 1, due: '2026-03-11', seen: 2, lapses: 0 }])))

const SHOTS = process.env.QUORUM_SHOTS
async function shot(page: Page, name: string) {
  if (SHOTS === undefined)
    return
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

async function noHorizontalScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
  expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client!)
}

/** The teacher pastes the class's result codes on the session page; the report draws its charts. */
async function collectResults(page: Page, base: string) {
  await page.goto(`${base}/class/${session.joinCode}`)
  await page.getByLabel('Result codes').fill(CODES.join('\n'))
  await page.getByRole('button', { name: 'Add results' }).click()
  await page.getByRole('figure', { name: /^Scores: / }).waitFor()
}

describe('charts', () => {
  const app = useBrowserAndServer()

  it.each([
    ['a phone, 360 px wide, light', 'phone', 'light'],
    ['a phone, 360 px wide, dark', 'phone', 'dark'],
    ['a desktop, light', 'desktop', 'light'],
    ['a desktop, dark', 'desktop', 'dark'],
  ] as const)('leave axe nothing to find on the report, the class screen and Progress on %s', async (label, kind, colorScheme) => {
    const context = kind === 'phone'
      ? await newPhoneContext(app.browser, colorScheme)
      : await app.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const name = label.replace(/\W+/g, '-')

    await collectResults(page, app.server.url)
    await expect(page.getByRole('figure', { name: /^Question \d: / }).count()).resolves.toBe(questions.length)
    expect(await axeViolations(page), 'report').toEqual([])
    await noHorizontalScroll(page)
    await shot(page, `report-${name}`)

    // The class screen, on the device that collected the results: the chart after the reveal.
    await page.getByRole('link', { name: 'Show on the class screen' }).click()
    await page.getByText(`Question 1 of ${questions.length}`, { exact: true }).waitFor()
    await page.keyboard.press('PageDown')
    const chart = page.getByRole('figure', { name: 'How the class answered' })
    await chart.waitFor()
    await expect(chart.textContent()).resolves.toContain(`Most chosen instead: “${TIE_A}” and “${TIE_B}”, 2 students each.`)
    expect(await axeViolations(page), 'class screen, chart').toEqual([])
    await noHorizontalScroll(page)
    await shot(page, `class-screen-${name}`)

    // A session with nothing collected says so, and shows no chart.
    await page.goto(`${app.server.url}/class/${noResults.joinCode}/project`)
    await page.getByText(`Question 1 of 5`, { exact: true }).waitFor()
    await page.keyboard.press('PageDown')
    await page.getByText('No results are collected for this session on this device').waitFor()
    await expect(page.getByRole('figure').count()).resolves.toBe(0)
    expect(await axeViolations(page), 'class screen, no results').toEqual([])

    await page.evaluate(([history, deck]) => {
      localStorage.setItem('quorum:history', history!)
      localStorage.setItem('quorum:review', deck!)
    }, [HISTORY, DECK])
    await page.goto(`${app.server.url}/progress`)
    await page.getByRole('figure', { name: 'Percent right in your last 6 quizzes, oldest first' }).waitFor()
    await page.getByRole('figure', { name: 'Each topic’s facts: mastered, in review, not yet met' }).waitFor()
    expect(await axeViolations(page), 'progress').toEqual([])
    await noHorizontalScroll(page)
    await shot(page, `progress-${name}`)

    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it.each(['light', 'dark'] as const)('print the report in black and white with every chart, and the key told apart without colour (%s)', async (colorScheme) => {
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 800 }, colorScheme })
    const page = await context.newPage()
    await collectResults(page, app.server.url)
    await page.emulateMedia({ media: 'print' })

    // Every chart is there on paper: none hidden by the print styles, none squashed.
    const figures = page.getByRole('figure')
    await expect(figures.count()).resolves.toBe(1 + questions.length)
    for (const figure of await figures.all()) {
      await expect(figure.isVisible()).resolves.toBe(true)
      const box = await figure.locator('svg').last().boundingBox()
      expect(box!.width).toBeGreaterThan(200)
      expect(box!.height).toBeGreaterThan(8)
    }
    // The key is named in words in every question's chart, and the tie of question 1 both ways.
    for (const figure of await page.getByRole('figure', { name: /^Question \d: / }).all())
      await expect(figure.getByText('✓ Answer', { exact: true }).count()).resolves.toBe(1)
    const first = page.getByRole('figure', { name: /^Question 1: / })
    await expect(first.getByText('▲ Most chosen wrong answer', { exact: true }).count()).resolves.toBe(2)

    // The three kinds of bar differ by fill, not hue: solid dark, stripes, solid light.
    await page.evaluate(() => {
      document.documentElement.style.filter = 'grayscale(1)'
    })
    await shot(page, `report-print-grayscale-${colorScheme}`)
    const bars = {
      key: first.locator('li.key rect.fill'),
      tied: first.locator('li.top rect.fill').first(),
      other: first.locator('li:not(.key):not(.top) rect.fill').last(),
    }
    const fills = Object.fromEntries(await Promise.all(Object.entries(bars).map(async ([k, l]) => [k, await l.evaluate(el => getComputedStyle(el).fill)])))
    expect(fills.key).toMatch(/^rgb/)
    expect(fills.tied).toMatch(/^url\(/)
    expect(fills.other).toMatch(/^rgb/)
    expect(fills.key).not.toBe(fills.other)

    const gray = Object.fromEntries(await Promise.all(Object.entries(bars).map(async ([k, l]) => [k, await grayStats(page, l)])))
    // Solid fills are even; stripes alternate between dark and light.
    expect(gray.key!.spread).toBeLessThan(20)
    expect(gray.other!.spread).toBeLessThan(20)
    expect(gray.tied!.spread).toBeGreaterThan(60)
    // The key prints dark, the plain wrong answers a light grey.
    expect(gray.other!.mean - gray.key!.mean).toBeGreaterThan(80)
    await context.close()
  })

  it('lose nothing with text zoomed to 200%: no sideways scrolling of the page', async () => {
    // As tests/e2e/zoom.e2e.ts: 1280 pixels at 200% lay out like 640 with text twice the size.
    const context = await app.browser.newContext({ viewport: { width: 640, height: 800 } })
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '200%'
      })
    })
    const page = await context.newPage()
    await collectResults(page, app.server.url)
    await noHorizontalScroll(page)
    await page.getByRole('link', { name: 'Show on the class screen' }).click()
    await page.getByText(`Question 1 of ${questions.length}`, { exact: true }).waitFor()
    await page.keyboard.press('PageDown')
    await page.getByRole('figure', { name: 'How the class answered' }).waitFor()
    await noHorizontalScroll(page)
    const wide = await page.locator('.projector').evaluate(el => el.scrollWidth > el.clientWidth)
    expect(wide, 'class screen wider than the window').toBe(false)
    await page.evaluate(history => localStorage.setItem('quorum:history', history), HISTORY)
    await page.goto(`${app.server.url}/progress`)
    await page.getByRole('figure', { name: /^Percent right/ }).waitFor()
    await noHorizontalScroll(page)
    await context.close()
  })

  it('are none of the first screen’s JavaScript, and all precached', () => {
    const read = (files: string[]) => files.filter(f => f.endsWith('.js')).map(f => readFileSync(join(DIST, f), 'utf8')).join('\n')
    const words = ['Most chosen wrong answer', 'Questions right', 'not yet met', 'Percent right in your']
    const first = read(firstScreenFiles(DIST).js)
    const precached = read(precacheFiles(DIST))
    expect(words.filter(w => first.includes(w))).toEqual([])
    expect(words.filter(w => !precached.includes(w))).toEqual([])
  })
})

/**
 * The grey levels (0–255) inside an element as the screen shows it: their mean and their
 * spread (standard deviation), read back from a screenshot in a page of its own.
 */
async function grayStats(page: Page, locator: ReturnType<Page['locator']>): Promise<{ mean: number, spread: number }> {
  const png = await locator.screenshot()
  const blank = await page.context().newPage()
  try {
    return await blank.evaluate(async (src) => {
      const image = new Image()
      image.src = src
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(image, 0, 0)
      // Inside the bar, clear of its anti-aliased edges.
      if (image.width < 8 || image.height < 8)
        throw new Error(`bar too small to measure: ${image.width} by ${image.height}`)
      const { data } = ctx.getImageData(2, 2, image.width - 4, image.height - 4)
      const grays: number[] = []
      for (let i = 0; i < data.length; i += 4)
        grays.push(0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!)
      const mean = grays.reduce((a, b) => a + b, 0) / grays.length
      return { mean, spread: Math.sqrt(grays.reduce((a, g) => a + (g - mean) ** 2, 0) / grays.length) }
    }, `data:image/png;base64,${png.toString('base64')}`)
  }
  finally {
    await blank.close()
  }
}
