import type { ReviewCard, ReviewDeck } from '../practice/review.ts'
import type { Answer } from '../practice/score.ts'
import type { AnswerKind, Difficulty, Question, QuestionForm, Quiz, QuizMode, Source } from '../types.ts'
import type { StoredKind } from './migrations.ts'
import { decodeSessionCode, encodeResultCode } from '../classroom/codes.ts'
import { isDay, MAX_BOX } from '../practice/review.ts'
import { challengePoints, TIMED_OUT } from '../practice/score.ts'
import { cleanText } from '../text.ts'
import { LATEST_SCHEMA, migrate } from './migrations.ts'

/**
 * What Quorum keeps on the device, and how it is checked when read back.
 * Every stored value sits in an envelope that names its schema version. A value of an older schema
 * is migrated (migrations.ts) and then checked like a new one; a value of a newer schema is left
 * alone; anything that does not check out is reported as corrupt so the caller can keep the raw
 * value aside.
 */

export const SAVED_SCHEMA_VERSION = LATEST_SCHEMA
export const MAX_HISTORY = 500

export interface Envelope<T> {
  app: 'quorum'
  schema: number
  data: T
}

/**
 * `migratedFrom` is set when the stored value had an older schema: `data` is the migrated value,
 * and the stored one is still in the old schema.
 */
export type ReadResult<T>
  = | { status: 'empty' }
    | { status: 'ok', data: T, migratedFrom?: number }
  /** Some of the value was usable: `data` is what checked out, `reason` says what did not. */
    | { status: 'partial', data: T, reason: string, migratedFrom?: number }
    | { status: 'corrupt', reason: string, migratedFrom?: number }
  /** Written by a newer version of Quorum, in a schema this build cannot read: not to be touched. */
    | { status: 'newer', schema: number }

/** A class session joined with a code: who the student is, and whether to show feedback. */
export interface ClassSession {
  /** The join code, normalised. */
  code: string
  name: string
  feedback: boolean
}

export interface QuizProgress {
  quiz: Quiz
  answers: Answer[]
  /** The question on screen. */
  index: number
  /** Set when the quiz is a class session's. */
  session: ClassSession | null
}

export interface AttemptQuestion {
  id: string
  prompt: string
  chosen: string | null
  key: string
  correct: boolean
}

export interface Attempt {
  id: string
  /** ISO 8601 time the last question was answered. */
  finishedAt: string
  seed: string
  mode: QuizMode
  difficulty: Difficulty
  topic: string | null
  correct: number
  total: number
  /** Points in a timed challenge, streak bonus included; null otherwise. */
  points: number | null
  /** For a class session: the code that carries the student's answers to the teacher. */
  resultCode: string | null
  questions: AttemptQuestion[]
}

export function wrapEnvelope<T>(data: T): Envelope<T> {
  return { app: 'quorum', schema: SAVED_SCHEMA_VERSION, data }
}

/** Thrown by checkers below; the message says where the data went wrong. */
class Invalid extends Error {}

export type Check<T> = (value: unknown, path: string) => T

export function fail(path: string, expected: string): never {
  throw new Invalid(`${path} should be ${expected}`)
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, 'an object')
  return value as Record<string, unknown>
}

/** Every string read back is cleaned: stored and imported text is shown as text (see text.ts). */
export const str: Check<string> = (v, p) => (typeof v === 'string' ? cleanText(v) : fail(p, 'a string'))
const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'))
export const int: Check<number> = (v, p) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(p, 'a whole number'))
export const nullable = <T>(check: Check<T>): Check<T | null> => (v, p) => (v === null ? null : check(v, p))

export function list<T>(check: Check<T>): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v))
      fail(p, 'a list')
    return v.map((x, i) => check(x, `${p}[${i}]`))
  }
}

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, p) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `one of ${values.join(', ')}`))
}

