import type { Engine, EngineName, EngineOptions, EnginePage } from '../engines/driver'
import type { NginxServer } from '../nginx'
import axe from 'axe-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { DIST } from '../browser'
import { poll } from '../engines/driver'
import { launchEngine } from '../engines/launch'
import { serveWithNginx } from '../nginx'

/** One engine and one nginx serving the build. Read them inside tests, not at load time. */
export interface EngineEnv {
  readonly engine: Engine
  readonly server: NginxServer
}

/**
 * One engine session and one nginx for every test of that engine: a browser launch is the
 * slowest step of the suite (Firefox takes seconds). Each page is a fresh profile; after each
 * test nginx is up again and serves dist/, whatever the test deployed or stopped.
 */
export function useEngine(name: EngineName, options: EngineOptions = {}): EngineEnv {
  let engine: Engine | null = null
  let server: NginxServer | null = null
  beforeAll(async () => {
    server = await serveWithNginx()
    engine = await launchEngine(name, options)
  })
  afterEach(async () => {
    server?.deploy(DIST)
    await server?.start()
  })
  afterAll(async () => {
    await engine?.close()
    await server?.close()
  })
  return {
    get engine() {
      if (engine === null)
        throw new Error('the engine starts in beforeAll: use it inside a test')
      return engine
    },
    get server() {
      if (server === null)
        throw new Error('the server starts in beforeAll: use it inside a test')
      return server
    },
  }
}

export const PHONE = { width: 360, height: 740 }

/**
 * Waits until the start-up is over: the app mounted and what the next tap needs loaded
 * (src/main.ts measures `quorum:prefetch`). A page left before then has its loads cut short,
 * which Firefox reports as errors.
 */
export async function waitForStartUp(page: EnginePage): Promise<void> {
  await poll(() => page.evaluate(() => performance.getEntriesByName('quorum:prefetch').length > 0), 'the start-up to finish')
}

/** Waits until a service worker controls the page (clientsClaim makes that the first visit). */
export async function waitForController(page: EnginePage): Promise<string> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    return navigator.serviceWorker.controller?.scriptURL ?? ''
  })
}

export async function questionNumber(page: EnginePage): Promise<[number, number]> {
  await page.waitFor({ text: /^Question \d+ of \d+$/ })
  const label = await page.evaluate(() => document.getElementById('question-counter-label')?.textContent ?? '')
  const [, n, total] = /Question (\d+) of (\d+)/.exec(label) ?? []
  return [Number(n), Number(total)]
}

/** Answers every remaining question with the first option and goes on to the results screen. */
export async function playWholeQuiz(page: EnginePage): Promise<number> {
  const [first, last] = await questionNumber(page)
  for (let n = first; n <= last; n++) {
    await page.waitFor({ text: `Question ${n} of ${last}` })
    await page.click({ css: '.options button' })
    await page.click({ role: 'button', name: n === last ? 'See results' : 'Next question' })
  }
  await page.waitFor({ role: 'heading', name: /You scored \d+ out of \d+/ })
  return last - first + 1
}

/** axe-core's WCAG 2.0–2.2 A and AA violations on the page, one line each. */
export async function axeViolations(page: EnginePage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.run(axe.source)
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string, help: string, nodes: { target: string[] }[] }[] }> } }
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    })
    return result.violations.map(v => `${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  })
}

/** Messages of a page that was offline on purpose: the browser reporting the server down. */
export function withoutNetworkErrors(errors: string[]): string[] {
  return errors.filter(e => !/ERR_CONNECTION_REFUSED|Could not connect to the server|NS_ERROR_CONNECTION_REFUSED|Failed to load resource/.test(e))
}
