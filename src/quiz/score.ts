import type { Question, Score } from './types.ts'

/** An answer is the chosen option's index, or `null` while the question is unanswered. */
export type Answer = number | null

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
  return { correct, answered, total, percent: total === 0 ? 0 : Math.floor((correct * 100) / total) }
}
