import type { ElementHandle, Page } from 'playwright-core'
import type { Engine, EngineOptions, EnginePage, PageOptions, Target } from './driver'
import { chromium } from 'playwright-core'
import { CHROME_ARGS, chromePath } from '../browser'
import { actOn, callExpression, describeTarget, findElement, poll, toWire } from './driver'

/** Debian's Chromium through playwright-core, as in the Chromium-only suite. */
export async function launchChromium(options: EngineOptions = {}): Promise<Engine> {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS })
  return {
    name: 'chromium',
    version: browser.version(),
    newPage: async ({ width = 1280, height = 900, userAgent }: PageOptions = {}) => {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: options.colorScheme ?? 'light', userAgent })
      return chromiumPage(await context.newPage(), () => context.close())
    },
    close: () => browser.close(),
  }
}

function chromiumPage(page: Page, close: () => Promise<void>): EnginePage {
  const errors: string[] = []
  page.on('pageerror', e => errors.push(`pageerror: ${e.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(`console: ${msg.text()}`)
  })
  const handle = async (target: Target, enabled = false) => {
    return (await page.evaluateHandle(callExpression(findElement, [toWire(target), enabled]))).asElement() as ElementHandle<Element> | null
  }
  const waitFor = async (target: Target, timeout?: number) => poll(async () => (await handle(target)) !== null, describeTarget(target), timeout)
  return {
    engine: 'chromium',
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
      await field.fill('')
      await field.type(text)
    }, describeTarget(target)),
    press: key => page.keyboard.press(key),
    waitFor,
    isShown: async target => (await handle(target)) !== null,
    screenshot: async () => page.screenshot(),
    consoleErrors: () => [...errors],
    close,
  }
}
