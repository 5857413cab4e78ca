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

/** Control and format characters: invisible, and some reorder or hide what is shown. */
// Stryker disable next-line Regex: its mutant writes \V, a syntax error with the u flag, which broke the loading of every module importing this one
const INVISIBLE = /(?![\t\n\v\f\r])[\p{Cc}\p{Cf}]/gu
/** A subdivision flag such as England's: a black flag, tag letters, a cancel tag. */
const EMOJI_TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu
const JOINERS = new Set(['\u200C', '\u200D'])

/** Whether the UTF-16 unit at `at` is part of a visible character outside ASCII. */
function visibleNonAscii(text: string, at: number): boolean {
  const unit = text.charCodeAt(at)
  if (Number.isNaN(unit) || unit <= 0x7F)
    return false
  const ch = text[at] ?? ''
  return !/\s/u.test(ch) && !/[\p{Cc}\p{Cf}]/u.test(ch)
}

/**
 * Drops invisible characters, but for a zero-width joiner or non-joiner between two visible
 * characters outside ASCII: they hold emoji sequences (a family, a profession with a skin tone)
 * and the spelling of Persian and Indic names together. Inside ASCII they only hide a difference.
 */
function dropInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch: string, at: number, all: string) =>
    (JOINERS.has(ch) && visibleNonAscii(all, at - 1) && visibleNonAscii(all, at + 1) ? ch : ''))
}

/**
 * Names as text, never markup or layout tricks: control, bidirectional and other invisible
 * characters go, white space is one space, and every grapheme cluster stays whole (emoji
 * sequences, subdivision flags, letters with combining marks).
 */
export function cleanName(name: string): string {
  let out = ''
  let from = 0
  for (const m of name.matchAll(EMOJI_TAG_SEQUENCE)) {
    out += dropInvisible(name.slice(from, m.index)) + m[0]
    from = m.index + m[0].length
  }
  return (out + dropInvisible(name.slice(from))).replace(/\s+/g, ' ').trim()
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null

/** The user-perceived characters of `text` (grapheme clusters; code points where the browser cannot tell). */
export function graphemes(text: string): string[] {
  return segmenter === null ? [...text] : Array.from(segmenter.segment(text), s => s.segment)
}

/** "1 vote", "2 votes": a count with its noun. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "A", "A and B", "A, B and C": a list read as a sentence (none gives ''). */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}
