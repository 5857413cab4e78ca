import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT } from '~/build/compile-hints'
import { BUDGETS, firstScreenFiles, formatKb, measure, nextTapFiles, precacheFiles, total } from '~/build/size'
import { DIST, useBrowserAndServer, waitForController } from './browser'

describe('size budget', () => {
  const app = useBrowserAndServer()

  it('counts every script the first screen really loads; then what Quick quiz needs; then the service worker', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    await page.goto(app.server.url)
    await waitForController(page)
    const loaded = await page.evaluate(() => ({
      mounted: (m => (m === undefined ? Number.NaN : m.startTime + m.duration))(performance.getEntriesByName('quorum:mount')[0]),
      scripts: performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')).map(e => ({ file: new URL(e.name).pathname.slice(1), start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
    }))
    // Until the app has mounted, the first screen's scripts and nothing else.
    const first = loaded.scripts.filter(s => s.start < loaded.mounted).map(s => s.file).sort()
    expect(first).toEqual(firstScreenFiles(DIST).js)
    // Then the quiz screen, the bank and the generator, all loaded before the service worker's
    // registration (workbox-window, loaded for it) starts: its caching does not queue ahead.
    const later = loaded.scripts.filter(s => s.start >= loaded.mounted)
    const worker = later.filter(s => /^assets\/workbox-window\.prod\.es5-[\w-]+\.js$/.test(s.file))
    expect(worker).toHaveLength(1)
    const next = later.filter(s => s !== worker[0])
    expect(next.map(s => s.file).sort()).toEqual(nextTapFiles(DIST))
    expect(Math.max(...next.map(s => s.end))).toBeLessThanOrEqual(worker[0]!.start)
    // So the tap itself fetches no script.
    const fetched: string[] = []
    page.on('request', r => r.resourceType() === 'script' && fetched.push(r.url()))
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    expect(fetched).toEqual([])
    await context.close()
  })

  it('loads the scanner, the report and the exporters only when they are used', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const loaded: string[] = []
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        loaded.push(new URL(res.url()).pathname.split('/').pop() ?? '')
    })
    const lazy = /^(?:jsQR|QrScanner|ClassReport|lms-export)-/
    await page.goto(`${app.server.url}/host`)
    await page.getByRole('button', { name: 'Create the session' }).click()
    await page.getByRole('img', { name: 'QR code of the join link' }).waitFor()
    expect(loaded.filter(f => lazy.test(f))).toEqual([])

    await page.getByRole('button', { name: 'Download GIFT' }).click()
    await page.getByRole('status').filter({ hasText: 'as GIFT' }).waitFor()
    await page.getByRole('button', { name: 'Scan QR codes' }).click()
    await page.getByRole('button', { name: 'Stop scanning' }).waitFor()
    expect(loaded.filter(f => lazy.test(f)).map(f => f.split('-')[0]).sort()).toEqual(['QrScanner', 'lms'])
    await context.close()

    // Loaded late, but cached with the rest: a teacher offline can still scan and export.
    const precached = readFileSync(`${DIST}/sw.js`, 'utf8')
    for (const chunk of ['jsQR', 'QrScanner', 'ClassReport', 'lms-export'])
      expect(precached).toMatch(new RegExp(`"assets/${chunk}-[\\w-]+\\.js"`))
  })

  it('has V8 compile the first screen\'s scripts eagerly, while they download, and no other', () => {
    const counted = firstScreenFiles(DIST).js
    const hinted = precacheFiles(DIST).filter(f => f.endsWith('.js') && readFileSync(`${DIST}/${f}`, 'utf8').startsWith(COMPILE_HINT))
    expect(hinted.sort()).toEqual(counted)
  })

  it(`keeps first-screen JavaScript within ${formatKb(BUDGETS.firstScreenJs)} gzip`, () => {
    const js = total(measure(DIST).firstScreenJs)
    expect(js).toBeGreaterThan(0)
    expect(js).toBeLessThanOrEqual(BUDGETS.firstScreenJs)
  })

  it(`keeps everything precached within ${formatKb(BUDGETS.precache)} gzip`, () => {
    const precached = measure(DIST).precache
    expect(precached.map(f => f.file)).toContain('index.html')
    expect(total(precached)).toBeLessThanOrEqual(BUDGETS.precache)
  })
})
