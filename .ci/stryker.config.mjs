// Mutation testing of the pure quiz code: `npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: ['src/quiz/**/*.ts'],
  ignorePatterns: ['dist', 'dev-dist', 'coverage', 'reports', 'public', 'tests/e2e', 'tests/views', 'tests/components', 'tests/stores', 'tests/composables'],
  coverageAnalysis: 'perTest',
  // Static mutants (about a third: module-level tables, templates and texts, run when a module
  // loads) cannot be traced to the tests that cover them, so each one re-runs every test: they
  // took 95% of the time, over four hours on 2 cores. They are reported as "Ignored" and left
  // out of the score, which covers every mutant Stryker can test per test.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'node_modules/.cache/stryker/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: 80 },
}