const FORMS: readonly QuestionForm[] = ['who', 'number', 'quote', 'cause', 'report', 'rule', 'scenario']
const KINDS: readonly AnswerKind[] = ['person', 'country', 'number', 'organisation', 'text']
const DIFFICULTY_NAMES: readonly Difficulty[] = ['easy', 'normal', 'hard']
const MODES: readonly QuizMode[] = ['quiz', 'review', 'challenge']

const source: Check<Source> = (v, p) => {
  const r = record(v, p)
  if (r.kind === 'article')
    return { kind: 'article', quote: str(r.quote, `${p}.quote`) }
  if (r.kind === 'charter' || r.kind === 'rules' || r.kind === 'record') {
    const s: Source = { kind: r.kind, ref: str(r.ref, `${p}.ref`) }
    if (r.quote !== undefined)
      s.quote = str(r.quote, `${p}.quote`)
    return s
  }
  return fail(`${p}.kind`, 'article, charter, rules or record')
}

const question: Check<Question> = (v, p) => {
  const r = record(v, p)
  const options = list(str)(r.options, `${p}.options`)
  const answer = int(r.answer, `${p}.answer`)
  if (options.length < 2 || answer >= options.length)
    fail(`${p}.answer`, 'the index of one of at least two options')
  const reasons = list(nullable(str))(r.reasons, `${p}.reasons`)
  if (reasons.length !== options.length)
    fail(`${p}.reasons`, 'one entry per option')
  // Schema 1 let fact, form, kind and cites be missing; the migration to schema 2 fills them in.
  return {
    id: str(r.id, `${p}.id`),
    topic: str(r.topic, `${p}.topic`),
    fact: str(r.fact, `${p}.fact`),
    form: oneOf(FORMS)(r.form, `${p}.form`),
    kind: oneOf(KINDS)(r.kind, `${p}.kind`),
    prompt: str(r.prompt, `${p}.prompt`),
    options,
    answer,
    reasons,
    explanation: str(r.explanation, `${p}.explanation`),
    sources: list(source)(r.sources, `${p}.sources`),
    cites: list(int)(r.cites, `${p}.cites`),
  }
}

const quiz: Check<Quiz> = (v, p) => {
  const r = record(v, p)
  const questions = list(question)(r.questions, `${p}.questions`)
  if (questions.length === 0)
    fail(`${p}.questions`, 'a non-empty list')
  return {
    seed: str(r.seed, `${p}.seed`),
    topic: nullable(str)(r.topic, `${p}.topic`),
    count: int(r.count, `${p}.count`),
    difficulty: oneOf(DIFFICULTY_NAMES)(r.difficulty, `${p}.difficulty`),
    mode: oneOf(MODES)(r.mode, `${p}.mode`),
    questions,
  }
}

const classSession: Check<ClassSession> = (v, p) => {
  const r = record(v, p)
  return { code: str(r.code, `${p}.code`), name: str(r.name, `${p}.name`), feedback: bool(r.feedback, `${p}.feedback`) }
}

/** An option's index, or TIMED_OUT. */
const answerIndex: Check<number> = (v, p) => (v === TIMED_OUT ? TIMED_OUT : int(v, p))

const progress: Check<QuizProgress> = (v, p) => {
  const r = record(v, p)
  const q = quiz(r.quiz, `${p}.quiz`)
  const answers = list(nullable(answerIndex))(r.answers, `${p}.answers`)
  if (answers.length !== q.questions.length)
    fail(`${p}.answers`, 'one entry per question')
  answers.forEach((a, i) => {
    if (a !== null && a >= (q.questions[i]?.options.length ?? 0))
      fail(`${p}.answers[${i}]`, 'the index of an option')
    if (a === TIMED_OUT && q.mode !== 'challenge')
      fail(`${p}.answers[${i}]`, 'the index of an option (only a timed challenge can time out)')
  })
  const index = int(r.index, `${p}.index`)
  if (index >= q.questions.length)
    fail(`${p}.index`, 'the index of a question')
  // Questions are answered in order: every one before the current is answered, none after it.
  answers.forEach((a, i) => {
    if ((i < index && a === null) || (i > index && a !== null))
      fail(`${p}.answers[${i}]`, i < index ? 'answered, as it comes before the current question' : 'unanswered, as it comes after the current question')
  })
  return { quiz: q, answers, index, session: nullable(classSession)(r.session, `${p}.session`) }
}

