import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Budgets in bytes of gzip (1 KB = 1,000 bytes). */
export const BUDGETS = {
  /** JavaScript the home screen loads before it is usable, gzip. */
  firstScreenJs: 60_000,
  /** Everything the service worker caches for offline use, gzip. */
  precache: 250_000,
} as const

export interface SizedFile {
  file: string
  gzip: number
}

export interface SizeReport {
  firstScreenJs: SizedFile[]
  firstScreenCss: SizedFile[]
  precache: SizedFile[]
}

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length
}

export function total(files: readonly SizedFile[]): number {
  return files.reduce((sum, f) => sum + f.gzip, 0)
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1] ?? null
}

/**
 * What the first screen loads: the entry script, its modulepreloads and stylesheets named in
 * index.html, plus the workbox-window chunk that registers the service worker on every start.
 * tests/e2e/size.e2e.ts checks this list against what Chromium really fetches.
 */
export function firstScreenFiles(dist: string): { js: string[], css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const js = new Set<string>()
  const css = new Set<string>()
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src') ?? attr(tag, 'href')
    if (src === null)
      continue
    const file = src.replace(/^\//, '')
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module')
      js.add(file)
    else if (attr(tag, 'rel') === 'modulepreload')
      js.add(file)
    else if (attr(tag, 'rel') === 'stylesheet')
      css.add(file)
  }
  for (const f of readdirSync(join(dist, 'assets')))
    if (f.startsWith('workbox-window') && f.endsWith('.js'))
      js.add(`assets/${f}`)
  return { js: [...js].sort(), css: [...css].sort() }
}

/** Every URL in the service worker's precache manifest. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  return [...sw.matchAll(/\burl:"([^"]+)"/g)].map(m => m[1] as string).sort()
}

export function measure(dist: string): SizeReport {
  const sized = (files: string[]) => files.map(file => ({ file, gzip: gzipSize(join(dist, file)) }))
  const first = firstScreenFiles(dist)
  return {
    firstScreenJs: sized(first.js),
    firstScreenCss: sized(first.css),
    precache: sized(precacheFiles(dist)),
  }
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`
}
