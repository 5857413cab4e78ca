import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import process, { argv, exit, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { preview } from 'vite'
import { median } from '../quiz/numbers'

/**
 * `npm run bench:lighthouse`: Lighthouse's mobile defaults (a mid-range phone on slow 4G,
 * simulated) against the production build, RUNS times; prints the median of each figure and
 * exits non-zero when a target is missed. Each run gets a fresh Chromium, so nothing is cached.
 *
 * `tsx src/cli/lighthouse.ts [--runs N] DIR…` compares builds copied out of dist/: it serves
 * each and runs them in turn (A, B, A, B, …), so that whatever else the machine is doing
 * weighs on each build alike, and prints each build's medians and their ratio to the first's.
 * Lighthouse multiplies the main thread's observed time by 4: on a busy machine absolute
 * figures drop, which is why builds are only compared run by run, with the load average.
 */

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGETS = { 'performance': 98, 'accessibility': 100, 'best-practices': 100, 'seo': 100 }
const LCP_TARGET_MS = 1500
const TBT_TARGET_MS = 100

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromePath)) {
  stdout.write(`No Chromium at ${chromePath}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.\n`)
  exit(2)
}

const args = argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3
if (!Number.isInteger(RUNS) || RUNS < 1) {
  stdout.write('--runs takes a whole number of runs\n')
  exit(2)
}
const dirs = (args.length > 0 ? args : ['dist']).map(d => resolve(d))

interface RunFigures {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcp: number
  tbt: number
  cls: number
  fcp: number
  /** The one-minute load average when the run started. */
  load: number
  /**
   * TBT worked out from the main thread's CPU time (see cpuBlocking), and the longest task's
   * CPU time, both times 4: far less disturbed than TBT by other processes on the machine.
   */
  cpuTbt: number
  longestTask: number
  /** The app's own start-up phases (src/timing.ts), in ms as measured (not slowed down). */
  phases: Record<string, number>
}

interface TraceEvent { name: string, ph: string, pid: number, tid: number, ts: number, tdur?: number }

/**
 * Blocking time as TBT counts it (each task's time over 50 ms, from the first contentful paint
 * on), but from the CPU time of the page's main-thread tasks times Lighthouse's slowdown of 4,
 * rather than from their wall time, which grows whenever another process takes the core.
 */
function cpuBlocking(events: readonly TraceEvent[]): { cpuTbt: number, longestTask: number } {
  const paint = events.find(e => e.name === 'firstContentfulPaint')
  if (paint === undefined)
    return { cpuTbt: Number.NaN, longestTask: Number.NaN }
  const tasks = events
    .filter(e => e.name === 'RunTask' && e.ph === 'X' && e.pid === paint.pid && e.tid === paint.tid && e.ts >= paint.ts)
    .map(e => 4 * (e.tdur ?? 0) / 1000)
  return { cpuTbt: tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0), longestTask: Math.max(0, ...tasks) }
}

async function runOnce(url: string): Promise<RunFigures> {
  const load = loadavg()[0] ?? Number.NaN
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
    const trace = (result?.artifacts as { Trace?: { traceEvents: TraceEvent[] } } | undefined)?.Trace?.traceEvents ?? []
    return { ...cpuBlocking(trace), phases, scores, load, lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), fcp: audit('first-contentful-paint') }
  }
  finally {
    await chrome.kill()
  }
}

const line = (r: RunFigures) => `performance ${r.scores.performance}, LCP ${(r.lcp / 1000).toFixed(2)} s, FCP ${(r.fcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms (from CPU time ${r.cpuTbt.toFixed(0)} ms, longest task ${r.longestTask.toFixed(0)} ms), CLS ${r.cls.toFixed(3)} (load average ${r.load.toFixed(2)})`

