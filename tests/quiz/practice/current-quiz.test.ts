import { describe, expect, it } from 'vitest'
import { summariseAttempt } from '~/quiz/practice/attempt'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { wrapEnvelope } from '~/quiz/saved/envelope'
import { makeCurrentQuiz } from '../../builders'

const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))

describe('readCurrentQuiz', () => {
  it('reads back what was written', () => {
    const progress = makeCurrentQuiz({ answers: [1, null], index: 1 })
    expect(readCurrentQuiz(stored(progress))).toEqual({ status: 'ok', data: progress })
  })

  it('reports nothing stored as empty', () => {
    expect(readCurrentQuiz(null)).toEqual({ status: 'empty' })
  })

  it.each([
    ['truncated JSON', stored(makeCurrentQuiz()).slice(0, 40), 'not valid JSON'],
    ['null', 'null', 'stored value should be an object'],
    ['an array', '[]', 'stored value should be an object'],
    ['a number', '42', 'stored value should be an object'],
    ['another app', JSON.stringify({ app: 'other', schema: 1, data: {} }), 'not written by Quorum'],
    ['a schema no version wrote', JSON.stringify({ app: 'quorum', schema: 0, data: {} }), 'schema version'],
    ['answers of the wrong length', stored(makeCurrentQuiz({ answers: [null] })), 'data.answers'],
    ['an answer out of range', stored(makeCurrentQuiz({ answers: [7, null] })), 'data.answers[0]'],
    ['an index past the end', stored(makeCurrentQuiz({ index: 2 })), 'data.index'],
    ['a negative index', stored(makeCurrentQuiz({ index: -1 })), 'data.index'],
    ['a question with no options', stored({ ...makeCurrentQuiz(), quiz: { ...makeCurrentQuiz().quiz, questions: [{ ...makeCurrentQuiz().quiz.questions[0], options: [] }] }, answers: [null] }), 'data.quiz.questions[0].answer'],
    ['a string where a list belongs', stored({ ...makeCurrentQuiz(), answers: 'none' }), 'data.answers should be a list'],
    ['an unanswered question before the current one', stored(makeCurrentQuiz({ answers: [null, null], index: 1 })), 'data.answers[0] should be answered'],
    ['an answered question after the current one', stored(makeCurrentQuiz({ answers: [null, 1], index: 0 })), 'data.answers[1] should be unanswered'],
    ['a __proto__ key', `{"app":"quorum","schema":1,"data":{"__proto__":{"x":1}}}`, 'data.quiz should be an object'],
  ])('reports %s as corrupt with a reason', (_, raw, reason) => {
    const result = readCurrentQuiz(raw)
    expect(result.status).toBe('corrupt')
    expect(result.status === 'corrupt' && result.reason).toContain(reason)
  })
})

describe('timed challenges in saved data', () => {
  it('accepts a timed-out answer in a challenge, and its points', () => {
    const quiz = { ...makeCurrentQuiz().quiz, mode: 'challenge' as const }
    const progress = makeCurrentQuiz({ quiz, answers: [-1, null], index: 1 })
    expect(readCurrentQuiz(stored(progress))).toEqual({ status: 'ok', data: progress })
    const attempt = summariseAttempt(makeCurrentQuiz({ quiz, answers: [-1, 1], index: 1 }), 'c', '2026-01-02T10:00:00.000Z', null)
    expect(attempt).toMatchObject({ mode: 'challenge', correct: 1, points: 100 })
    expect(attempt.questions[0]).toMatchObject({ chosen: null, correct: false })
  })

  it('refuses a timed-out answer outside a challenge', () => {
    const result = readCurrentQuiz(stored(makeCurrentQuiz({ answers: [-1, null], index: 1 })))
    expect(result).toEqual({ status: 'corrupt', reason: expect.stringContaining('only a timed challenge can time out') })
  })
})