const attemptQuestion: Check<AttemptQuestion> = (v, p) => {
  const r = record(v, p)
  return {
    id: str(r.id, `${p}.id`),
    prompt: str(r.prompt, `${p}.prompt`),
    chosen: nullable(str)(r.chosen, `${p}.chosen`),
    key: str(r.key, `${p}.key`),
    correct: bool(r.correct, `${p}.correct`),
  }
}

const attempt: Check<Attempt> = (v, p) => {
  const r = record(v, p)
  const finishedAt = str(r.finishedAt, `${p}.finishedAt`)
  if (Number.isNaN(Date.parse(finishedAt)))
    fail(`${p}.finishedAt`, 'a date')
  const questions = list(attemptQuestion)(r.questions, `${p}.questions`)
  const correct = int(r.correct, `${p}.correct`)
  const total = int(r.total, `${p}.total`)
  if (total !== questions.length || correct > total)
    fail(`${p}.total`, 'the number of questions, with correct at most total')
  return {
    id: str(r.id, `${p}.id`),
    finishedAt,
    seed: str(r.seed, `${p}.seed`),
    mode: oneOf(MODES)(r.mode, `${p}.mode`),
    difficulty: oneOf(DIFFICULTY_NAMES)(r.difficulty, `${p}.difficulty`),
    topic: nullable(str)(r.topic, `${p}.topic`),
    correct,
    total,
    points: nullable(int)(r.points, `${p}.points`),
    resultCode: nullable(str)(r.resultCode, `${p}.resultCode`),
    questions,
  }
}

const ENVELOPE_START = /^\{"app":"quorum","schema":(\d{1,9}),/

/**
 * The schema of a stored value, without checking its data: null when there is no value or it is
 * not a Quorum envelope. Cheap for the envelopes Quorum writes, which start the same way.
 */
export function envelopeSchema(raw: string | null): number | null {
  if (raw === null)
    return null
  const start = ENVELOPE_START.exec(raw)
  if (start !== null)
    return Number(start[1])
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return null
    const env = parsed as Record<string, unknown>
    return env.app === 'quorum' && Number.isSafeInteger(env.schema) ? env.schema as number : null
  }
  catch {
    return null
  }
}

function corrupt(error: unknown, migratedFrom: number | undefined): ReadResult<never> {
  const reason = error instanceof SyntaxError
    ? 'it is not valid JSON'
    : error instanceof Invalid ? error.message : 'it could not be read'
  return migratedFrom === undefined ? { status: 'corrupt', reason } : { status: 'corrupt', reason, migratedFrom }
}

/**
 * Reads an envelope from its stored text. Never throws. Data of an older schema is migrated
 * first when `kind` says which migrations apply; data of a newer schema is not looked at.
 */
export function readEnvelope<T>(raw: string | null, check: Check<T>, kind?: StoredKind): ReadResult<T> {
  if (raw === null)
    return { status: 'empty' }
  let migratedFrom: number | undefined
  try {
    const parsed: unknown = JSON.parse(raw)
    const env = record(parsed, 'stored value')
    if (env.app !== 'quorum')
      return { status: 'corrupt', reason: 'it was not written by Quorum' }
    const schema = env.schema
    if (typeof schema !== 'number' || !Number.isSafeInteger(schema) || schema < 1)
      return { status: 'corrupt', reason: `it has schema version ${String(schema)}, which no version of Quorum writes` }
    if (schema > SAVED_SCHEMA_VERSION)
      return { status: 'newer', schema }
    if (schema === SAVED_SCHEMA_VERSION)
      return { status: 'ok', data: check(env.data, 'data') }
    if (kind === undefined)
      return { status: 'corrupt', reason: `it has schema version ${schema}, and this reader takes only version ${SAVED_SCHEMA_VERSION}` }
    migratedFrom = schema
    return { status: 'ok', data: check(migrate(kind, env.data, schema), 'data'), migratedFrom }
  }
  catch (error) {
    return corrupt(error, migratedFrom)
  }
}

