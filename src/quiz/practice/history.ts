import type { Check } from '../saved/check.ts'
import type { ReadResult } from '../saved/envelope.ts'
import type { Attempt, AttemptQuestion } from './attempt.ts'
import { bool, fail, int, list, nullable, oneOf, record, str } from '../saved/check.ts'
import { readList } from '../saved/envelope.ts'
import { DIFFICULTIES } from '../settings.ts'
import { QUIZ_MODES } from '../types.ts'

/** The finished attempts kept on the device, newest first: how they are read, added and merged. */

export const MAX_HISTORY = 500

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
    mode: oneOf(QUIZ_MODES)(r.mode, `${p}.mode`),
    difficulty: oneOf(DIFFICULTIES)(r.difficulty, `${p}.difficulty`),
    topic: nullable(str)(r.topic, `${p}.topic`),
    correct,
    total,
    points: nullable(int)(r.points, `${p}.points`),
    resultCode: nullable(str)(r.resultCode, `${p}.resultCode`),
    questions,
  }
}

export const checkAttempts: Check<Attempt[]> = (v, p) => list(attempt)(v, p)

/** Reads the history; attempts that do not check out are dropped and reported, the rest kept. */
export function readHistory(raw: string | null): ReadResult<Attempt[]> {
  return readList(raw, attempt, 'history', 'saved results')
}

/** From this many results on, the student is told the history will soon be full. */
export const NEARLY_FULL = MAX_HISTORY - 10

/**
 * What a student with `count` results is told, so that no result is dropped without a word:
 * before the history is full, and once it is, each new result replacing the oldest. Null with room.
 */
export function historyFullness(count: number): string | null {
  if (count >= MAX_HISTORY)
    return `Your history is full: Quorum keeps your ${MAX_HISTORY} most recent results on this device, so each new result now replaces the oldest. To keep every result, export your data to a file from time to time.`
  if (count >= NEARLY_FULL)
    return `Your history is nearly full: Quorum keeps ${MAX_HISTORY} results on this device, and past that each new result replaces the oldest. To keep every result, export your data to a file now.`
  return null
}

/** Newest first, at most MAX_HISTORY, one entry per attempt id. */
export function addAttempt(history: readonly Attempt[], next: Attempt): Attempt[] {
  return [next, ...history.filter(a => a.id !== next.id)].slice(0, MAX_HISTORY)
}

/**
 * Every attempt of both copies, one per id (the first of each), newest first (another tab's `stored` and this tab's
 * `mine`, or this device's and an imported file's). `stored` wins ties: its copy of an attempt
 * both have, and its place among attempts finished at the same time. When `stored` is in order
 * and already holds everything `mine` has, the merge equals `stored`, so two tabs that merge
 * each other's writes settle.
 */
export function mergeHistory(stored: readonly Attempt[], mine: readonly Attempt[]): Attempt[] {
  return mergeHistoryUncapped(stored, mine).slice(0, MAX_HISTORY)
}

/** mergeHistory with no cap: every attempt of both. */
export function mergeHistoryUncapped(stored: readonly Attempt[], mine: readonly Attempt[]): Attempt[] {
  const ids = new Set<string>()
  const merged = [...stored, ...mine].filter(a => !ids.has(a.id) && ids.add(a.id))
  // A stable sort: attempts finished together keep stored's first, each side in its own order.
  return merged.sort((a, b) => (a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0))
}
