import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT } from '~/build/compile-hints'
import { BUDGETS, firstScreenFiles, formatKb, measure, precacheFiles, total } from '~/build/size'
import { DIST, useBrowserAndServer, waitForApp, waitForController } from './browser'

describe('size budget', () => {
  const app = useBrowserAndServer()

  it('counts every script the first screen really loads', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const loaded = new Set<string>()
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname.replace(/^\//, '')
      if (res.request().resourceType() === 'script')
        loaded.add(path)
    })
    await page.goto(app.server.url)
    // The app has adopted the whole pre-rendered screen: no button waits for it any more.
    await waitForApp(page)
    const counted = firstScreenFiles(DIST).js
    expect([...loaded].sort()).toEqual(counted)
    // Only then, when the browser is idle, the service worker is registered with workbox-window.
    await waitForController(page)
    expect([...loaded].filter(f => !counted.includes(f)).map(f => f.replace(/-[\w-]+\.js$/, ''))).toEqual(['assets/workbox-window.prod.es5'])
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