export function readProgress(raw: string | null): ReadResult<QuizProgress> {
  return readEnvelope(raw, progress, 'progress')
}

/** Like `list(check)`, but keeps the entries that check out and notes the ones that do not. */
export function salvage<T>(check: Check<T>): Check<{ kept: T[], dropped: string[] }> {
  return (v, p) => {
    if (!Array.isArray(v))
      fail(p, 'a list')
    const kept: T[] = []
    const dropped: string[] = []
    v.forEach((x, i) => {
      try {
        kept.push(check(x, `${p}[${i}]`))
      }
      catch (error) {
        if (!(error instanceof Invalid))
          throw error
        dropped.push(error.message)
      }
    })
    return { kept, dropped }
  }
}

/** What a salvaging read kept, and why it dropped the rest. */
interface Salvaged<T> {
  kept: T
  dropped: string[]
}

/** Turns a salvaging read into `ok`, or `partial` with `describe` saying how much was dropped. */
function salvaged<T>(result: ReadResult<Salvaged<T>>, describe: (dropped: string[], kept: T) => string): ReadResult<T> {
  if (result.status === 'empty' || result.status === 'corrupt' || result.status === 'newer')
    return result
  const { kept, dropped } = result.data
  const from = result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }
  if (dropped.length === 0)
    return { status: 'ok', data: kept, ...from }
  return { status: 'partial', data: kept, reason: describe(dropped, kept), ...from }
}

function firstOf(dropped: string[]): string {
  return `${dropped[0]}${dropped.length > 1 ? ', …' : ''}`
}

/**
 * Reads a stored list entry by entry. One bad entry does not cost the others: they are kept, and
 * the result is `partial` with the reason, so the caller can back up the raw value and tell the user.
 */
export function readList<T>(raw: string | null, check: Check<T>, kind: StoredKind, noun: string): ReadResult<T[]> {
  return salvaged(readEnvelope(raw, salvage(check), kind), (dropped, kept) => `${dropped.length} of ${kept.length + dropped.length} ${noun} could not be read (${firstOf(dropped)})`)
}

/** Reads the history; attempts that do not check out are dropped and reported, the rest kept. */
export function readHistory(raw: string | null): ReadResult<Attempt[]> {
  return readList(raw, attempt, 'history', 'saved results')
}

/** The best score among attempts, by share of questions right; `null` with no attempts. */
export function bestAttempt(attempts: readonly Attempt[]): Attempt | null {
  let best: Attempt | null = null
  for (const a of attempts) {
    if (a.total === 0)
      continue
    if (best === null || a.correct / a.total > best.correct / best.total)
      best = a
  }
  return best
}

/** The record kept of a finished quiz. */
export function summariseAttempt(progress: QuizProgress, id: string, finishedAt: string): Attempt {
  const { quiz: q, answers } = progress
  const questions = q.questions.map((question, i): AttemptQuestion => {
    const chosen = answers[i] ?? null
    return {
      id: question.id,
      prompt: question.prompt,
      chosen: chosen === null ? null : (question.options[chosen] ?? null),
      key: question.options[question.answer] ?? '',
      correct: chosen === question.answer,
    }
  })
  return {
    id,
    finishedAt,
    seed: q.seed,
    mode: q.mode,
    difficulty: q.difficulty,
    topic: q.topic,
    correct: questions.filter(x => x.correct).length,
    total: questions.length,
    points: q.mode === 'challenge' ? challengePoints(q.questions, answers) : null,
    resultCode: resultCodeOf(progress),
    questions,
  }
}

