import type { Difficulty, QuizMode } from '../types.ts'
import type { CurrentQuiz } from './current-quiz.ts'
import { challengePoints } from './score.ts'

/** The record kept of a finished quiz. */

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

/** The record of a finished quiz; `resultCode` is a class session's (see classroom/), else null. */
export function summariseAttempt(progress: CurrentQuiz, id: string, finishedAt: string, resultCode: string | null): Attempt {
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
    resultCode,
    questions,
  }
}
