/**
 * Text from outside (an imported file, stored data another version wrote) is shown as text,
 * never as layout tricks: control characters other than tab and newline go, and so do the
 * bidirectional marks, embeddings, overrides and isolates that can reorder what is displayed.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE = /[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '')
}

/** Names as text, never markup or layout tricks: control and bidirectional-override characters go. */
export function cleanName(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim()
}

/** "1 vote", "2 votes": a count with its noun. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
