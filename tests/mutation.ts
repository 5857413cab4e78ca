import process from 'node:process'

/** Set by tests/vitest.mutation.config.ts: the code under test is instrumented by Stryker, many times slower. */
export const UNDER_MUTATION = process.env.QUORUM_MUTATION === '1'

/** Runs of an exhaustive property test: a quarter under mutation testing, which repeats it for each mutant. */
export function propertyRuns(runs: number): number {
  return UNDER_MUTATION ? Math.ceil(runs / 4) : runs
}
