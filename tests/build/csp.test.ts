import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from '~/build/csp'

/** The directives WebKit's parser knows (Safari logs an error for any other, on every page). */
const WEBKIT_DIRECTIVES = new Set(['base-uri', 'child-src', 'connect-src', 'default-src', 'font-src', 'form-action', 'frame-ancestors', 'frame-src', 'img-src', 'media-src', 'object-src', 'report-to', 'report-uri', 'sandbox', 'script-src', 'script-src-attr', 'script-src-elem', 'style-src', 'style-src-attr', 'style-src-elem', 'upgrade-insecure-requests', 'worker-src', 'block-all-mixed-content', 'require-trusted-types-for', 'trusted-types'])

describe('the Content-Security-Policy', () => {
  it('names only directives WebKit knows: no manifest-src, which default-src \'self\' covers', () => {
    const names = CSP_HEADER.split('; ').map(d => d.split(' ')[0])
    expect(names.filter(n => !WEBKIT_DIRECTIVES.has(n!))).toEqual([])
    expect(CSP_DIRECTIVES).toContain('default-src \'self\'')
  })

  it('the meta tag leaves out only frame-ancestors, which a meta tag cannot set', () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`)
  })
})
