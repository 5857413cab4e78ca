import type { Bank, Quiz, Score } from '../types.ts'
import type { Decoded } from './bits.ts'
import type { SessionSpec } from './join-code.ts'
import type { ResultSpec } from './result-code.ts'
import { buildQuiz } from '../generate/generate.ts'
import { scoreAttempt } from '../practice/score.ts'
import { bankFingerprint, sameSession } from './join-code.ts'

/**
 * A class session: the teacher's settings in a join code, from which every device builds the
 * very same quiz; and each student's result, re-scored by the teacher from the answers alone.
 */

export function sessionTopic(bank: Bank, spec: SessionSpec): string | null {
  return spec.topicIndex === 0 ? null : (bank.topics[spec.topicIndex - 1]?.id ?? null)
}

/** The session's quiz, or why this device cannot build it. */
export function buildSessionQuiz(bank: Bank, spec: SessionSpec): Decoded<Quiz> {
  if (spec.bank !== bankFingerprint(bank))
    return { ok: false, reason: 'This device has a different version of the questions from the teacher’s: update the app (reload it while online), then join again.' }
  if (spec.topicIndex > bank.topics.length)
    return { ok: false, reason: 'This session is on a topic this device does not have: update the app, then join again.' }
  const quiz = buildQuiz(bank, { seed: `session-${spec.seed}`, topic: sessionTopic(bank, spec), count: spec.count, difficulty: spec.difficulty })
  return { ok: true, value: quiz }
}

export interface ScoredResult {
  name: string
  score: Score
}

/** Re-scores a student's answers against the session's quiz; refuses another session's result. */
export function scoreResult(bank: Bank, session: SessionSpec, result: ResultSpec): Decoded<ScoredResult> {
  if (!sameSession(session, result.session))
    return { ok: false, reason: `The result of ${result.name || 'this student'} is from another session.` }
  const quiz = buildSessionQuiz(bank, session)
  if (!quiz.ok)
    return quiz
  if (result.answers.length !== quiz.value.questions.length)
    return { ok: false, reason: `The result of ${result.name || 'this student'} has ${result.answers.length} answers for ${quiz.value.questions.length} questions.` }
  const answers = result.answers.map((a, i) => (a !== null && a < (quiz.value.questions[i]?.options.length ?? 0) ? a : null))
  return { ok: true, value: { name: result.name, score: scoreAttempt(quiz.value.questions, answers) } }
}
