import type { SessionSpec } from '~/quiz/classroom/join-code'
import { describe, expect, it } from 'vitest'
import { bankFingerprint, decodeSessionCode, encodeSessionCode } from '~/quiz/classroom/join-code'
import { decodeResultCode, encodeResultCode } from '~/quiz/classroom/result-code'
import { buildSessionQuiz, scoreResult, sessionTopic } from '~/quiz/classroom/session'
import { makeBigBank } from '../../builders'

const bank = makeBigBank(30)
function spec(over: Partial<SessionSpec> = {}): SessionSpec {
  return { topicIndex: 0, count: 10, difficulty: 'normal', feedback: true, seed: 4242, bank: bankFingerprint(bank), ...over }
}

describe('buildSessionQuiz', () => {
  it('builds the same quiz on every device from the join code alone', () => {
    const code = encodeSessionCode(spec({ topicIndex: 1, count: 5 }))
    const teacher = buildSessionQuiz(bank, spec({ topicIndex: 1, count: 5 }))
    const decoded = decodeSessionCode(code)
    expect(decoded.ok).toBe(true)
    const student = decoded.ok ? buildSessionQuiz(makeBigBank(30), decoded.value) : null
    expect(student).toEqual(teacher)
    expect(teacher.ok && teacher.value.questions.every(q => q.topic === bank.topics[0]!.id)).toBe(true)
  })

  it.each([
    ['another version of the questions', spec({ bank: (bankFingerprint(bank) + 1) % 1024 }), 'different version of the questions'],
    ['a topic this device lacks', spec({ topicIndex: 7 }), 'topic this device does not have'],
  ])('refuses %s with the reason', (_, s, reason) => {
    const quiz = buildSessionQuiz(bank, s)
    expect(quiz.ok).toBe(false)
    expect(!quiz.ok && quiz.reason).toContain(reason)
  })

  it.each([[0, null], [1, 'people'], [2, 'vote']])('topic %i is %j', (index, topic) => {
    expect(sessionTopic(bank, spec({ topicIndex: index }))).toBe(topic)
  })
})

describe('scoreResult', () => {
  const s = spec()
  const quiz = buildSessionQuiz(bank, s)
  const keys = quiz.ok ? quiz.value.questions.map(q => q.answer) : []

  it('re-scores a student from the answers in the result code', () => {
    const answers = keys.map((k, i) => (i < 7 ? k : (k + 1) % 3))
    const decoded = decodeResultCode(encodeResultCode({ session: s, name: 'Amal', answers }))
    expect(decoded.ok).toBe(true)
    const scored = decoded.ok ? scoreResult(bank, s, decoded.value) : null
    expect(scored).toEqual({ ok: true, value: { name: 'Amal', score: { correct: 7, answered: 10, total: 10, percent: 70 } } })
  })

  it.each([
    ['another session', { session: spec({ seed: 1 }), name: 'Bo', answers: keys }, 'from another session'],
    ['too few answers', { session: s, name: 'Cy', answers: keys.slice(0, 3) }, 'has 3 answers for 10 questions'],
  ])('refuses a result from %s', (_, result, reason) => {
    const scored = scoreResult(bank, s, result)
    expect(scored.ok).toBe(false)
    expect(!scored.ok && scored.reason).toContain(reason)
  })
})

describe('sessions at the edges', () => {
  it('builds a quiz on the last topic', () => {
    const quiz = buildSessionQuiz(bank, spec({ topicIndex: bank.topics.length, count: 5 }))
    expect(quiz.ok && quiz.value.questions.map(q => q.topic)).toEqual(Array.from({ length: 5 }, () => bank.topics.at(-1)!.id))
  })

  it('has no topic for an index past the last', () => {
    expect(sessionTopic(bank, spec({ topicIndex: bank.topics.length + 1 }))).toBeNull()
  })

  it.each([
    ['another session', spec({ seed: 1 }), 0, 'The result of this student is from another session.'],
    ['too few answers', spec(), 3, 'The result of this student has 3 answers for 10 questions.'],
  ])('names a student with no name in a refusal (%s)', (_, session, answers, reason) => {
    expect(scoreResult(bank, spec(), { session, name: '', answers: Array.from({ length: answers }, () => 0) })).toEqual({ ok: false, reason })
  })

  it('refuses to score a session this device cannot build', () => {
    const other = spec({ bank: (bankFingerprint(bank) + 1) % 1024 })
    const scored = scoreResult(bank, other, { session: other, name: 'Amal', answers: [] })
    expect(scored).toEqual({ ok: false, reason: expect.stringContaining('different version of the questions') })
  })

  it('counts an answer past the options of its question as none', () => {
    const built = buildSessionQuiz(bank, spec())
    const questions = built.ok ? built.value.questions : []
    // Each question's key, except the first two: one option past the last, and the option count itself.
    const answers = questions.map((q, i) => (i === 0 ? q.options.length + 1 : i === 1 ? q.options.length : q.answer))
    expect(scoreResult(bank, spec(), { session: spec(), name: 'Amal', answers })).toEqual({
      ok: true,
      value: { name: 'Amal', score: { correct: 8, answered: 8, total: 10, percent: 80 } },
    })
  })
})
