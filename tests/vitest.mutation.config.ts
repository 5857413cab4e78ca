import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { bankPlugin } from '../src/build/bank-plugin.ts'

// Stryker's Vitest runner cannot pick one project out of vite.config.ts, so mutation testing
// gets the `unit` project's settings here, narrowed to the tests of the pure code in src/quiz/.
// The e2e project (real Chromium) must never run under Stryker.
const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  plugins: [bankPlugin(root)],
  test: {
    name: 'unit',
    environment: 'happy-dom',
    include: ['tests/quiz/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
})
