import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { srcAlias } from '../src/build/alias.ts'
import { bankPlugin } from '../src/build/bank-plugin.ts'

// Stryker's Vitest runner cannot pick one project out of vite.config.ts, so mutation testing
// (`npm run test:mutation`) gets its own config: the `unit` tests of the pure code in src/quiz/,
// with the plugin that serves the bank's virtual modules. The e2e project (real Chromium) must
// never run under Stryker.
const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  plugins: [bankPlugin(root)],
  resolve: { alias: srcAlias(root) },
  test: {
    name: 'unit',
    include: ['tests/quiz/**/*.test.ts'],
    // src/quiz/ touches no DOM, storage or Vue, so these tests need neither happy-dom nor
    // tests/setup.ts; without them each of Stryker's thousands of runs starts much faster.
    environment: 'node',
    // Tests that time themselves skip: instrumented code is many times slower than shipped code.
    env: { QUORUM_MUTATION: '1' },
    // Instrumented code runs several times slower: the property tests need longer than 5 s.
    testTimeout: 30_000,
  },
})
