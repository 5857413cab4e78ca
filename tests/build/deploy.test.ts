// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CSP_HEADER } from '~/build/csp'
import { CACHE_RULES, headersFile, headersFor, nginxServer, nginxSite, redirectsFile } from '~/build/deploy'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe('deploy configuration, written from one table', () => {
  it('deploy/nginx.conf is what `npm run deploy:config` writes now', () => {
    const committed = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
    expect(committed, 'run `npm run deploy:config` and commit deploy/nginx.conf').toBe(nginxSite())
  })

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/app.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    ['/assets/index-AbC123.js', 'public, max-age=31536000, immutable'],
    ['/assets/index-AbC123.css', 'public, max-age=31536000, immutable'],
    ['/workbox-9c191d2f.js', 'public, max-age=31536000, immutable'],
    ['/favicon.ico', 'public, max-age=86400'],
    ['/pwa-192x192.png', 'public, max-age=86400'],
    ['/robots.txt', undefined],
    ['/quiz', undefined],
    ['/assetsX/a.js', undefined],
  ])('%s: Cache-Control %s, and the security headers', (path, cacheControl) => {
    const headers = headersFor(path)
    expect(headers['Cache-Control']).toBe(cacheControl)
    expect(headers['Content-Security-Policy']).toBe(CSP_HEADER)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('nginx: one location per path of the table, each with every header, and the shell for the rest', () => {
    const conf = nginxServer({ listen: '8080', root: '/srv/site' })
    const locations = [...conf.matchAll(/^ {2}location (\S.*?) \{\n([\s\S]*?)\n {2}\}$/gm)]
    expect(locations.map(([, where]) => where)).toEqual(expect.arrayContaining(['= /', '= /sw.js', '^~ /assets/', '~ ^/workbox-[^/]*\\.js$', '= /favicon.ico', '/']))
    for (const [, where, body] of locations) {
      expect(body, where).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`)
      expect(body, where).toContain('add_header Permissions-Policy')
    }
    const cached = locations.filter(([, , body]) => body!.includes('Cache-Control')).length
    expect(cached).toBe(CACHE_RULES.flatMap(r => r.paths).length)
    expect(conf).toMatch(/location \/ \{\n\s+try_files \$uri \/app\.html;/)
  })

  it('_headers sets Cache-Control only on the paths of a rule, and _redirects rewrites the rest to the shell', () => {
    const file = headersFile()
    expect(file.match(/^\/\*$/gm)).toHaveLength(1)
    expect(file.split('\n/*\n')[1]?.split('\n/')[0]).not.toContain('Cache-Control')
    expect(file).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable')
    expect(redirectsFile()).toMatch(/^\/\*\s+\/app\.html\s+200$/m)
  })
})