/** The result code of a finished class session, or null for any other quiz. */
function resultCodeOf(progress: QuizProgress): string | null {
  if (progress.session === null)
    return null
  const session = decodeSessionCode(progress.session.code)
  if (!session.ok)
    return null
  const answers = progress.answers.map(a => (a === null || a < 0 ? null : a))
  return encodeResultCode({ session: session.value, name: progress.session.name, answers })
}

/** Newest first, at most MAX_HISTORY, one entry per attempt id. */
export function addAttempt(history: readonly Attempt[], next: Attempt): Attempt[] {
  return [next, ...history.filter(a => a.id !== next.id)].slice(0, MAX_HISTORY)
}

const FACT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const reviewCard: Check<ReviewCard> = (v, p) => {
  const r = record(v, p)
  const fact = str(r.fact, `${p}.fact`)
  if (!FACT_NAME.test(fact))
    fail(`${p}.fact`, 'a fact name')
  const box = int(r.box, `${p}.box`)
  if (box < 1 || box > MAX_BOX)
    fail(`${p}.box`, `a box from 1 to ${MAX_BOX}`)
  const due = str(r.due, `${p}.due`)
  if (!isDay(due))
    fail(`${p}.due`, 'a day such as 2026-11-27')
  const seen = int(r.seen, `${p}.seen`)
  const lapses = int(r.lapses, `${p}.lapses`)
  if (lapses > seen || seen === 0)
    fail(`${p}.lapses`, 'at most the times seen, which is at least one')
  return { fact, box, due, seen, lapses }
}

/**
 * A deck from a stored object. The fact name is checked before it is used as a key, and the key
 * is defined, not assigned, so no key from stored data can reach a prototype.
 */
function deckOf(v: unknown, p: string, onBadCard: (error: Invalid) => void): ReviewDeck {
  const r = record(v, p)
  const deck: ReviewDeck = {}
  for (const [key, value] of Object.entries(r)) {
    try {
      const card = reviewCard(value, `${p}.${key}`)
      if (card.fact !== key)
        fail(`${p}.${key}.fact`, 'the name it is stored under')
      Object.defineProperty(deck, key, { value: card, enumerable: true, writable: true, configurable: true })
    }
    catch (error) {
      if (!(error instanceof Invalid))
        throw error
      onBadCard(error)
    }
  }
  return deck
}

/** Reads the review schedule; cards that do not check out are dropped and reported, the rest kept. */
export function readReview(raw: string | null): ReadResult<ReviewDeck> {
  const result = readEnvelope(raw, (v, p): Salvaged<ReviewDeck> => {
    const dropped: string[] = []
    return { kept: deckOf(v, p, error => dropped.push(error.message)), dropped }
  }, 'review')
  return salvaged(result, dropped => `${dropped.length} review card${dropped.length === 1 ? '' : 's'} could not be read (${firstOf(dropped)})`)
}

/** Runs a checker without throwing: the value, or the reason it does not check out. */
export function checkValue<T>(check: Check<T>, value: unknown, path: string): { ok: true, value: T } | { ok: false, reason: string } {
  try {
    return { ok: true, value: check(value, path) }
  }
  catch (error) {
    return { ok: false, reason: error instanceof Invalid ? error.message : 'it could not be read' }
  }
}

export const checkAttempts: Check<Attempt[]> = (v, p) => list(attempt)(v, p)
export const checkProgress: Check<QuizProgress> = progress
export const checkDeck: Check<ReviewDeck> = (v, p) => deckOf(v, p, (error) => {
  throw error
})

/** A stored yes/no, such as whether persistent storage has been asked for. */
export function readFlag(raw: string | null): ReadResult<boolean> {
  return readEnvelope(raw, bool, 'flag')
}
