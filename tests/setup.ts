import { config } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'

// Vue warnings are bugs: a test that triggers one fails.
config.global.config.warnHandler = (message) => {
  throw new Error(`Vue warning: ${message}`)
}

beforeEach(() => {
  globalThis.localStorage?.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})
