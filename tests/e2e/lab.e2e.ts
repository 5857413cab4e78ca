import type { Browser, Page } from 'playwright-core'
import type { Item, Question } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { labQuery } from '~/quiz/diagrams/lab-query'
import { scenarioOfQuestion } from '~/quiz/diagrams/scenario'
import { buildQuestion } from '~/quiz/generate/generate'
import { twoThirdsMajority } from '~/quiz/generate/scenarios/assembly'
import { councilOutcome } from '~/quiz/generate/scenarios/council'
import { parseCouncilScenarioId } from '~/quiz/generate/scenarios/ids'
import { createRng } from '~/quiz/random'
import { makeCurrentQuiz, makeQuiz, makeStored } from '../builders'
import { axeViolations, newPhoneContext, useBrowserAndServer, waitForController, watchErrors } from './browser'

/** The first item a template makes that `fits`, as a question. */
function scenario(make: (rng: () => number) => Item, fits: (item: Item) => boolean): Question {
  const rng = createRng('lab-e2e')
  for (;;) {
    const item = make(rng)
    if (fits(item))
      return buildQuestion(item, rng)
  }
}

/** A generated Assembly threshold question, then a Council draft vetoed by one permanent member's no. */
const QUESTIONS = [
  scenario(rng => twoThirdsMajority.generate(rng, 'normal'), () => true),
  scenario(rng => councilOutcome.generate(rng, 'normal'), (item) => {
    const v = parseCouncilScenarioId(item.id)!
    return v.substantive && v.permanentNo === 1 && v.yes >= 9 && v.permanentAbstain === 0
  }),
]

async function open(browser: Browser, kind: 'phone' | 'desktop', colorScheme: 'light' | 'dark') {
  const context = kind === 'phone'
    ? await newPhoneContext(browser, colorScheme)
    : await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme })
  return { context, page: await context.newPage() }
}

/** Starts the two scenario questions as the quiz in progress. */
async function startScenarios(page: Page, base: string) {
  await page.goto(base)
  await page.evaluate(stored => localStorage.setItem('quorum:current-quiz', stored), makeStored(makeCurrentQuiz({ quiz: makeQuiz(QUESTIONS) })))
  await page.goto(`${base}/quiz`)
  await page.getByText('Question 1 of 2', { exact: true }).waitFor()
}

async function noHorizontalScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth])
  expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client!)
}

describe('vote diagrams and the vote lab', () => {
  const app = useBrowserAndServer()

  it.each([
    ['phone', 'light'],
    ['phone', 'dark'],
    ['desktop', 'light'],
    ['desktop', 'dark'],
  ] as const)('axe finds nothing on the diagrams and the lab (%s, %s)', async (kind, colorScheme) => {
    const { context, page } = await open(app.browser, kind, colorScheme)
    const errors = watchErrors(page)
    await startScenarios(page, app.server.url)
    await page.keyboard.press('1')
    await page.getByRole('figure', { name: /^General Assembly, 193 members: adopted$/ }).waitFor()
    expect(await axeViolations(page), 'Assembly diagram').toEqual([])
    await noHorizontalScroll(page)
    await page.getByRole('button', { name: 'Next question' }).click()
    await page.getByText('Question 2 of 2', { exact: true }).waitFor()
    await page.keyboard.press('1')
    await page.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' }).waitFor()
    expect(await axeViolations(page), 'Council diagram').toEqual([])
    await noHorizontalScroll(page)

    for (const query of ['', '?body=council&votes=nuuuuyyyyyyyyyu&matter=substantive', '?body=assembly&yes=93&no=18&abstain=65&majority=two-thirds']) {
      await page.goto(`${app.server.url}/lab${query}`)
      await page.locator('figure.diagram').waitFor()
      expect(await axeViolations(page), `lab${query}`).toEqual([])
      await noHorizontalScroll(page)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens a question\'s vote in the lab, offline, and a vote changed with the keyboard changes the outcome', async () => {
    const { context, page } = await open(app.browser, 'phone', 'light')
    const errors = watchErrors(page)
    await startScenarios(page, app.server.url)
    await waitForController(page)
    await context.setOffline(true)
    await page.keyboard.press('1')
    await page.getByRole('button', { name: 'Next question' }).click()
    await page.getByText('Question 2 of 2', { exact: true }).waitFor()
    await page.keyboard.press('1')
    const diagram = page.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' })
    await diagram.getByRole('link', { name: 'Try it in the vote lab' }).click()

    await page.getByRole('heading', { level: 1, name: 'Vote lab' }).waitFor()
    const asked = scenarioOfQuestion(QUESTIONS[1]!.id)!
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(labQuery(asked))
    expect(asked.body === 'council' && asked.seats[0]).toBe('no')
    await page.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' }).waitFor()
    const p1 = page.getByRole('group', { name: 'Permanent member 1 (P1)' })
    await p1.getByRole('radio', { name: 'No' }).focus()
    // Arrow keys move a radio group's choice: from No to Abstain.
    await page.keyboard.press('ArrowRight')
    await page.getByRole('figure', { name: 'Security Council, substantive matter: It is adopted' }).waitFor()
    expect(await p1.getByRole('radio', { name: 'Abstain' }).isChecked()).toBe(true)
    await expect(page.getByRole('status').filter({ hasText: 'It is adopted.' }).textContent()).resolves.toContain('The ninth yes vote carries it')
    expect(new URL(page.url()).searchParams.get('votes')).toMatch(/^a/)
    expect(new URL(page.url()).searchParams.get('votes')!.slice(1)).toBe(labQuery(asked).votes!.slice(1))

    // The address is the state: a reload, still offline, shows the changed vote.
    await page.reload()
    await page.getByRole('figure', { name: 'Security Council, substantive matter: It is adopted' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
