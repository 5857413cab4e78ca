import type { ParsedQuestion } from './parsed'
import { phpTrim } from './parsed'

/**
 * A GIFT reader for tests, written from the spec, https://docs.moodle.org/en/GIFT_format, and
 * reading as Moodle's importer reads (question/format/gift/format.php,
 * https://github.com/moodle/moodle/blob/main/question/format/gift/format.php) where the spec is
 * silent:
 * - questions are separated by blank lines; every line is trimmed; a line starting with "//" is a
 *   comment; a question may run over several lines;
 * - "$CATEGORY: path" on its own sets the category for the questions that follow; Moodle does not
 *   unescape such a line except for "\\";
 * - "::title::" names a question; "[html]", "[moodle]", "[plain]" or "[markdown]" at the start of a
 *   text sets its format, answers and feedback inheriting the question text's;
 * - "\~ \= \# \{ \} \:" are those characters as text, "\\" a backslash, "\n" a line break; a
 *   backslash before anything else is itself;
 * - in the answers, "=" starts the key, "~" a wrong option (with an optional "%weight%"), "#"
 *   that answer's feedback, and the last "####" the general feedback;
 * - every text is trimmed.
 * Only multiple-choice questions are read: other types, missing-word questions and descriptions
 * throw, as does anything malformed.
 */

const FORMATS = ['html', 'moodle', 'plain', 'markdown']
const ESCAPABLE = new Set(['\\', '~', '=', '#', '{', '}', ':'])
/** Moodle's weight pattern, matched on the answer after "~". */
const WEIGHT = /^%(-*\d{1,2}\.?\d*)%/

/** A character of a block; `syntax` is false for one that came from an escape. */
interface Ch {
  c: string
  syntax: boolean
}

class GiftError extends Error {
  constructor(line: number, message: string) {
    super(`GIFT, question starting on line ${line}: ${message}`)
  }
}

function unescape(text: string): Ch[] {
  const out: Ch[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '\\' && next !== undefined && (ESCAPABLE.has(next) || next === 'n')) {
      out.push({ c: next === 'n' ? '\n' : next, syntax: false })
      i++
    }
    else {
      out.push({ c, syntax: true })
    }
  }
  return out
}

const str = (chars: readonly Ch[]) => chars.map(ch => ch.c).join('')
function isSyntax(chars: readonly Ch[], at: number, token: string) {
  return [...token].every((t, k) => chars[at + k]?.syntax === true && chars[at + k]?.c === t)
}

function find(chars: readonly Ch[], token: string, from = 0): number {
  for (let i = from; i < chars.length; i++) {
    if (isSyntax(chars, i, token))
      return i
  }
  return -1
}

/** Trims the whitespace that is syntax (an escaped "\n" is text until the text is finished). */
function trimSyntax(chars: readonly Ch[]): Ch[] {
  const space = (ch: Ch | undefined) => ch !== undefined && ch.syntax && /^[ \t\n\r\0\v]$/.test(ch.c)
  let start = 0
  let end = chars.length
  while (start < end && space(chars[start]))
    start++
  while (end > start && space(chars[end - 1]))
    end--
  return chars.slice(start, end)
}

/** A text with its optional format marker, finished: the marker taken off, then trimmed. */
function finishText(chars: readonly Ch[], inherited: string): { text: string, format: string } {
  if (chars[0]?.c === '[') {
    const close = chars.findIndex(ch => ch.c === ']')
    const name = close < 0 ? '' : str(chars.slice(1, close))
    if (FORMATS.includes(name))
      return { text: phpTrim(str(chars.slice(close + 1))), format: name }
  }
  return { text: phpTrim(str(chars)), format: inherited }
}

function readCategory(text: string, line: number): string {
  if (text.includes('\n'))
    throw new GiftError(line, 'a $CATEGORY line must stand alone, followed by a blank line')
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '\\' && next === '\\') {
      out += '\\'
      i++
    }
    else if (c === '\\' && next !== undefined && (ESCAPABLE.has(next) || next === 'n')) {
      throw new GiftError(line, `Moodle does not unescape "\\${next}" in a $CATEGORY line`)
    }
    else {
      out += c
    }
  }
  return phpTrim(out)
}

