import type { NginxServer } from './nginx'
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { headersFile, headersFor, redirectsFile } from '~/build/deploy'
import { DIST } from './browser'
import { serveWithNginx } from './nginx'

/** What a host that reads dist/_headers sends for `path`: every matching rule's headers. */
function fromHeadersFile(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {}
  let applies = false
  for (const line of file.split('\n').filter(l => l !== '' && !l.startsWith('#'))) {
    if (!line.startsWith(' ')) {
      const [head = '', tail] = line.split('*')
      applies = tail === undefined ? line === path : path.startsWith(head) && path.endsWith(tail)
      continue
    }
    if (applies) {
      const [name = '', ...value] = line.trim().split(': ')
      headers[name] = value.join(': ')
    }
  }
  return headers
}

const SENT = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']

describe('the build served by nginx, as deployed (deploy/nginx.conf)', () => {
  let nginx: NginxServer
  beforeAll(async () => {
    nginx = await serveWithNginx()
  })
  afterAll(() => nginx?.close())

  const asset = (pattern: RegExp) => `/assets/${readdirSync(`${DIST}/assets`).find(f => pattern.test(f))}`
  const shell = () => readFileSync(`${DIST}/app.html`, 'utf8')

  it('sends every file with its type and the headers of the deploy table, as _headers says too', async () => {
    const files: [string, RegExp][] = [
      ['/', /^text\/html/],
      ['/index.html', /^text\/html/],
      ['/app.html', /^text\/html/],
      ['/sw.js', /^application\/javascript/],
      ['/manifest.webmanifest', /^application\/manifest\+json/],
      [asset(/^index-.*\.js$/), /^application\/javascript/],
      [asset(/\.css$/), /^text\/css/],
      [`/${readdirSync(DIST).find(f => /^workbox-.*\.js$/.test(f))}`, /^application\/javascript/],
      ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
      ['/favicon.svg', /^image\/svg\+xml/],
      ['/pwa-192x192.png', /^image\/png/],
      ['/apple-touch-icon-180x180.png', /^image\/png/],
    ]
    const file = readFileSync(`${DIST}/_headers`, 'utf8')
    for (const [path, type] of files) {
      const response = await fetch(`${nginx.url}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toMatch(type)
      const sent = Object.fromEntries(SENT.filter(h => response.headers.has(h)).map(h => [h, response.headers.get(h)]))
      expect(sent, path).toEqual(headersFor(path))
      expect(fromHeadersFile(file, path), `${path} in _headers`).toEqual(headersFor(path))
    }
  })

  it.each(['/quiz', '/results/abc-123', '/class/ABCDE12345/print', '/article?s=3'])('answers the deep link %s with app.html, never cached', async (path) => {
    const response = await fetch(`${nginx.url}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-security-policy')).toBe(headersFor('/')['Content-Security-Policy'])
    expect(await response.text()).toBe(shell())
  })

  it.each(['/assets/ArticleView-Gone0000.js', '/nothing.png'])('answers the missing file %s with a 404, not a page', async (path) => {
    const response = await fetch(`${nginx.url}${path}`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).not.toMatch(/javascript/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('stops and starts again on the same port', async () => {
    await nginx.stop()
    await expect(fetch(`${nginx.url}/`)).rejects.toThrow()
    await nginx.start()
    expect((await fetch(`${nginx.url}/`)).status).toBe(200)
  })

  it('dist/_headers and dist/_redirects are the generated ones', () => {
    expect(readFileSync(`${DIST}/_headers`, 'utf8')).toBe(headersFile())
    expect(readFileSync(`${DIST}/_redirects`, 'utf8')).toBe(redirectsFile())
  })
})
