import type { Attempt } from '../quiz/practice/attempt'
import type { Bank, Difficulty } from '../quiz/types'
import { buildQuiz } from '../quiz/generate/generate'
import { summariseAttempt } from '../quiz/practice/attempt'
import { createRng, randomIndex } from '../quiz/random'
import { DIFFICULTIES, QUIZ_LENGTHS } from '../quiz/settings'

/** The day the newest made-up attempt was finished; each older one a day before. */
const NEWEST = Date.parse('2026-06-30T16:00:00.000Z')
const DAY_MS = 86_400_000

/**
 * A student's history as the app itself would have written it: `n` quizzes built from `bank`
 * by the real generator, of every length, topic and difficulty, each answered (right about
 * two times in three) and summarised as a finished quiz is, newest first, a day apart.
 */
export function makeHistory(bank: Bank, n: number, seed = 'cap'): Attempt[] {
  const rng = createRng(seed)
  const topics = [null, ...bank.topics.map(t => t.id)]
  return Array.from({ length: n }, (_, i) => {
    const quiz = buildQuiz(bank, {
      seed: `${seed}-${i}`,
      count: QUIZ_LENGTHS[i % QUIZ_LENGTHS.length]!,
      topic: topics[i % topics.length]!,
      difficulty: DIFFICULTIES[i % DIFFICULTIES.length] as Difficulty,
    })
    const answers = quiz.questions.map(q => (rng() < 2 / 3 ? q.answer : randomIndex(rng, q.options.length)))
    const finishedAt = new Date(NEWEST - i * DAY_MS).toISOString()
    return summariseAttempt({ quiz, answers, index: quiz.questions.length - 1, session: null }, `${(NEWEST - i * DAY_MS).toString(36)}-${seed}${i}`, finishedAt, null)
  })
}