function readQuestion(text: string, line: number, category: string | null): ParsedQuestion {
  const chars = unescape(text)
  let pos = 0
  let name: string | null = null
  if (isSyntax(chars, 0, '::')) {
    const end = find(chars, '::', 2)
    if (end < 0)
      throw new GiftError(line, 'the title has no closing "::"')
    name = phpTrim(str(chars.slice(2, end)))
    pos = end + 2
  }

  const open = find(chars, '{', pos)
  const close = find(chars, '}', pos)
  if (open < 0 && close < 0)
    throw new GiftError(line, 'no answers in braces: a description, which this reader does not take')
  if (close < 0)
    throw new GiftError(line, 'the answers have no closing "}"')
  if (open < 0 || close < open)
    throw new GiftError(line, 'unbalanced braces: a "}" before its "{" (escape it as \\})')
  const nested = find(chars, '{', open + 1)
  if (nested >= 0 && nested < close)
    throw new GiftError(line, 'a "{" inside the answers (escape it as \\{)')
  if (trimSyntax(chars.slice(close + 1)).length > 0)
    throw new GiftError(line, 'text after the answers: the missing-word form, which this reader does not take')

  const stem = finishText(trimSyntax(chars.slice(pos, open)), 'moodle')
  let answerPart = trimSyntax(chars.slice(open + 1, close))
  let general: { text: string, format: string } | null = null
  let gf = -1
  for (let i = answerPart.length - 4; i >= 0 && gf < 0; i--) {
    if (isSyntax(answerPart, i, '####'))
      gf = i
  }
  if (gf >= 0) {
    // Moodle looks for a format marker before trimming the general feedback.
    general = finishText(answerPart.slice(gf + 4), stem.format)
    answerPart = trimSyntax(answerPart.slice(0, gf))
  }

  if (answerPart.length === 0)
    throw new GiftError(line, 'no answers: an essay question, which this reader does not take')
  if (isSyntax(answerPart, 0, '#'))
    throw new GiftError(line, 'a numerical question, which this reader does not take')
  if (find(answerPart, '~') < 0)
    throw new GiftError(line, 'no "~" answer: a short-answer, true/false or matching question, which this reader does not take')

  const starts = answerPart.flatMap((ch, i) => ch.syntax && (ch.c === '=' || ch.c === '~') ? [i] : [])
  if (trimSyntax(answerPart.slice(0, starts[0])).length > 0)
    throw new GiftError(line, `text before the first answer: "${str(answerPart.slice(0, starts[0]))}"`)

  const formats = new Set([stem.format])
  const options: string[] = []
  const fractions: number[] = []
  const feedback: (string | null)[] = []
  starts.forEach((start, k) => {
    let body = trimSyntax(answerPart.slice(start + 1, starts[k + 1] ?? answerPart.length))
    let fraction = 0
    if (answerPart[start]?.c === '=') {
      fraction = 100
    }
    else {
      const weight = WEIGHT.exec(str(body))
      if (weight !== null) {
        fraction = Number.parseFloat((weight[1] as string).replace(/^-+/, '-'))
        body = body.slice(weight[0].length)
      }
    }
    const hash = find(body, '#')
    const answer = finishText(trimSyntax(hash < 0 ? body : body.slice(0, hash)), stem.format)
    const note = hash < 0 ? null : finishText(trimSyntax(body.slice(hash + 1)), stem.format)
    if (answer.text === '')
      throw new GiftError(line, `answer ${k + 1} is empty`)
    options.push(answer.text)
    fractions.push(fraction)
    feedback.push(note === null || note.text === '' ? null : note.text)
    formats.add(answer.format)
    if (note !== null)
      formats.add(note.format)
  })
  if (options.length < 2)
    throw new GiftError(line, 'a multiple-choice question needs at least two answers')
  if (general !== null)
    formats.add(general.format)

  return {
    category,
    name,
    prompt: stem.text,
    options,
    fractions,
    feedback,
    generalFeedback: general === null || general.text === '' ? null : general.text,
    shuffle: null,
    single: starts.some(i => answerPart[i]?.c === '='),
    answerNumbering: null,
    defaultGrade: null,
    formats: [...formats],
  }
}

export function parseGift(text: string): ParsedQuestion[] {
  const questions: ParsedQuestion[] = []
  let category: string | null = null
  let block: string[] = []
  let blockLine = 0

  const finishBlock = () => {
    const body = phpTrim(block.join('\n'))
    block = []
    if (body === '')
      return
    if (body.startsWith('$CATEGORY:'))
      category = readCategory(body.slice('$CATEGORY:'.length), blockLine)
    else
      questions.push(readQuestion(body, blockLine, category))
  }

  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = phpTrim(raw)
    if (line === '') {
      finishBlock()
      return
    }
    if (block.length === 0)
      blockLine = i + 1
    // Moodle keeps a comment's place in a question as a blank.
    block.push(line.startsWith('//') ? ' ' : line)
  })
  finishBlock()
  return questions
}
