import type { Browser, BrowserContext, Page } from 'playwright-core'
import { loadavg } from 'node:os'
import { argv, exit, stdout } from 'node:process'
import { loadBank } from '../build/load-bank'
import { bankFingerprint, encodeSessionCode } from '../quiz/classroom/join-code'
import { median } from '../quiz/numbers'
import { buildDir, launchChromium, root, serveBuild, shownAt } from './chromium'

/**
 * `npm run bench:tap`: how long a tap waits, in Chromium slowed down as Lighthouse's mobile
 * profile is (4x CPU; slow 4G: 150 ms round trips, 1.6 Mbps down, 750 kbps up), against the
 * production build in dist/ (the npm script builds it first). For a first visit (nothing
 * cached) and a cached one (the service worker controls the page and has cached everything),
 * it prints medians of RUNS runs: home → first question (the tap on Quick quiz until the first
 * question shows), answer → feedback, a class join link → its name form, and the name
 * submitted → first question; and how long the pre-rendered home's buttons stay disabled after
 * the first paint. A student looks for THINK_MS before each tap. Exits 1 when a first visit
 * misses a target. A figure to read, not a test: on a busy machine every figure grows.
 * `tsx src/cli/tap.ts [--runs N] [--think MS] [DIR]` runs it on a build copied out of dist/.
 */

const args = argv.slice(2)
function option(name: string, fallback: number): number {
  const at = args.indexOf(name)
  const value = at >= 0 ? Number(args[at + 1]) : fallback
  if (!Number.isFinite(value) || value < 0) {
    stdout.write(`${name} takes a number\n`)
    exit(2)
  }
  return value
}
const RUNS = option('--runs', 5)
const THINK_MS = option('--think', 1000)
/** The build to serve: dist/, or a copy of another build named on the command line. */
const DIR = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))[0]

/** Targets on a first visit, in ms after the tap. */
const TARGETS = { question: 500, feedback: 100, joinQuestion: 500 }

/** Lighthouse's mobile slow 4G, in DevTools' units (bytes per second). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 }
const CPU_SLOWDOWN = 4

const outDir = buildDir(DIR, 'npm run bench:tap')

/** A class session of ten questions with feedback, for this build's bank. */
const JOIN_CODE = encodeSessionCode({ topicIndex: 0, count: 10, difficulty: 'normal', feedback: true, seed: 4242, bank: bankFingerprint(loadBank(root)) })

/**
 * Slows the page down, and the service worker that serves it or is installed from it: DevTools
 * throttles each target on its own, so the worker joins paused and is slowed before it fetches.
 * Each gets a link of its own, so a first visit is if anything spared the worker's downloads.
 */
async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  let id = 0
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    const send = (method: string, params: object = {}) =>
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) })
    if (targetInfo.type === 'service_worker') {
      await send('Network.enable')
      await send('Network.emulateNetworkConditions', SLOW_4G)
    }
    await send('Runtime.runIfWaitingForDebugger')
  })
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
}

/** Taps `selector` and returns how long, in the page's clock, until `shown` is in the page. */
async function tap(page: Page, selector: string, shown: string): Promise<number> {
  await page.waitForTimeout(THINK_MS)
  const appears = shownAt(page, shown)
  await page.locator(selector).first().click()
  const [end, start] = await Promise.all([appears, page.evaluate(() => (window as unknown as { lastTap: number }).lastTap)])
  return end - start
}

/** Quick quiz: the home screen's one button above the fold when no quiz is unfinished. */
const QUICK_QUIZ = '.actions button'
const QUESTION = '#question-prompt'

async function newPhone(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  // When each tap reached the page (the event's own time, however busy the page was).
  await context.addInitScript(() => window.addEventListener('click', (e) => {
    (window as unknown as { lastTap: number }).lastTap = e.timeStamp
  }, true))
  return context
}

interface Figures {
  /** From the first paint until Quick quiz can be tapped. */
  disabled: number
  question: number
  feedback: number
  joinForm: number
  joinQuestion: number
}

