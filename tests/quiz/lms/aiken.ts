import type { ParsedQuestion } from './parsed'
import { phpTrim } from './parsed'

/**
 * An Aiken reader for tests, written from the spec, https://docs.moodle.org/en/Aiken_format:
 * the question all on one line; each option a capital letter, "." or ")", a space (optional in
 * current Moodle) and the text;
 * then "ANSWER: " and a letter. Read as Moodle's importer reads (question/format/aiken/format.php,
 * https://github.com/moodle/moodle/blob/main/question/format/aiken/format.php) where the spec is
 * silent: lines are trimmed and lines under two bytes skipped, so blank lines may separate
 * questions. Stricter than Moodle where Moodle would silently read something else: options out
 * of letter order, a second question line, an answer letter with no option, or a question left
 * without its ANSWER line throw.
 */

// Current Moodle makes the space after the letter optional.
const OPTION = /^([A-Z])[).][ \t]?/
const ANSWER = /^ANSWER:[ \t]*([A-Z])$/
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

function fail(line: number, message: string): never {
  throw new Error(`Aiken, line ${line}: ${message}`)
}

export function parseAiken(text: string): ParsedQuestion[] {
  const questions: ParsedQuestion[] = []
  let current: { prompt: string, options: string[], line: number } | null = null
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  for (const [i, raw] of lines.entries()) {
    const n = i + 1
    const line = phpTrim(raw)
    if (new TextEncoder().encode(line).length < 2)
      continue
    const option = OPTION.exec(line)
    if (option !== null) {
      if (current === null)
        fail(n, 'an option before any question')
      const expected = LETTERS[current.options.length]
      if (option[1] !== expected)
        fail(n, `option ${option[1]} where ${expected ?? 'no further letter'} was expected`)
      current.options.push(phpTrim(line.slice(2)))
      continue
    }
    if (line.startsWith('ANSWER:')) {
      const answer = ANSWER.exec(line)
      if (current === null)
        fail(n, 'an ANSWER line before any question')
      if (answer === null)
        fail(n, `"${line}" is not "ANSWER: " and a letter`)
      if (current.options.length < 2)
        fail(n, 'a question needs at least two options')
      const key = LETTERS.indexOf(answer[1] as string)
      if (key >= current.options.length)
        fail(n, `the answer ${answer[1]} is not one of the ${current.options.length} options`)
      questions.push({
        category: null,
        name: null,
        prompt: current.prompt,
        options: current.options,
        fractions: current.options.map((_, k) => k === key ? 100 : 0),
        feedback: current.options.map(() => null),
        generalFeedback: null,
        shuffle: null,
        single: true,
        answerNumbering: null,
        defaultGrade: null,
        formats: [],
      })
      current = null
      continue
    }
    if (current !== null)
      fail(n, current.options.length === 0 ? 'a second question line: the question must be all on one line' : `the question from line ${current.line} has no ANSWER line`)
    current = { prompt: line, options: [], line: n }
  }
  if (current !== null)
    fail(current.line, 'the file ends before this question\'s ANSWER line')
  return questions
}
