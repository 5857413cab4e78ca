import type { ParsedQuestion } from './parsed'
import type { XmlElement } from './xml'
import { phpTrim } from './parsed'
import { elementsOf, readXml } from './xml'

/**
 * A Moodle XML reader for tests, written from the spec, https://docs.moodle.org/en/Moodle_XML_format,
 * reading as Moodle's importer reads (question/format/xml/format.php,
 * https://github.com/moodle/moodle/blob/main/question/format/xml/format.php) where the spec is
 * silent: texts are trimmed; a text's format defaults to "html" for the question text and to the
 * question text's format for feedback and answers; <single> and <shuffleanswers> take
 * true/false or 1/0; a category entry sets the category for the questions that follow.
 * Only category entries and multiple-choice questions are read; other types and anything
 * malformed throw.
 */

function fail(message: string): never {
  throw new Error(`Moodle XML: ${message}`)
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return elementsOf(element).filter(child => child.name === name)
}

function optional(element: XmlElement, name: string): XmlElement | null {
  const found = childrenNamed(element, name)
  if (found.length > 1)
    fail(`<${element.name}> has ${found.length} <${name}> elements`)
  return found[0] ?? null
}

function required(element: XmlElement, name: string): XmlElement {
  return optional(element, name) ?? fail(`<${element.name}> has no <${name}>`)
}

/** An element's text, which must be text only. */
function textContent(element: XmlElement): string {
  return element.children.map(child => typeof child === 'string' ? child : fail(`<${element.name}> holds <${child.name}>, not text`)).join('')
}

/** The trimmed text of the <text> element inside a text field, as Moodle reads it. */
function textOf(field: XmlElement): string {
  return phpTrim(textContent(required(field, 'text')))
}

function flag(element: XmlElement, name: string, fallback: boolean): boolean {
  const value = optional(element, name)
  if (value === null)
    return fallback
  const text = phpTrim(textContent(value))
  if (text === 'true' || text === '1')
    return true
  if (text === 'false' || text === '0')
    return false
  return fail(`<${name}> is "${text}", not true, false, 1 or 0`)
}

function number(text: string, what: string): number {
  const value = Number(phpTrim(text))
  if (phpTrim(text) === '' || !Number.isFinite(value))
    fail(`${what} is "${text}", not a number`)
  return value
}

function readMultichoice(question: XmlElement, category: string | null): ParsedQuestion {
  const stem = required(question, 'questiontext')
  const format = stem.attributes.format ?? 'html'
  const general = optional(question, 'generalfeedback')
  const formats = new Set([format])
  if (general !== null)
    formats.add(general.attributes.format ?? format)

  const answers = childrenNamed(question, 'answer')
  if (answers.length < 2)
    fail(`question "${textOf(required(question, 'name'))}" has ${answers.length} answers; multiple choice needs two`)
  const options: string[] = []
  const fractions: number[] = []
  const feedback: (string | null)[] = []
  for (const answer of answers) {
    const fraction = answer.attributes.fraction
    fractions.push(fraction === undefined ? 0 : number(fraction, 'an answer\'s fraction'))
    options.push(textOf(answer))
    formats.add(answer.attributes.format ?? format)
    const note = optional(answer, 'feedback')
    const noteText = note === null ? '' : textOf(note)
    feedback.push(noteText === '' ? null : noteText)
    if (note !== null)
      formats.add(note.attributes.format ?? format)
  }

  const generalText = general === null ? '' : textOf(general)
  const grade = optional(question, 'defaultgrade')
  const numbering = optional(question, 'answernumbering')
  return {
    category,
    name: textOf(required(question, 'name')),
    prompt: textOf(stem),
    options,
    fractions,
    feedback,
    generalFeedback: generalText === '' ? null : generalText,
    shuffle: flag(question, 'shuffleanswers', false),
    single: flag(question, 'single', true),
    answerNumbering: numbering === null ? 'abc' : phpTrim(textContent(numbering)),
    defaultGrade: grade === null ? 1 : number(textContent(grade), '<defaultgrade>'),
    formats: [...formats],
  }
}

export function parseMoodleXml(text: string): ParsedQuestion[] {
  const quiz = readXml(text)
  if (quiz.name !== 'quiz')
    fail(`the root element is <${quiz.name}>, not <quiz>`)
  for (const child of quiz.children) {
    if (typeof child === 'string' && phpTrim(child) !== '')
      fail('text directly inside <quiz>')
  }
  const questions: ParsedQuestion[] = []
  let category: string | null = null
  for (const question of elementsOf(quiz)) {
    if (question.name !== 'question')
      fail(`<quiz> holds <${question.name}>, not <question>`)
    const type = question.attributes.type
    if (type === 'category')
      category = textOf(required(question, 'category'))
    else if (type === 'multichoice')
      questions.push(readMultichoice(question, category))
    else
      fail(`question type "${type ?? '(none)'}" is not read here`)
  }
  return questions
}
