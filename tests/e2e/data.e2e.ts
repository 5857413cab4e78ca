import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { axeViolations, newPhoneContext, playWholeQuiz, useBrowserAndServer, watchErrors } from './browser'

describe('progress across days and devices', () => {
  const app = useBrowserAndServer()

  it('brings missed questions back for review the next day (clock moved forward)', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.clock.install({ time: new Date('2026-11-27T09:00:00') })
    await page.goto(app.server.url)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    // By keyboard alone: A for every answer (about two in three are wrong), Enter to go on.
    for (let n = 1; n <= 10; n++) {
      await page.getByText(`Question ${n} of 10`, { exact: true }).waitFor()
      await page.keyboard.press('a')
      await page.keyboard.press('Enter')
    }
    await page.getByRole('heading', { name: /You scored \d+ out of 10/ }).waitFor()
    await page.getByRole('link', { name: 'Back to home' }).click()
    await page.getByText(/Nothing is due for review today|questions? (is|are) due for review/).waitFor()
    const sameDay = await page.getByRole('region', { name: 'Review' }).textContent()

    await page.clock.setSystemTime(new Date('2026-11-28T09:00:00'))
    await page.reload()
    const nextDay = page.getByRole('region', { name: 'Review' })
    await nextDay.getByText(/\d+ questions? (is|are) due for review/).waitFor()
    const due = Number(/(\d+) questions?/.exec(await nextDay.textContent() ?? '')?.[1])
    expect(due).toBeGreaterThan(0)
    expect(sameDay).toContain('Nothing is due')
    await page.getByRole('button', { name: 'Review now' }).click()
    await page.getByText(`Question 1 of ${due}`, { exact: true }).waitFor()
    expect(await playWholeQuiz(page)).toBe(due)
    expect(errors).toEqual([])
    await context.close()
  })

  it('exports progress to a file and imports it on another device', async () => {
    const first = await newPhoneContext(app.browser)
    const page = await first.newPage()
    await page.goto(app.server.url)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await playWholeQuiz(page)
    const score = await page.getByRole('heading', { level: 1 }).textContent()
    await page.getByRole('link', { name: 'Your data' }).click()
    await page.getByRole('heading', { name: 'Your data' }).waitFor()
    expect(await axeViolations(page), 'settings').toEqual([])
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()])
    expect(download.suggestedFilename()).toMatch(/^quorum-data-\d{4}-\d{2}-\d{2}\.json$/)
    const path = join(mkdtempSync(join(tmpdir(), 'quorum-export-')), download.suggestedFilename())
    await download.saveAs(path)
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { history: unknown[] }
    expect(exported.history).toHaveLength(1)
    await first.close()

    const second = await newPhoneContext(app.browser, 'dark')
    const other = await second.newPage()
    await other.goto(`${app.server.url}/data`)
    await other.getByText('0 finished quizzes').waitFor()
    // A foreign file is refused and changes nothing.
    await other.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"notes"}') })
    await other.getByRole('status').getByText(/Nothing was imported from notes\.json\. The file is not a Quorum data file\./).waitFor()
    await other.getByText('0 finished quizzes').waitFor()
    await other.locator('input[type="file"]').setInputFiles(path)
    await other.getByRole('status').getByText(/^Imported .*: 1 new result and \d+ new review facts\.$/).waitFor()
    await other.getByText('1 finished quiz', { exact: true }).waitFor()
    expect(await axeViolations(other), 'settings, dark').toEqual([])
    await other.goto(app.server.url)
    await other.getByRole('region', { name: 'Your results' }).getByRole('link').first().click()
    await other.waitForURL(/\/results\//)
    expect(await other.getByRole('heading', { name: /You scored/ }).textContent()).toBe(score)
    await second.close()
  })
})
