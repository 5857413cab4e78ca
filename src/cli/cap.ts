import type { Browser, Page } from 'playwright-core'
import { loadavg } from 'node:os'
import { argv, exit, stdout } from 'node:process'
import { loadBank } from '../build/load-bank'
import { STORAGE_KEYS } from '../persistence/keys'
import { median } from '../quiz/numbers'
import { MAX_HISTORY } from '../quiz/practice/history'
import { wrapEnvelope } from '../quiz/saved/envelope'
import { buildDir, launchChromium, root, serveBuild, shownAt } from './chromium'
import { makeHistory } from './history-at-cap'

/**
 * `npm run bench:cap`: whether a student's wait grows with their history. Against the
 * production build in dist/, in Chromium at 4x CPU slowdown, it times the home screen and the
 * Progress screen until the app has drawn them with the student's results, each opened
 * afresh with one finished quiz saved and with MAX_HISTORY, and prints the medians of RUNS
 * runs and their ratio. Exits 1 when a screen takes more than LIMIT times as long at the cap.
 * `tsx src/cli/cap.ts [--runs N] [DIR]` runs it on a build copied out of dist/.
 */

const args = argv.slice(2)
const at = args.indexOf('--runs')
const RUNS = at >= 0 ? Number(args[at + 1]) : 3
if (!Number.isSafeInteger(RUNS) || RUNS < 1) {
  stdout.write('--runs takes a whole number\n')
  exit(2)
}
const outDir = buildDir(args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs')[0], 'npm run bench:cap')

const CPU_SLOWDOWN = 4
/** How much longer a screen may take at the cap than with one result. */
const LIMIT = 1.2

const SCREENS = {
  // Not the painted home's buttons, which work before the app mounts: its results, which only the app draws.
  home: { path: '/', label: 'home → your results shown', shown: '.home section.history li' },
  progress: { path: '/progress', label: 'Progress → its history shown', shown: '.progress-view table.history tbody tr' },
} as const
type Screen = keyof typeof SCREENS

const bank = loadBank(root)
const STORED = {
  one: JSON.stringify(wrapEnvelope(makeHistory(bank, 1))),
  cap: JSON.stringify(wrapEnvelope(makeHistory(bank, MAX_HISTORY))),
}
type Case = keyof typeof STORED

interface Timing {
  /** When the screen was shown, ms since its navigation started. */
  shown: number
  /** How long the app took to read what is saved (the `quorum:read-saved` phase of src/main.ts). */
  read: number
}

/** Opens `screen` with the history `stored` saved, in a fresh context, and times it. */
async function time(browser: Browser, url: string, screen: Screen, stored: string): Promise<Timing> {
  // No service worker: what is timed is the app's own work, the same for both histories.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
  try {
    const page: Page = await context.newPage()
    await page.goto(`${url}/manifest.webmanifest`)
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEYS.history, stored])
    // Once unthrottled, so that both histories find the files in the HTTP cache.
    await page.goto(`${url}${SCREENS[screen].path}`)
    await shownAt(page, SCREENS[screen].shown)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(`${url}${SCREENS[screen].path}`, { waitUntil: 'commit' })
    const shown = await shownAt(page, SCREENS[screen].shown)
    const read = await page.evaluate(() => performance.getEntriesByName('quorum:read-saved')[0]?.duration ?? Number.NaN)
    return { shown, read }
  }
  finally {
    await context.close()
  }
}

const server = await serveBuild(outDir, 4181)
const browser = await launchChromium()
const runs: Record<Screen, Record<Case, Timing[]>> = { home: { one: [], cap: [] }, progress: { one: [], cap: [] } }
const loads: number[] = []
try {
  for (let i = 1; i <= RUNS; i++) {
    loads.push(loadavg()[0] ?? Number.NaN)
    stdout.write(`run ${i} of ${RUNS} (load average ${loads.at(-1)!.toFixed(2)})\n`)
    // In turn, so that a busier moment of the machine does not fall on one side only.
    for (const screen of Object.keys(SCREENS) as Screen[]) {
      for (const c of Object.keys(STORED) as Case[])
        runs[screen][c].push(await time(browser, server.url, screen, STORED[c]))
    }
  }
}
finally {
  await browser.close()
  await server.close()
}

/** Stored text as localStorage counts it, two bytes a character. */
const size = (text: string) => `${(text.length * 2 / 1e6).toFixed(text.length < 50_000 ? 3 : 1)} MB`
const ms = (values: number[]) => values.map(v => v.toFixed(0)).join(', ')
stdout.write(`\nChromium, ${CPU_SLOWDOWN}x CPU slowdown; ${RUNS} runs; medians in ms (load average ${loads.map(l => l.toFixed(2)).join(', ')}).\n`)
stdout.write(`One result saved (${size(STORED.one)}) → ${MAX_HISTORY} results (${size(STORED.cap)}):\n`)
const misses: string[] = []
for (const screen of Object.keys(SCREENS) as Screen[]) {
  const shown = (c: Case) => runs[screen][c].map(r => r.shown)
  const read = (c: Case) => median(runs[screen][c].map(r => r.read)) ?? Number.NaN
  const [one, cap] = [median(shown('one')) ?? Number.NaN, median(shown('cap')) ?? Number.NaN]
  const ratio = cap / one
  stdout.write(`  ${SCREENS[screen].label.padEnd(34)} ${one.toFixed(0).padStart(5)} → ${cap.toFixed(0).padStart(5)}   ×${ratio.toFixed(2)} (limit ×${LIMIT})   runs ${ms(shown('one'))} → ${ms(shown('cap'))}\n`)
  stdout.write(`    of which reading what is saved   ${read('one').toFixed(0).padStart(5)} → ${read('cap').toFixed(0).padStart(5)}\n`)
  if (!(ratio <= LIMIT))
    misses.push(`${screen} ×${ratio.toFixed(2)}`)
}
if (misses.length > 0) {
  stdout.write(`\nOVER the limit at the cap: ${misses.join('; ')}\n`)
  exit(1)
}
stdout.write(`\nEvery screen within ×${LIMIT} of its time with one result.\n`)
