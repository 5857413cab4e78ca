import { existsSync } from 'node:fs'
import process, { exit, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { preview } from 'vite'
import { median } from '../quiz/numbers'

/**
 * `npm run bench:lighthouse`: Lighthouse's mobile defaults (a mid-range phone on slow 4G,
 * simulated) against the production build, RUNS times; prints the median of each figure and
 * exits non-zero when a target is missed. Each run gets a fresh Chromium, so nothing is cached.
 */

const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS = { 'performance': 98, 'accessibility': 100, 'best-practices': 100, 'seo': 100 }
const LCP_TARGET_MS = 1500

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromePath)) {
  stdout.write(`No Chromium at ${chromePath}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.\n`)
  exit(2)
}

interface RunFigures {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcp: number
  tbt: number
  cls: number
  fcp: number
  /** The app's own start-up phases (src/timing.ts), in ms as measured (not slowed down). */
  phases: Record<string, number>
}

async function runOnce(url: string): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    const lhr = result?.lhr
    if (lhr === undefined)
      throw new Error('Lighthouse returned no report')
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const scores = Object.fromEntries(CATEGORIES.map(c => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as RunFigures['scores']
    const failing = CATEGORIES.flatMap(c => (lhr.categories[c]?.auditRefs ?? [])
      .filter(ref => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map(ref => `${c}: ${ref.id} (${lhr.audits[ref.id]?.score})`))
    if (failing.length > 0)
      stdout.write(`  not full marks: ${failing.join(', ')}\n`)
    const timings = (lhr.audits['user-timings']?.details as { items?: Array<{ name: string, timingType?: string, duration?: number }> } | undefined)?.items ?? []
    const phases = Object.fromEntries(timings.filter(t => t.name.startsWith('quorum:') && t.timingType === 'Measure').map(t => [t.name.slice('quorum:'.length), t.duration ?? 0]))
    return { phases, scores, lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), fcp: audit('first-contentful-paint') }
  }
  finally {
    await chrome.kill()
  }
}

const server = await preview({ root, logLevel: 'silent', preview: { port: 4174, strictPort: false, host: '127.0.0.1', open: false } })
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4174/'
const runs: RunFigures[] = []
try {
  for (let i = 1; i <= RUNS; i++) {
    stdout.write(`Lighthouse run ${i} of ${RUNS} on ${url}\n`)
    runs.push(await runOnce(url))
  }
}
finally {
  await server.close()
}

const pick = (f: (r: RunFigures) => number) => median(runs.map(f)) ?? Number.NaN
stdout.write(`\nLighthouse ${RUNS} runs, mobile defaults (simulated slow 4G, 4x CPU slowdown); medians:\n`)
const misses: string[] = []
for (const c of CATEGORIES) {
  const value = pick(r => r.scores[c])
  stdout.write(`  ${c.padEnd(15)} ${String(value).padStart(4)}   (target ${TARGETS[c]}; runs ${runs.map(r => r.scores[c]).join(', ')})\n`)
  if (value < TARGETS[c])
    misses.push(`${c} ${value} < ${TARGETS[c]}`)
}
const lcp = pick(r => r.lcp)
stdout.write(`  LCP            ${(lcp / 1000).toFixed(2)} s (target ≤ ${(LCP_TARGET_MS / 1000).toFixed(1)} s; runs ${runs.map(r => (r.lcp / 1000).toFixed(2)).join(', ')})\n`)
stdout.write(`  FCP            ${(pick(r => r.fcp) / 1000).toFixed(2)} s\n`)
stdout.write(`  TBT            ${pick(r => r.tbt).toFixed(0)} ms\n`)
stdout.write(`  CLS            ${pick(r => r.cls).toFixed(3)}\n`)
const names = [...new Set(runs.flatMap(r => Object.keys(r.phases)))]
if (names.length > 0)
  stdout.write(`  app start-up phases (src/timing.ts; ms as measured, before the 4x slowdown; the loads include fetching): ${names.map(n => `${n} ${pick(r => r.phases[n] ?? Number.NaN).toFixed(0)}`).join(', ')}\n`)
if (lcp > LCP_TARGET_MS)
  misses.push(`LCP ${(lcp / 1000).toFixed(2)} s > ${LCP_TARGET_MS / 1000} s`)
if (misses.length > 0) {
  stdout.write(`\nMISSED: ${misses.join('; ')}\n`)
  exit(1)
}
stdout.write('\nEvery target met.\n')
