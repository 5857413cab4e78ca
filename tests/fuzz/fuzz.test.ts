// @vitest-environment node
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fuzz, FUZZ_RUNS } from './fuzz'

// The helper every fuzzer relies on: a failure it hid or could not replay would make them all useless.

const ENV = ['FUZZ_SEED', 'FUZZ_PATH', 'FUZZ_RUNS'] as const
let saved: Partial<Record<(typeof ENV)[number], string>> = {}

beforeEach(() => {
  saved = Object.fromEntries(ENV.filter(k => process.env[k] !== undefined).map(k => [k, process.env[k]]))
  for (const k of ENV)
    delete process.env[k]
})

afterEach(() => {
  for (const k of ENV)
    delete process.env[k]
  Object.assign(process.env, saved)
})

function failure(run: () => unknown): string {
  try {
    run()
  }
  catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('the property did not fail')
}

const failsFrom1000 = () => fc.property(fc.integer({ min: 0, max: 1_000_000 }), n => n < 1000)

describe('fuzz', () => {
  it('runs a property at least 10,000 times', () => {
    let calls = 0
    const details = fuzz(fc.property(fc.nat(), () => {
      calls++
    }), { seed: 1 })
    expect(FUZZ_RUNS).toBeGreaterThanOrEqual(10_000)
    expect(calls).toBe(FUZZ_RUNS)
    expect(details.numRuns).toBe(FUZZ_RUNS)
  })

  it('takes FUZZ_RUNS upward, never down', () => {
    let calls = 0
    process.env.FUZZ_RUNS = '10'
    fuzz(fc.property(fc.nat(), () => {
      calls++
    }), { seed: 1 })
    expect(calls).toBe(FUZZ_RUNS)
    process.env.FUZZ_RUNS = String(FUZZ_RUNS + 5)
    calls = 0
    fuzz(fc.property(fc.nat(), () => {
      calls++
    }), { seed: 1 })
    expect(calls).toBe(FUZZ_RUNS + 5)
  })

  it('fails with the seed, the path, the shrunk counterexample and how to replay it', () => {
    const message = failure(() => fuzz(failsFrom1000(), { seed: 4242 }))
    expect(message).toMatch(/seed 4242, path "[\d:]+"/)
    expect(message).toContain('Counterexample: [1000]')
    expect(message).toMatch(/Replay: FUZZ_SEED=4242 FUZZ_PATH="[\d:]+" npx vitest run --project unit tests\/fuzz -t "fuzz fails with/)
  })

  it('replays a failure from its seed and path, straight to the same counterexample', () => {
    const first = failure(() => fuzz(failsFrom1000(), { seed: 99 }))
    const path = /path "([\d:]+)"/.exec(first)?.[1] ?? ''
    let calls = 0
    const replayed = failure(() => fuzz(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
      calls++
      return n < 1000
    }), { seed: 99, path }))
    expect(replayed).toContain('Counterexample: [1000]')
    expect(calls).toBeLessThan(10)
  })

  it('lets FUZZ_SEED override the seed of a file', () => {
    process.env.FUZZ_SEED = '7'
    expect(failure(() => fuzz(failsFrom1000(), { seed: 4242 }))).toMatch(/seed 7, path/)
    process.env.FUZZ_SEED = 'seven'
    expect(failure(() => fuzz(failsFrom1000(), { seed: 4242 }))).toContain('FUZZ_SEED must be a whole number')
  })

  it('cuts a huge counterexample in the message, keeping the seed and path that replay it', () => {
    const message = failure(() => fuzz(fc.property(fc.constant('x'.repeat(100_000)), s => s.length < 10), { seed: 5 }))
    expect(message.length).toBeLessThan(20_000)
    expect(message).toMatch(/seed 5, path "[\d:]+"/)
    expect(message).toContain('more characters)')
  })
})
