import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { PreviewServer } from 'vite'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import axe from 'axe-core'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { afterAll, beforeAll } from 'vitest'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST = fileURLToPath(new URL('../../dist', import.meta.url))

/** Debian's Chromium, or the one named by CHROME_PATH. Playwright's own download cannot work here. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The browser tests need one: install it with \`apt-get install -y chromium\` `
      + '(Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome executable.',
    )
  }
  return path
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS })
}

/** A browser with a real profile on disk: Chromium will not install apps from an incognito-like context. */
export async function launchProfile(): Promise<{ context: BrowserContext, close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-profile-'))
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromePath(), headless: true, args: CHROME_ARGS })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface AppServer {
  url: string
  port: number
  stop: () => Promise<void>
}

/** Serves the production build in dist/ (built by `npm run test:e2e` before the tests run). */
export async function serveBuild(port?: number): Promise<AppServer> {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error('No production build in dist/: run `npm run test:e2e`, which builds first.')
  const p = port ?? await freePort()
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: p, strictPort: true, host: '127.0.0.1', open: false },
  })
  const sockets = new Set<import('node:net').Socket>()
  server.httpServer.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  return {
    url: `http://127.0.0.1:${p}`,
    port: p,
    stop: async () => {
      for (const s of sockets)
        s.destroy()
      await server.close()
    },
  }
}

/** Waits until a service worker controls the page (clientsClaim makes that the first visit). */
export async function waitForController(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller)
      return
    await new Promise<void>(resolve => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }))
  })
}

export async function newPhoneContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme })
}

/** Fails the test on any uncaught page error or console error. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', e => errors.push(`pageerror: ${e.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(`console: ${msg.text()}`)
  })
  return errors
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core against WCAG 2.0, 2.1 and 2.2 A and AA; returns the violations, formatted for a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  // Evaluated through the DevTools protocol, not added as a <script>: the app's
  // Content-Security-Policy rightly refuses inline scripts.
  if (!loaded)
    await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) }))
  })
  return violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
}

/** Answers every remaining question with the first option and goes on to the results screen. */
export async function playWholeQuiz(page: Page): Promise<number> {
  const label = await page.getByText(/^Question \d+ of \d+$/).textContent()
  const [, from, total] = /Question (\d+) of (\d+)/.exec(label ?? '') ?? []
  const first = Number(from)
  const last = Number(total)
  for (let n = first; n <= last; n++) {
    await page.getByText(`Question ${n} of ${last}`, { exact: true }).waitFor()
    await page.locator('.options button').first().click()
    await page.getByRole('button', { name: n === last ? 'See results' : 'Next question' }).click()
  }
  await page.getByRole('heading', { name: /You scored \d+ out of \d+/ }).waitFor()
  return last - first + 1
}

/**
 * One browser and one server of the production build for a test file, started before its
 * tests and stopped after them: `vite preview`, or what `serve` starts (nginx, see nginx.ts).
 * Read `browser` and `server` inside tests, not at load time.
 */
export function useBrowserAndServer(serve: () => Promise<AppServer> = serveBuild): { readonly browser: Browser, readonly server: AppServer } {
  let browser: Browser | null = null
  let server: AppServer | null = null
  beforeAll(async () => {
    browser = await launchBrowser()
    server = await serve()
  })
  afterAll(async () => {
    await server?.stop()
    await browser?.close()
  })
  return {
    get browser() {
      if (browser === null)
        throw new Error('the browser starts in beforeAll: use it inside a test')
      return browser
    },
    get server() {
      if (server === null)
        throw new Error('the server starts in beforeAll: use it inside a test')
      return server
    },
  }
}

/**
 * Waits until the app has mounted (src/main.ts measures `quorum:mount`): on `/` the painted home
 * works as plain HTML (links navigate, buttons are disabled) until then, which a test counting
 * page loads must not mistake.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('quorum:mount').length > 0)
}