const servers = await Promise.all(dirs.map(outDir => preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 4174, strictPort: false, host: '127.0.0.1', open: false } })))
const urls = servers.map(s => s.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4174/')
const runs: RunFigures[][] = dirs.map(() => [])
try {
  for (let i = 1; i <= RUNS; i++) {
    for (const [d, url] of urls.entries()) {
      stdout.write(`Lighthouse run ${i} of ${RUNS} on ${url} (${dirs[d]})\n`)
      const figures = await runOnce(url)
      runs[d]!.push(figures)
      stdout.write(`  ${line(figures)}\n`)
    }
  }
}
finally {
  await Promise.all(servers.map(s => s.close()))
}

const misses: string[] = []
for (const [d, dir] of dirs.entries()) {
  const these = runs[d]!
  const pick = (f: (r: RunFigures) => number) => median(these.map(f)) ?? Number.NaN
  stdout.write(`\n${dir}: Lighthouse ${RUNS} runs, mobile defaults (simulated slow 4G, 4x CPU slowdown); medians:\n`)
  for (const c of CATEGORIES) {
    const value = pick(r => r.scores[c])
    stdout.write(`  ${c.padEnd(15)} ${String(value).padStart(4)}   (target ${TARGETS[c]}; runs ${these.map(r => r.scores[c]).join(', ')})\n`)
    if (value < TARGETS[c])
      misses.push(`${dir}: ${c} ${value} < ${TARGETS[c]}`)
  }
  const lcp = pick(r => r.lcp)
  const tbt = pick(r => r.tbt)
  const cls = pick(r => r.cls)
  stdout.write(`  LCP            ${(lcp / 1000).toFixed(2)} s (target ≤ ${(LCP_TARGET_MS / 1000).toFixed(1)} s; runs ${these.map(r => (r.lcp / 1000).toFixed(2)).join(', ')})\n`)
  stdout.write(`  FCP            ${(pick(r => r.fcp) / 1000).toFixed(2)} s\n`)
  stdout.write(`  TBT            ${tbt.toFixed(0)} ms (target ≤ ${TBT_TARGET_MS} ms; runs ${these.map(r => r.tbt.toFixed(0)).join(', ')})\n`)
  stdout.write(`  TBT from CPU   ${pick(r => r.cpuTbt).toFixed(0)} ms (runs ${these.map(r => r.cpuTbt.toFixed(0)).join(', ')}); longest task ${pick(r => r.longestTask).toFixed(0)} ms (runs ${these.map(r => r.longestTask.toFixed(0)).join(', ')})\n`)
  stdout.write(`  CLS            ${cls.toFixed(3)}\n`)
  stdout.write(`  load average   ${these.map(r => r.load.toFixed(2)).join(', ')}\n`)
  const names = [...new Set(these.flatMap(r => Object.keys(r.phases)))]
  if (names.length > 0)
    stdout.write(`  app start-up phases (src/timing.ts; ms as measured, before the 4x slowdown; the loads include fetching): ${names.map(n => `${n} ${pick(r => r.phases[n] ?? Number.NaN).toFixed(0)}`).join(', ')}\n`)
  if (lcp > LCP_TARGET_MS)
    misses.push(`${dir}: LCP ${(lcp / 1000).toFixed(2)} s > ${LCP_TARGET_MS / 1000} s`)
  if (tbt > TBT_TARGET_MS)
    misses.push(`${dir}: TBT ${tbt.toFixed(0)} ms > ${TBT_TARGET_MS} ms`)
  if (cls > 0)
    misses.push(`${dir}: CLS ${cls.toFixed(3)} > 0`)
}
if (dirs.length > 1) {
  stdout.write(`\nMedians against ${dirs[0]}'s:\n`)
  const first = runs[0]!
  for (const [d, dir] of dirs.entries()) {
    if (d === 0)
      continue
    const ratio = (f: (r: RunFigures) => number) => ((median(runs[d]!.map(f)) ?? Number.NaN) / (median(first.map(f)) ?? Number.NaN)).toFixed(2)
    stdout.write(`  ${dir}: performance ×${ratio(r => r.scores.performance)}, LCP ×${ratio(r => r.lcp)}, FCP ×${ratio(r => r.fcp)}, TBT ×${ratio(r => r.tbt)}, TBT from CPU time ×${ratio(r => r.cpuTbt)}, longest task ×${ratio(r => r.longestTask)}\n`)
  }
}
if (misses.length > 0) {
  stdout.write(`\nMISSED: ${misses.join('; ')}\n`)
  exit(1)
}
stdout.write('\nEvery target met.\n')
