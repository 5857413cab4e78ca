import type { ClassRecord } from '~/quiz/classroom/classes'
import type { CollectedResult } from '~/quiz/classroom/collect'
import type { Attempt, AttemptQuestion } from '~/quiz/practice/attempt'
import type { ClassSession, CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { ReviewCard, ReviewDeck } from '~/quiz/practice/review'
import type { StudentData } from '~/quiz/practice/transfer'
import type { Question, QuizMode, Source } from '~/quiz/types'
import fc from 'fast-check'
import { MAX_NAME_BYTES, MAX_RESULT_CODE_LENGTH } from '~/quiz/classroom/result-code'
import { isDay, MAX_BOX } from '~/quiz/practice/review'
import { TIMED_OUT } from '~/quiz/practice/score'
import { cleanText } from '~/quiz/text'
import { ALPHABET, ensure } from './mutate'

/**
 * Valid saved data, built small so that ten thousand of them are cheap: the fuzzers damage it,
 * and the `ensure…` checks below restate, apart from saved.ts, what every value read must be.
 */

// Text as Quorum writes it is already clean (src/quiz/text.ts): a bidi override or a control
// character is damage, which the readers remove, so the fuzzers add it rather than start from it.
const shortText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Alice', '<b>x</b>', '__proto__', 'constructor', '😀', '\uD800') },
).map(cleanText)
const smallInt = fc.oneof({ weight: 6, arbitrary: fc.nat({ max: 30 }) }, { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31) })
const isoTime = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map(ms => new Date(ms).toISOString())
const day = isoTime.map(t => t.slice(0, 10))

/** Fact names as the bank writes them, and the few that are also Object.prototype's. */
export const factName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('tally-yes', 'tally-no', 'a', 'b-2', 'constructor', 'tostring', 'valueof', 'proto') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9]{1,4}(?:-[a-z0-9]{1,3}){0,2}$/) },
)

const source: fc.Arbitrary<Source> = fc.oneof(
  fc.record({ kind: fc.constant('article' as const), quote: shortText }),
  fc.record({ kind: fc.constantFrom('charter' as const, 'rules' as const, 'record' as const), ref: shortText, quote: shortText }, { requiredKeys: ['kind', 'ref'], noNullPrototype: true }),
)

const question: fc.Arbitrary<Question> = fc.integer({ min: 2, max: 5 }).chain(n => fc.record({
  id: shortText,
  topic: shortText,
  fact: shortText,
  form: fc.constantFrom('who', 'number', 'quote', 'cause', 'report', 'rule', 'scenario'),
  kind: fc.constantFrom('person', 'country', 'number', 'organisation', 'text'),
  prompt: shortText,
  options: fc.array(shortText, { minLength: n, maxLength: n }),
  answer: fc.nat({ max: n - 1 }),
  reasons: fc.array(shortText, { minLength: n, maxLength: n }),
  explanation: shortText,
  sources: fc.array(source, { maxLength: 2 }),
  cites: fc.array(smallInt, { maxLength: 3 }),
}).map(q => ({ ...q, reasons: q.reasons.map((r, i) => (i === q.answer ? null : r)) })))

const classSession: fc.Arbitrary<ClassSession> = fc.record({ code: shortText, name: shortText, feedback: fc.boolean() })

export const currentQuizArb: fc.Arbitrary<CurrentQuiz> = fc.record({
  seed: shortText,
  topic: fc.option(shortText, { nil: null }),
  count: smallInt,
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  mode: fc.constantFrom<QuizMode>('quiz', 'review', 'challenge'),
  questions: fc.array(question, { minLength: 1, maxLength: 4 }),
}).chain(quiz => fc.record({
  quiz: fc.constant(quiz),
  index: fc.nat({ max: quiz.questions.length - 1 }),
  picks: fc.array(fc.nat(), { minLength: quiz.questions.length, maxLength: quiz.questions.length }),
  current: fc.boolean(),
  session: fc.option(classSession, { nil: null }),
}).map(({ quiz, index, picks, current, session }): CurrentQuiz => ({
  quiz,
  index,
  session,
  answers: quiz.questions.map((q, i) => {
    const pick = picks[i] ?? 0
    if (i > index || (i === index && !current))
      return null
    return quiz.mode === 'challenge' && pick % 4 === 0 ? TIMED_OUT : pick % q.options.length
  }),
})))