async function home(context: BrowserContext, url: string): Promise<Pick<Figures, 'disabled' | 'question' | 'feedback'>> {
  const page = await context.newPage()
  await slowDown(page)
  await page.goto(url, { waitUntil: 'commit' })
  const enabled = await shownAt(page, QUICK_QUIZ, true)
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)
  const question = await tap(page, QUICK_QUIZ, QUESTION)
  const feedback = await tap(page, '.options button', '.feedback')
  await page.close()
  return { disabled: enabled - paint, question, feedback }
}

async function join(context: BrowserContext, url: string): Promise<Pick<Figures, 'joinForm' | 'joinQuestion'>> {
  const page = await context.newPage()
  await slowDown(page)
  await page.goto(`${url}/join/${JOIN_CODE}`, { waitUntil: 'commit' })
  const joinForm = await shownAt(page, '#join-name')
  await page.fill('#join-name', 'Ada')
  const joinQuestion = await tap(page, 'button[type="submit"]', QUESTION)
  await page.close()
  return { joinForm, joinQuestion }
}

/** A context whose service worker controls its pages and has cached the whole app, with nothing saved. */
async function cachedPhone(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await newPhone(browser)
  const page = await context.newPage()
  await page.goto(url)
  await page.evaluate(async () => {
    // Active means installed, and installing is caching every file.
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller === null)
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
  await page.close()
  return context
}

async function clearSaved(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage()
  await page.goto(`${url}/data`)
  await page.evaluate(() => localStorage.clear())
  await page.close()
}

const server = await serveBuild(outDir, 4180)
const { url } = server
const browser = await launchChromium()
const first: Figures[] = []
const cached: Figures[] = []
const loads: number[] = []
try {
  for (let i = 1; i <= RUNS; i++) {
    loads.push(loadavg()[0] ?? Number.NaN)
    stdout.write(`run ${i} of ${RUNS} (load average ${loads.at(-1)!.toFixed(2)})\n`)
    let context = await newPhone(browser)
    const fresh = await home(context, url)
    await context.close()
    context = await newPhone(browser)
    first.push({ ...fresh, ...await join(context, url) })
    await context.close()

    context = await cachedPhone(browser, url)
    const warm = await home(context, url)
    await clearSaved(context, url)
    cached.push({ ...warm, ...await join(context, url) })
    await context.close()
  }
}
finally {
  await browser.close()
  await server.close()
}

const LABELS: Record<keyof Figures, string> = {
  disabled: 'home painted → Quick quiz enabled',
  question: 'tap Quick quiz → first question',
  feedback: 'tap an answer → feedback',
  joinForm: 'open a join link → name form',
  joinQuestion: 'submit the name → first question',
}
const misses: string[] = []
stdout.write(`\nChromium, ${CPU_SLOWDOWN}x CPU slowdown, slow 4G; ${RUNS} runs, ${THINK_MS} ms to think before each tap; medians in ms (load average ${loads.map(l => l.toFixed(2)).join(', ')}):\n`)
for (const [name, runs] of [['first visit', first], ['cached visit', cached]] as const) {
  stdout.write(`${name}\n`)
  for (const key of Object.keys(LABELS) as (keyof Figures)[]) {
    const value = median(runs.map(r => r[key])) ?? Number.NaN
    const target = name === 'first visit' ? TARGETS[key as keyof typeof TARGETS] : undefined
    stdout.write(`  ${LABELS[key].padEnd(36)} ${value.toFixed(0).padStart(6)}${target === undefined ? '' : ` (target ≤ ${target})`}   runs ${runs.map(r => r[key].toFixed(0)).join(', ')}\n`)
    if (target !== undefined && value > target)
      misses.push(`${LABELS[key]} ${value.toFixed(0)} ms > ${target} ms`)
  }
}
if (misses.length > 0) {
  stdout.write(`\nMISSED on a first visit: ${misses.join('; ')}\n`)
  exit(1)
}
stdout.write('\nEvery first-visit target met.\n')
