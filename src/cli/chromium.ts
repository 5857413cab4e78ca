import type { Browser, Page } from 'playwright-core'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process, { exit, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

/** What the benches that drive a browser share: Debian's Chromium, the build served, a screen's time. */

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** The build to run: `dir` (a build copied aside) or dist/; exits saying to run `command` when there is none. */
export function buildDir(dir: string | undefined, command: string): string {
  const outDir = resolve(dir ?? `${root}dist`)
  if (!existsSync(`${outDir}/index.html`)) {
    stdout.write(`No build in ${outDir}: run \`${command}\`, which builds first.\n`)
    exit(2)
  }
  return outDir
}

/** Debian's Chromium (or $CHROME_PATH), headless; exits saying how to get it when there is none. */
export async function launchChromium(): Promise<Browser> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromePath)) {
    stdout.write(`No Chromium at ${chromePath}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.\n`)
    exit(2)
  }
  return chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'] })
}

/** Serves the build in `outDir` as `vite preview` does, on `port` or the next free one. */
export async function serveBuild(outDir: string, port: number): Promise<{ url: string, close: () => Promise<void> }> {
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: false, host: '127.0.0.1', open: false } })
  const url = (server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`).replace(/\/$/, '')
  return { url, close: () => server.close() }
}

/** The page's clock (ms since its navigation started) at the first frame in which `selector` is in the page (and enabled, if asked). */
export async function shownAt(page: Page, selector: string, enabled = false): Promise<number> {
  const handle = await page.waitForFunction(([s, e]) => {
    const element = document.querySelector(s)
    return element !== null && (!e || !(element as HTMLButtonElement).disabled) && performance.now()
  }, [selector, enabled] as const, { polling: 'raf', timeout: 60_000 })
  return await handle.jsonValue() as number
}