const attemptQuestion: fc.Arbitrary<AttemptQuestion> = fc.record({
  id: shortText,
  prompt: shortText,
  chosen: fc.option(shortText, { nil: null }),
  key: shortText,
  correct: fc.boolean(),
})

export const attemptArb: fc.Arbitrary<Attempt> = fc.record({
  id: fc.oneof(shortText, fc.constantFrom('a-1', 'a-2', 'a-3')),
  finishedAt: fc.oneof({ weight: 4, arbitrary: isoTime }, { weight: 1, arbitrary: day }),
  seed: shortText,
  mode: fc.constantFrom<QuizMode>('quiz', 'review', 'challenge'),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  topic: fc.option(shortText, { nil: null }),
  points: fc.option(smallInt, { nil: null }),
  resultCode: fc.option(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 20 }), { nil: null }),
  questions: fc.array(attemptQuestion, { maxLength: 3 }),
  spare: fc.nat(),
}).map(({ spare, ...a }) => ({ ...a, total: a.questions.length, correct: a.questions.length === 0 ? 0 : spare % (a.questions.length + 1) }))

function reviewCard(fact: string): fc.Arbitrary<ReviewCard> {
  return fc.record({
    box: fc.integer({ min: 1, max: MAX_BOX }),
    due: day,
    seen: fc.integer({ min: 1, max: 40 }),
    spare: fc.nat(),
  }).map(({ spare, ...c }) => ({ fact, ...c, lapses: spare % (c.seen + 1) }))
}

export const deckArb: fc.Arbitrary<ReviewDeck> = fc.uniqueArray(factName, { maxLength: 4 })
  .chain(facts => fc.tuple(...facts.map(reviewCard)))
  .map(cards => Object.fromEntries(cards.map(c => [c.fact, c])))

export const studentDataArb: fc.Arbitrary<StudentData> = fc.record({
  history: fc.array(attemptArb, { maxLength: 3 }),
  review: deckArb,
  currentQuiz: fc.option(currentQuizArb, { nil: null }),
})

/**
 * Generating nested data costs more than decoding it: a fuzzer that damages valid data draws it
 * from a pool made once from a fixed seed, and spends its runs on the damage. Plain JSON objects,
 * as read from a file or storage (fast-check sometimes makes null-prototype records).
 */
export function poolOf<T>(arb: fc.Arbitrary<T>, seed: number, size = 300): fc.Arbitrary<T> {
  const pool = fc.sample(arb, { seed, numRuns: size }).map(v => JSON.parse(JSON.stringify(v)) as T)
  return fc.nat({ max: size - 1 }).map(i => pool[i] as T)
}

const code = (maxLength: number) => fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength })

const collected: fc.Arbitrary<CollectedResult> = fc.record({
  code: code(97),
  name: fc.string({ maxLength: 12 }).map(cleanText),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { maxLength: 31 }),
  collectedAt: isoTime,
})

export const classRecordsArb: fc.Arbitrary<ClassRecord[]> = fc.array(fc.record({
  joinCode: code(10),
  createdAt: isoTime,
  results: fc.array(collected, { maxLength: 3 }),
}), { maxLength: 3 })

// --- what every value read back must be, restated apart from saved.ts -----------------------

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0
const isText = (v: unknown): v is string => typeof v === 'string'
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v))

export function ensureAttempt(a: Attempt, p: string): void {
  ensure(isText(a.id) && isText(a.seed) && isDate(a.finishedAt), `${p}: id, seed or finishedAt`)
  ensure(['quiz', 'review', 'challenge'].includes(a.mode) && ['easy', 'normal', 'hard'].includes(a.difficulty), `${p}: mode or difficulty`)
  ensure(a.topic === null || isText(a.topic), `${p}.topic`)
  ensure(Array.isArray(a.questions) && a.total === a.questions.length && isCount(a.correct) && a.correct <= a.total, `${p}: correct, total and questions disagree`)
  ensure(a.points === null || isCount(a.points), `${p}.points`)
  ensure(a.resultCode === null || isText(a.resultCode), `${p}.resultCode`)
  a.questions.forEach((q, i) => ensure(isText(q.id) && isText(q.prompt) && isText(q.key) && (q.chosen === null || isText(q.chosen)) && typeof q.correct === 'boolean', `${p}.questions[${i}]`))
}

