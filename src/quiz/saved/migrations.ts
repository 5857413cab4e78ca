import { isPlainObject } from '../json.ts'

/**
 * How stored data moves from one schema to the next. `MIGRATIONS[n]` takes the data of each
 * storage key from schema n to schema n + 1. A migration is pure and total: it never throws,
 * never changes the value it is given, and leaves whatever it does not recognise as it was, for
 * the reader of the new schema to report. A released migration is frozen: a change to what is
 * stored is a new schema and a new entry here, with a frozen fixture of the old one in
 * tests/fixtures/storage/.
 */

/** The shape of data under each storage key (persist-requested is a flag). */
export type StoredKind = 'current-quiz' | 'history' | 'review' | 'classes' | 'flag'

export type Migration = (data: unknown) => unknown

/** The schema this build writes and reads. */
export const LATEST_SCHEMA = 2

type Json = Record<string, unknown>

/** The field's value, or `fallback` when the field is missing. Only own fields count. */
function orDefault(r: Json, key: string, fallback: unknown): unknown {
  return Object.hasOwn(r, key) && r[key] !== undefined ? r[key] : fallback
}

const keep: Migration = data => data

// Schema 1 was written by several builds. Early builds did not write fields later ones added,
// and the schema-1 reader filled them in as below; schema 2 stores them, so it can require them.
// Spreading copies an own `__proto__` key as a plain field: nothing here assigns through it.

/** Bank format 1 had no fact, form, kind or cites: a question was its own fact. */
function fillQuestion1(q: unknown): unknown {
  if (!isPlainObject(q))
    return q
  return {
    ...q,
    fact: orDefault(q, 'fact', q.id),
    form: orDefault(q, 'form', 'who'),
    kind: orDefault(q, 'kind', 'text'),
    cites: orDefault(q, 'cites', []),
  }
}

/** Quizzes saved before difficulties and modes existed were normal quizzes. */
function fillQuiz1(quiz: unknown): unknown {
  if (!isPlainObject(quiz))
    return quiz
  return {
    ...quiz,
    difficulty: orDefault(quiz, 'difficulty', 'normal'),
    mode: orDefault(quiz, 'mode', 'quiz'),
    questions: Array.isArray(quiz.questions) ? quiz.questions.map(fillQuestion1) : quiz.questions,
  }
}

/** A quiz saved before class sessions existed was nobody's session. */
function fillCurrentQuiz1(progress: unknown): unknown {
  if (!isPlainObject(progress))
    return progress
  return { ...progress, quiz: fillQuiz1(progress.quiz), session: orDefault(progress, 'session', null) }
}

/** Attempts saved before modes, challenges and class sessions: normal quizzes, no points, no code. */
function fillAttempt1(attempt: unknown): unknown {
  if (!isPlainObject(attempt))
    return attempt
  return {
    ...attempt,
    mode: orDefault(attempt, 'mode', 'quiz'),
    difficulty: orDefault(attempt, 'difficulty', 'normal'),
    points: orDefault(attempt, 'points', null),
    resultCode: orDefault(attempt, 'resultCode', null),
  }
}

export const MIGRATIONS: Readonly<Record<number, Readonly<Record<StoredKind, Migration>>>> = {
  1: {
    'current-quiz': fillCurrentQuiz1,
    'history': data => (Array.isArray(data) ? data.map(fillAttempt1) : data),
    'review': keep,
    'classes': keep,
    'flag': keep,
  },
}

/** Runs every migration from schema `from` to LATEST_SCHEMA; `from` must be 1 or more. */
export function migrate(kind: StoredKind, data: unknown, from: number): unknown {
  let value = data
  for (let n = from; n < LATEST_SCHEMA; n++) {
    const step = MIGRATIONS[n]
    if (step === undefined)
      throw new RangeError(`no migration from schema ${n}`)
    value = step[kind](value)
  }
  return value
}
