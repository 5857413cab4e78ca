import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUDGETS, firstScreenFiles, formatKb, measure, total } from '../../src/build/size'
import type { AppServer } from './browser'
import { DIST, launchBrowser, serveBuild, waitForController } from './browser'

describe('size budget', () => {
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

  it('counts every script the first screen really loads', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const loaded = new Set<string>()
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname.replace(/^\//, '')
      if (res.request().resourceType() === 'script')
        loaded.add(path)
    })
    await page.goto(server.url)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).waitFor()
    await waitForController(page)
    const counted = firstScreenFiles(DIST).js
    expect([...loaded].sort()).toEqual(counted)
    await context.close()
  })

  it(`keeps first-screen JavaScript within ${formatKb(BUDGETS.firstScreenJs)} gzip`, () => {
    const js = total(measure(DIST).firstScreenJs)
    expect(js).toBeGreaterThan(0)
    expect(js).toBeLessThanOrEqual(BUDGETS.firstScreenJs)
  })
})
