import type { Question, Score } from '../types.ts'

/**
 * An answer is the chosen option's index, `null` while the question is unanswered, or
 * TIMED_OUT when a timed challenge's clock ran out first.
 */
export type Answer = number | null

export const TIMED_OUT = -1

/** Timed challenge: points for each right answer, and a bonus for each one in an unbroken run. */
export const CHALLENGE_POINTS = { right: 100, streakBonus: 20 } as const

export function isCorrect(question: Question, answer: Answer): boolean {
  return answer !== null && answer === question.answer
}

export function scoreAttempt(questions: readonly Question[], answers: readonly Answer[]): Score {
  let correct = 0
  let answered = 0
  questions.forEach((q, i) => {
    const a = answers[i] ?? null
    if (a !== null)
      answered++
    if (isCorrect(q, a))
      correct++
  })
  const total = questions.length
  return { correct, answered, total, percent: percentRight(correct, total) }
}

/** A score in whole percent, rounded down so that only a perfect score shows 100 (0 for no questions). */
export function percentRight(correct: number, total: number): number {
  return total === 0 ? 0 : Math.floor((correct * 100) / total)
}

/**
 * Points in a timed challenge: 100 for a right answer, plus 20 for every right answer before it
 * in the current run. A wrong answer or a timeout ends the run.
 */
export function challengePoints(questions: readonly Question[], answers: readonly Answer[]): number {
  let points = 0
  let run = 0
  questions.forEach((q, i) => {
    if (isCorrect(q, answers[i] ?? null)) {
      points += CHALLENGE_POINTS.right + CHALLENGE_POINTS.streakBonus * run
      run++
    }
    else {
      run = 0
    }
  })
  return points
}
