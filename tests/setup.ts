import { config } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'

// Vue warnings are bugs: a test that triggers one fails.
config.global.config.warnHandler = (message) => {
  throw new Error(`Vue warning: ${message}`)
}

// Browsers lay out phrasing elements inline; happy-dom gives them no `display` at all, so the
// accessible names that @testing-library/dom computes would get a space at every <span> or <strong>.
if (typeof document !== 'undefined') {
  const inline = document.createElement('style')
  inline.textContent = 'a, abbr, b, bdi, bdo, cite, code, data, del, dfn, em, i, ins, kbd, label, mark, q, s, samp, small, span, strong, sub, sup, time, u, var { display: inline }'
  document.head.append(inline)
}

beforeEach(() => {
  globalThis.localStorage?.clear()
  globalThis.sessionStorage?.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
})
