import { readFileSync } from 'node:fs'
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

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

/** The app itself, which the boot script imports once the pre-rendered page has painted. */
export const APP_MODULE = 'src/main.ts'

/** What the start-up loads once the first screen is up, for the next tap (see src/main.ts). */
export const NEXT_TAP_MODULES = ['src/views/QuizView.vue', 'src/lazy/quiz-maker.ts']

function readManifest(dist: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
}

/** The scripts and stylesheets of the modules `keys` (source paths) and of all they import statically. */
function chunkFiles(manifest: Record<string, ManifestChunk>, keys: readonly string[]): { js: Set<string>, css: Set<string> } {
  const js = new Set<string>()
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (chunk === undefined || js.has(chunk.file))
      return
    js.add(chunk.file)
    chunk.css?.forEach(f => css.add(f))
    chunk.imports?.forEach(visit)
  }
  keys.forEach(visit)
  return { js, css }
}

/**
 * What the first screen loads: the boot script in index.html, the app it imports, every chunk
 * those import statically and their stylesheets. What the start-up fetches afterwards for the
 * next tap, and the service worker's workbox-window chunk, are not in it: they load once the
 * screen is up. Read from Vite's build manifest; tests/e2e/size.e2e.ts checks this list against
 * what Chromium really fetches.
 */
export function firstScreenFiles(dist: string): { js: string[], css: string[] } {
  const manifest = readManifest(dist)
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry === true).map(([key]) => key)
  const { js, css } = chunkFiles(manifest, [...entries, APP_MODULE])
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g))
    css.add(href!)
  return { js: [...js].sort(), css: [...css].sort() }
}

/** The scripts the start-up fetches for the next tap, once the first screen is up: none of the first screen's. */
export function nextTapFiles(dist: string): string[] {
  const first = new Set(firstScreenFiles(dist).js)
  return [...chunkFiles(readManifest(dist), NEXT_TAP_MODULES).js].filter(f => !first.has(f)).sort()
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
