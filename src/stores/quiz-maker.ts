import bank from 'virtual:quorum-bank'
import { buildItemsQuiz, buildQuiz, buildReviewQuiz } from '../quiz/generate'
import { REVIEW_SESSION_LENGTH } from '../quiz/review'
import { QUIZ_LENGTHS } from '../quiz/settings'
import type { Quiz, QuizSettings } from '../quiz/types'

/**
 * The bank and the generator, loaded only when a quiz starts: the home screen does not need
 * them, and they are the largest part of the app's JavaScript.
 */
export function makeQuiz(settings: QuizSettings): Quiz {
  return buildQuiz(bank, settings)
}

export function makeReviewQuiz(facts: readonly string[], seed: string): Quiz {
  return buildReviewQuiz(bank, facts, seed, REVIEW_SESSION_LENGTH)
}

/** The longest quiz on a set of items: a paragraph's questions, say. */
const ITEMS_QUIZ_LIMIT = Math.max(...QUIZ_LENGTHS)

export function makeItemsQuiz(ids: readonly string[], seed: string): Quiz {
  return buildItemsQuiz(bank, ids, seed, ITEMS_QUIZ_LIMIT)
}
