import type { ParsedQuestion } from './parsed'
import type { LmsQuestion } from '~/quiz/lms/lms'
import type { QuizSettings, Source } from '~/quiz/types'
import fc from 'fast-check'
import bank from 'virtual:quorum-bank'
import { buildQuiz } from '~/quiz/generate/generate'
import { categoryName, categoryPath, generalFeedback, lmsFeedback, lmsFromItem, lmsFromQuestion, lmsText } from '~/quiz/lms/lms'
import { splitCategoryPath } from './parsed'

export function topicTitle(id: string): string {
  const topic = bank.topics.find(t => t.id === id)
  if (topic === undefined)
    throw new Error(`no topic ${id}`)
  return topic.title
}

/** Every item of the real bank, as a whole-bank export makes it. */
export const BANK_QUESTIONS: LmsQuestion[] = bank.items.map(item => lmsFromItem(item, topicTitle(item.topic)))

/** Class sessions: every topic, each difficulty, and procedure quizzes, which mix in scenario questions. */
export const SESSIONS: QuizSettings[] = [
  { seed: 'class-1', count: 10, topic: null, difficulty: 'normal' },
  { seed: 'class-2', count: 8, topic: 'procedure', difficulty: 'hard' },
  { seed: 'class-3', count: 12, topic: 'procedure', difficulty: 'easy' },
  { seed: 'class-4', count: 20, topic: 'vote', difficulty: 'hard' },
  { seed: 'class-5', count: 15, topic: 'people', difficulty: 'easy' },
  { seed: 'class-6', count: 30, topic: 'procedure', difficulty: 'normal' },
]

export function sessionQuestions(settings: QuizSettings): LmsQuestion[] {
  return buildQuiz(bank, settings).questions.map(q => lmsFromQuestion(q, topicTitle(q.topic)))
}

type Compared = Pick<ParsedQuestion, 'category' | 'name' | 'prompt' | 'options' | 'fractions' | 'feedback' | 'generalFeedback'>

/** The fields every round trip compares. */
export function compared(p: ParsedQuestion): Compared {
  return { category: p.category, name: p.name, prompt: p.prompt, options: p.options, fractions: p.fractions, feedback: p.feedback, generalFeedback: p.generalFeedback }
}

/** What a reader must find for `q`, texts exactly as given: for the bank, whose texts need no normalising. */
export function exactly(q: LmsQuestion): Compared {
  return {
    category: categoryPath(q.category),
    name: q.id,
    prompt: q.prompt,
    options: q.options,
    fractions: q.options.map((_, i) => i === q.answer ? 100 : 0),
    feedback: q.feedback,
    generalFeedback: generalFeedback(q),
  }
}

/** What a reader must find for `q` after the documented normalisation (lmsText). */
export function normalised(q: LmsQuestion): Compared {
  return {
    category: categoryPath(q.category),
    name: lmsText(q.id),
    prompt: lmsText(q.prompt),
    options: q.options.map(lmsText),
    fractions: q.options.map((_, i) => i === q.answer ? 100 : 0),
    feedback: q.feedback.map(lmsFeedback),
    generalFeedback: lmsText(generalFeedback(q)) || null,
  }
}

/** The category names Moodle makes of the path a reader found: the root, then the topic's title. */
export function categoryNames(p: ParsedQuestion): string[] {
  return p.category === null ? [] : splitCategoryPath(p.category)
}

export function expectedCategoryNames(q: LmsQuestion): string[] {
  const name = categoryName(q.category)
  return ['$course$', 'Quorum', ...(name === '' ? [] : [name])]
}

/** Pieces that mean something to one of the formats, or break text handling generally. */
const NASTY = fc.constantFrom(
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '\\n',
  '\\\\',
  '::',
  '####',
  '//',
  '$CATEGORY:',
  '[plain]',
  '[html]',
  '%50%',
  '->',
  '<',
  '&',
  '>',
  '"',
  '\'',
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '<!--',
  'A. ',
  'B) ',
  'ANSWER: ',
  'ANSWER:B',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\t',
  '\u0000',
  '\u0001',
  '\u000B',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u00A0',
  '\u2028',
  '\uFEFF',
  'é',
  'ß',
  '中',
  '😀',
  '’',
)

const UNIT = fc.oneof(
  { weight: 4, arbitrary: NASTY },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
)

export const anyText = fc.string({ unit: UNIT, maxLength: 24 })
/** A text something is left of once normalised: options and prompts cannot be blank. */
export const someText = anyText.filter(s => lmsText(s) !== '')
/**
 * Names and titles: Moodle strips HTML tags from question and category names (PARAM_TEXT),
 * which Quorum's ids and topic titles never contain, so "<" is left out of these.
 */
const nameText = anyText.filter(s => !s.includes('<'))

const sourceArb: fc.Arbitrary<Source> = fc.oneof(
  fc.record({ kind: fc.constant('article' as const), quote: anyText }),
  fc.record({ kind: fc.constantFrom('charter' as const, 'rules' as const, 'record' as const), ref: anyText, quote: fc.option(anyText, { nil: undefined }) }, { requiredKeys: ['kind', 'ref'] }),
)

export const lmsQuestionArb: fc.Arbitrary<LmsQuestion> = fc.integer({ min: 2, max: 6 }).chain(n => fc.record({
  id: nameText.filter(s => lmsText(s) !== ''),
  category: nameText,
  prompt: someText,
  options: fc.array(someText, { minLength: n, maxLength: n }),
  answer: fc.integer({ min: 0, max: n - 1 }),
  feedback: fc.array(fc.option(anyText, { nil: null }), { minLength: n, maxLength: n }),
  explanation: anyText,
  sources: fc.array(sourceArb, { maxLength: 3 }),
  keepOrder: fc.boolean(),
}))