export function ensureDeck(deck: ReviewDeck, p: string): void {
  ensure(typeof deck === 'object' && deck !== null && !Array.isArray(deck), `${p}: not an object`)
  for (const [key, c] of Object.entries(deck)) {
    ensure(c.fact === key && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key), `${p}.${key}: fact name`)
    ensure(Number.isInteger(c.box) && c.box >= 1 && c.box <= MAX_BOX, `${p}.${key}.box`)
    ensure(isDay(c.due), `${p}.${key}.due`)
    ensure(isCount(c.seen) && c.seen >= 1 && isCount(c.lapses) && c.lapses <= c.seen, `${p}.${key}: seen and lapses`)
  }
}

export function ensureCurrentQuiz(pr: CurrentQuiz, p: string): void {
  const { quiz, answers, index } = pr
  ensure(Array.isArray(quiz.questions) && quiz.questions.length > 0, `${p}.quiz.questions empty`)
  ensure(isText(quiz.seed) && (quiz.topic === null || isText(quiz.topic)) && isCount(quiz.count), `${p}.quiz settings`)
  ensure(['quiz', 'review', 'challenge'].includes(quiz.mode) && ['easy', 'normal', 'hard'].includes(quiz.difficulty), `${p}.quiz mode or difficulty`)
  quiz.questions.forEach((q, i) => {
    ensure(Array.isArray(q.options) && q.options.length >= 2 && q.options.every(isText), `${p}.questions[${i}].options`)
    ensure(isCount(q.answer) && q.answer < q.options.length, `${p}.questions[${i}].answer out of range`)
    ensure(Array.isArray(q.reasons) && q.reasons.length === q.options.length, `${p}.questions[${i}].reasons`)
    ensure(Array.isArray(q.sources) && Array.isArray(q.cites) && q.cites.every(isCount), `${p}.questions[${i}] sources or cites`)
  })
  ensure(Array.isArray(answers) && answers.length === quiz.questions.length, `${p}.answers: one per question`)
  ensure(isCount(index) && index < quiz.questions.length, `${p}.index out of range`)
  answers.forEach((a, i) => {
    const options = quiz.questions[i]?.options.length ?? 0
    ensure(a === null || (isCount(a) && a < options) || (a === TIMED_OUT && quiz.mode === 'challenge'), `${p}.answers[${i}] = ${a} out of range`)
    ensure(i < index ? a !== null : i > index ? a === null : true, `${p}.answers[${i}] out of order`)
  })
  ensure(pr.session === null || (isText(pr.session.code) && isText(pr.session.name) && typeof pr.session.feedback === 'boolean'), `${p}.session`)
}

export function ensureClassRecords(records: ClassRecord[], p: string): void {
  ensure(Array.isArray(records), `${p}: not a list`)
  records.forEach((r, i) => {
    ensure(/^[0-9A-HJKMNP-TV-Z]{1,10}$/.test(r.joinCode) && isDate(r.createdAt) && r.createdAt.length <= 40, `${p}[${i}] joinCode or createdAt`)
    r.results.forEach((c, j) => {
      ensure(new RegExp(`^[0-9A-HJKMNP-TV-Z]{1,${MAX_RESULT_CODE_LENGTH}}$`).test(c.code) && isDate(c.collectedAt) && c.collectedAt.length <= 40, `${p}[${i}].results[${j}] code or collectedAt`)
      ensure(isText(c.name) && c.name.length <= MAX_NAME_BYTES, `${p}[${i}].results[${j}].name`)
      ensure(Array.isArray(c.answers) && c.answers.length <= 31 && c.answers.every(a => a === null || (Number.isInteger(a) && a >= 0 && a <= 6)), `${p}[${i}].results[${j}].answers out of range`)
    })
  })
}
