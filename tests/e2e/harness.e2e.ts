import type { Browser } from 'playwright-core'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, chromePath, launchBrowser } from './browser'

describe('the browser harness itself', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('fails with install instructions when there is no browser', () => {
    const saved = process.env.CHROME_PATH
    process.env.CHROME_PATH = '/nowhere/chromium'
    try {
      expect(() => chromePath()).toThrow(/No Chromium at \/nowhere\/chromium.*apt-get install -y chromium/)
    }
    finally {
      if (saved === undefined)
        delete process.env.CHROME_PATH
      else
        process.env.CHROME_PATH = saved
    }
  })

  it('has an axe check that does find violations on a bad page', async () => {
    const page = await browser.newPage()
    await page.setContent('<html><body><img src="x.png"><button></button><input type="text"></body></html>')
    const violations = await axeViolations(page)
    expect(violations.join('\n')).toMatch(/image-alt/)
    expect(violations.join('\n')).toMatch(/button-name/)
    await page.close()
  })
})
