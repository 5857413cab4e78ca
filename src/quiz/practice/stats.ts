import type { Attempt } from './attempt.ts'

/** Figures of the Progress screen, from the finished attempts. */

/**
 * The longest run of right answers in a row, across attempts taken in the order they were
 * finished: a run carries over from one quiz into the next.
 */
export function bestStreak(attempts: readonly Attempt[]): number {
  const ordered = attempts.slice().sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0))
  let best = 0
  let run = 0
  for (const attempt of ordered) {
    for (const q of attempt.questions) {
      run = q.correct ? run + 1 : 0
      best = Math.max(best, run)
    }
  }
  return best
}

/** Share of questions answered right over every attempt, in whole percent; null with none. */
export function overallAccuracy(attempts: readonly Attempt[]): number | null {
  const total = attempts.reduce((n, a) => n + a.total, 0)
  return total === 0 ? null : Math.round((100 * attempts.reduce((n, a) => n + a.correct, 0)) / total)
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

/** The figures of a history, worked out together so that a store can keep them until the history changes. */
export interface HistorySummary {
  best: Attempt | null
  streak: number
  accuracy: number | null
}

export function summariseHistory(attempts: readonly Attempt[]): HistorySummary {
  return { best: bestAttempt(attempts), streak: bestStreak(attempts), accuracy: overallAccuracy(attempts) }
}
