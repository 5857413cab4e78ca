import type { Source } from '../types.ts'

/**
 * What the LMS exporters (lms-gift.ts, lms-xml.ts, lms-aiken.ts) share: the question they write
 * and the text rules every format follows. lms.ts makes these questions and re-exports it all.
 */

/** A multiple-choice question as a learning platform takes it. */
export interface LmsQuestion {
  id: string
  /** The topic's title: each topic becomes a question category. */
  category: string
  prompt: string
  options: string[]
  /** Index of the key in `options`. */
  answer: number
  /** Why each wrong option is wrong; `null` for the key. */
  feedback: (string | null)[]
  explanation: string
  sources: Source[]
  /** The options must not be shuffled: numbers shown sorted, or a quiz as the students saw it. */
  keepOrder: boolean
}

/**
 * Characters XML 1.0 forbids (§2.2 Char: controls other than tab, LF and CR, U+FFFE, U+FFFF) and
 * lone surrogate halves, which cannot be written as UTF-8 at all. With the `u` flag a lone half
 * is a code point of its own, outside every allowed range.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** The whitespace PHP's trim() removes; Moodle trims every text it imports with it. */
const PHP_TRIM = /^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g

export function phpTrim(text: string): string {
  return text.replace(PHP_TRIM, '')
}

/**
 * The one normalisation every exported text gets, whatever the format: line breaks as LF, the
 * characters XML 1.0 forbids removed (invisible controls a teacher never meant to type), U+FEFF
 * removed (deprecated as a character, and importers drop it as a byte-order mark when a file
 * starts with it), and the ends trimmed as Moodle trims them on import anyway. Texts from the
 * bank come out unchanged.
 */
export function lmsText(text: string): string {
  return phpTrim(text.replace(/\r\n?/g, '\n').replace(NOT_XML_CHAR, '').replace(/\uFEFF/g, ''))
}

/** A text on one line, for Aiken, where a line break ends the question or the option. */
export function lmsLine(text: string): string {
  return lmsText(text).replace(/[ \t]*\n[ \t\n]*/g, ' ')
}

/** Feedback as exporters write it: empty feedback is no feedback. */
export function lmsFeedback(text: string | null): string | null {
  if (text === null)
    return null
  const clean = lmsText(text)
  return clean === '' ? null : clean
}

/**
 * One source as one line of plain text, labelled as SourceList.vue labels it: article quotes
 * verbatim in quotation marks; Charter, rules and records by their reference, then any quote.
 */
export function sourceText(source: Source): string {
  const text = source.kind === 'article'
    ? `From the article: “${source.quote}”`
    : `Source: ${source.ref}${source.quote ? `: “${source.quote}”` : ''}`
  return text.replace(/\s*[\r\n]\s*/g, ' ').trim()
}

/** The explanation, a blank line, then one source a line: what a student reads after answering. */
export function generalFeedback(q: LmsQuestion): string {
  const sources = q.sources.map(sourceText).join('\n')
  return [q.explanation, sources].filter(part => part.trim() !== '').join('\n\n')
}

/** The category every export files its questions under, one child category per topic. */
export const LMS_CATEGORY_ROOT = '$course$/Quorum'

/** A topic title as a category name: one line, no control characters, single spaces. */
export function categoryName(title: string): string {
  return title.replace(NOT_XML_CHAR, '').replace(/\s+/g, ' ').trim()
}

/**
 * The category path for a topic. Moodle splits paths on "/" and reads "//" as a "/" inside a
 * name (split_category_path in Moodle's question/format.php), so a name's slashes are doubled,
 * and a name starting with one gets a space first, which Moodle trims, so that its first "//"
 * is not read with the separator before it. The topic is the last name in the path, so a
 * slash at its end needs nothing.
 */
export function categoryPath(title: string): string {
  const name = categoryName(title)
  if (name === '')
    return LMS_CATEGORY_ROOT
  const escaped = name.replaceAll('/', '//')
  return `${LMS_CATEGORY_ROOT}/${escaped.startsWith('/') ? ' ' : ''}${escaped}`
}
