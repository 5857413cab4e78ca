import type { LmsQuestion } from './text.ts'
import { lmsLine } from './text.ts'

/**
 * Aiken, the simplest multiple-choice format many platforms import.
 *
 * Spec: https://docs.moodle.org/en/Aiken_format, checked against Moodle's importer,
 * question/format/aiken/format.php (https://github.com/moodle/moodle/blob/main/question/format/aiken/format.php).
 *
 * The question is one line; each option a line of one capital letter, "." and a space, then
 * the text; then "ANSWER: " and the key's letter. Aiken has no categories, names, feedback,
 * general feedback or shuffle setting, so only the question, options and key are written, with
 * line breaks collapsed to spaces (lmsLine). Options stay in the order given, which is why
 * lmsFromItem never puts the key first by rule.
 *
 * A question that cannot be written so that it reads back the same is left out and reported:
 * more options than letters, an empty option (its line would not match the option pattern and
 * would be read as a new question), or a question line the importer would take for something
 * else: an option line ("A. …", "A) …", or "U.S. …", as current Moodle reads it), the answer line ("ANSWER:…"), or a line under two
 * bytes, which Moodle's importer skips. Option lines cannot be misread: they start with their
 * letter whatever the text says.
 */

export const AIKEN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * A line Moodle's importer reads as an option: a capital letter and "." or ")". Older importers
 * wanted a space after it; current Moodle makes the space optional, so "U.S. envoys…" or
 * "A.B. Smith…" would be read as an option, not as the question.
 */
export const AIKEN_OPTION_LINE = /^[A-Z][).]/

export interface AikenSkip {
  id: string
  reason: string
}

export interface AikenExport {
  text: string
  skipped: AikenSkip[]
}

function utf8Length(text: string): number {
  let bytes = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** Why the question cannot be written as Aiken, or null if it can. */
export function aikenProblem(prompt: string, options: readonly string[], answer: number): string | null {
  if (options.length > AIKEN_LETTERS.length)
    return `it has ${options.length} options; Aiken letters run from A to Z (${AIKEN_LETTERS.length})`
  if (options.length < 2)
    return 'it has fewer than two options'
  if (!Number.isInteger(answer) || answer < 0 || answer >= options.length)
    return 'its key is not one of its options'
  if (utf8Length(prompt) < 2)
    return 'the question text is shorter than two characters, and Aiken importers skip such lines'
  if (AIKEN_OPTION_LINE.test(prompt))
    return 'the question text starts like an option line (a capital letter and "." or ")", as in "U.S.")'
  if (prompt.startsWith('ANSWER:'))
    return 'the question text starts like the answer line ("ANSWER:")'
  const empty = options.findIndex(o => o === '')
  if (empty >= 0)
    return `option ${AIKEN_LETTERS[empty]} is empty`
  return null
}

/** The questions that fit as an Aiken file, and those left out with the reason why. */
export function toAiken(qs: readonly LmsQuestion[]): AikenExport {
  const blocks: string[] = []
  const skipped: AikenSkip[] = []
  for (const q of qs) {
    const prompt = lmsLine(q.prompt)
    const options = q.options.map(lmsLine)
    const reason = aikenProblem(prompt, options, q.answer)
    if (reason !== null) {
      skipped.push({ id: q.id, reason })
      continue
    }
    blocks.push([
      prompt,
      ...options.map((option, i) => `${AIKEN_LETTERS[i]}. ${option}`),
      `ANSWER: ${AIKEN_LETTERS[q.answer]}`,
    ].join('\n'))
  }
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, skipped }
}
