import type { Decoded } from '~/quiz/classroom/bits'
import type { SessionSpec } from '~/quiz/classroom/join-code'
import type { Quiz, QuizSettings } from '~/quiz/types'
import bank from 'virtual:quorum-bank'
import { normaliseCode } from '~/quiz/classroom/bits'
import { decodeSessionCode } from '~/quiz/classroom/join-code'
import { buildSessionQuiz } from '~/quiz/classroom/session'
import { buildItemsQuiz, buildQuiz, buildReviewQuiz } from '~/quiz/generate/generate'
import { REVIEW_SESSION_LENGTH } from '~/quiz/practice/review'
import { ITEMS_QUIZ_LIMIT } from '~/quiz/settings'

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

export function makeItemsQuiz(ids: readonly string[], seed: string): Quiz {
  return buildItemsQuiz(bank, ids, seed, ITEMS_QUIZ_LIMIT)
}

/** A class session's quiz from its join code, or why it cannot be built here. */
export function makeSessionQuiz(code: string): Decoded<{ quiz: Quiz, spec: SessionSpec, normalised: string }> {
  const decoded = decodeSessionCode(code)
  if (!decoded.ok)
    return decoded
  const quiz = buildSessionQuiz(bank, decoded.value)
  if (!quiz.ok)
    return quiz
  return { ok: true, value: { quiz: quiz.value, spec: decoded.value, normalised: normaliseCode(code) ?? code } }
}
