import process from 'node:process'
import fc from 'fast-check'
import { expect } from 'vitest'

/**
 * Fuzzing with fast-check: every property runs at least FUZZ_RUNS times from a fixed seed, so a
 * run is the same on every machine, and a failure prints what replays it.
 *
 * Environment: FUZZ_RUNS raises the number of runs (never below 10,000); FUZZ_SEED replaces the
 * seed of every property; FUZZ_PATH (with FUZZ_SEED and `-t` naming one test) replays a failure.
 */

const MIN_RUNS = 10_000
/** A counterexample can be megabytes: the message keeps its start, the seed and path replay all of it. */
const MAX_SHOWN = 4000

function envInteger(name: string): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '')
    return undefined
  const n = Number(raw)
  if (!Number.isSafeInteger(n))
    throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`)
  return n
}

function runs(): number {
  return Math.max(MIN_RUNS, envInteger('FUZZ_RUNS') ?? 0)
}

export const FUZZ_RUNS = runs()

/** Per fuzz test: two minutes per 10,000 runs, for a slow shared machine (a run takes seconds). */
export const FUZZ_TIMEOUT_MS = 120_000 * Math.ceil(FUZZ_RUNS / MIN_RUNS)

export interface FuzzOptions {
  /** The file's fixed seed; FUZZ_SEED overrides it. */
  seed: number
  /** Replays one failure (with its seed); FUZZ_PATH overrides it. */
  path?: string
}

function cut(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length - MAX_SHOWN} more characters)` : text
}

/** The message of a failed run: how to replay it first, then fast-check's own report. */
export function fuzzFailure<Ts>(details: fc.RunDetails<Ts>, testName: string | undefined): string {
  const path = details.counterexamplePath ?? ''
  // Vitest names a test "describe > it"; its -t filter matches the names joined by spaces.
  const only = testName === undefined ? '' : ` -t ${JSON.stringify(testName.split(' > ').join(' '))}`
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
  return [
    `Fuzz property failed after ${details.numRuns} of ${FUZZ_RUNS} runs: seed ${details.seed}, path "${path}".`,
    `Replay: FUZZ_SEED=${details.seed} FUZZ_PATH="${path}" npx vitest run --project unit tests/fuzz${only}`,
    `Counterexample: ${cut(fc.stringify(details.counterexample))}`,
    `Error: ${cut(error)}`,
    '',
    cut(fc.defaultReportMessage(details) ?? ''),
  ].join('\n')
}

/**
 * `fc.assert` with a fixed seed and at least FUZZ_RUNS runs. Throws an Error whose message
 * starts with the seed, the path and the counterexample.
 */
export function fuzz<Ts>(property: fc.IProperty<Ts>, options: FuzzOptions): fc.RunDetails<Ts> {
  const seed = envInteger('FUZZ_SEED') ?? options.seed
  const path = process.env.FUZZ_PATH ?? options.path
  const details = fc.check(property, {
    seed,
    numRuns: runs(),
    ...(path === undefined || path === '' ? {} : { path, endOnFailure: true }),
  })
  if (details.failed)
    throw new Error(fuzzFailure(details, expect.getState().currentTestName))
  return details
}

/** Median wall time of `times` calls, in milliseconds: one slow call on a busy machine does not count. */
export function medianMs(run: () => unknown, times = 5): number {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(times / 2)] ?? Number.POSITIVE_INFINITY
}

/**
 * How much longer `run` takes on input of `large` size than of `small`, as the ratio of the
 * medians of `times` calls each, taken in turn so that a busy spell slows both alike. Linear
 * work grows as large / small; quadratic work as its square. A ratio measured in one run means
 * something on a loaded machine, where a wall-clock budget does not.
 */
export function growth(run: (size: number) => unknown, small: number, large: number, times = 3): number {
  const samples: [number[], number[]] = [[], []]
  for (let i = 0; i < times; i++) {
    for (const [at, size] of [[0, small], [1, large]] as const) {
      const start = performance.now()
      run(size)
      samples[at].push(performance.now() - start)
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(times / 2)] ?? Number.POSITIVE_INFINITY
  return median(samples[1]) / Math.max(median(samples[0]), 0.01)
}

/** Generous: rejecting oversized input must not read it, so it takes microseconds, not 200 ms. */
export const QUICK_MS = 200

const TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu
const VISIBLE_NON_ASCII = /^[^\p{Cf}\s\0-\x9F]$/u

/**
 * Whether text holds a control or format character that is not part of what a name may
 * spell: a zero-width (non-)joiner between two visible characters outside ASCII (emoji
 * sequences, Persian and Indic spelling), or the tags of a subdivision flag.
 */
export function hasHiddenCharacters(text: string): boolean {
  const chars = [...text.replace(TAG_SEQUENCE, '\u{1F3F4}')]
  return chars.some((ch, i) => /[\p{Cc}\p{Cf}]/u.test(ch)
    && !((ch === '\u200C' || ch === '\u200D') && VISIBLE_NON_ASCII.test(chars[i - 1] ?? '') && VISIBLE_NON_ASCII.test(chars[i + 1] ?? '')))
}
