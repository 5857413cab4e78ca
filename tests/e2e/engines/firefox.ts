import type { ElementHandle, Page } from 'puppeteer-core'
import type { Engine, EngineOptions, EnginePage, PageOptions, Target } from './driver'
import { existsSync } from 'node:fs'
import process from 'node:process'
import puppeteer from 'puppeteer-core'
import { actOn, callExpression, describeTarget, findElement, poll, toWire } from './driver'

/** Debian's Firefox ESR, or the one named by FIREFOX_PATH. Nothing is ever downloaded. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. The cross-engine tests need one: install it with \`apt-get install -y firefox-esr\` `
      + '(Debian/Ubuntu) or set FIREFOX_PATH to a Firefox executable.',
    )
  }
  return path
}

/** Firefox driven through WebDriver BiDi (puppeteer-core's `webDriverBiDi` protocol). */
export async function launchFirefox(options: EngineOptions = {}): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // BiDi cannot emulate the colour scheme: the content's preference is set instead (0 dark, 1 light).
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // Nothing from outside: no update checks, telemetry or remote settings on a closed network.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  })
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, ''),
    newPage: async ({ width = 1280, height = 900, userAgent }: PageOptions = {}) => {
      const context = await browser.createBrowserContext()
      const page = await context.newPage()
      await page.setViewport({ width, height })
      if (userAgent !== undefined)
        await page.setUserAgent({ userAgent })
      return firefoxPage(page, () => context.close())
    },
    close: () => browser.close(),
  }
}

function firefoxPage(page: Page, close: () => Promise<void>): EnginePage {
  const errors: string[] = []
  page.on('pageerror', e => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(`console: ${msg.text()}`)
  })
  const handle = async (target: Target, enabled = false) => (await page.evaluateHandle(callExpression(findElement, [toWire(target), enabled]))).asElement() as ElementHandle<Element> | null
  const waitFor = async (target: Target, timeout?: number) => poll(async () => (await handle(target)) !== null, describeTarget(target), timeout)
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url)
    },
    reload: async () => {
      await page.reload()
    },
    back: async () => {
      await page.goBack()
    },
    url: async () => page.url(),
    evaluate: async (fn, ...args) => page.evaluate(callExpression(fn, args)) as never,
    run: async (source) => {
      await page.evaluate(source)
    },
    click: target => actOn(() => handle(target, true), el => el.click(), describeTarget(target)),
    fill: (target, text) => actOn(() => handle(target, true), async (field) => {
      await field.evaluate(el => ((el as HTMLInputElement).value = ''))
      await field.type(text)
    }, describeTarget(target)),
    press: async (key) => {
      await page.keyboard.press(key as never)
    },
    waitFor,
    isShown: async target => (await handle(target)) !== null,
    screenshot: async () => page.screenshot(),
    consoleErrors: () => [...errors],
    close,
  }
}
