import { describe, expect, it } from 'vitest'
import {
  addAttempt,
  bestAttempt,
  MAX_HISTORY,
  readEnvelope,
  readHistory,
  readProgress,
  summariseAttempt,
  wrapEnvelope,
} from '../../src/quiz/saved'
import { makeAttempt, makeProgress } from '../builders'

const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))

describe('readProgress', () => {
  it('reads back what was written', () => {
    const progress = makeProgress({ answers: [1, null], index: 1 })
    expect(readProgress(stored(progress))).toEqual({ status: 'ok', data: progress })
  })

  it('reports nothing stored as empty', () => {
    expect(readProgress(null)).toEqual({ status: 'empty' })
  })

  it.each([
    ['truncated JSON', stored(makeProgress()).slice(0, 40), 'not valid JSON'],
    ['null', 'null', 'stored value should be an object'],
    ['an array', '[]', 'stored value should be an object'],
    ['a number', '42', 'stored value should be an object'],
    ['another app', JSON.stringify({ app: 'other', schema: 1, data: {} }), 'not written by Quorum'],
    ['a schema no version wrote', JSON.stringify({ app: 'quorum', schema: 0, data: {} }), 'schema version'],
    ['answers of the wrong length', stored(makeProgress({ answers: [null] })), 'data.answers'],
    ['an answer out of range', stored(makeProgress({ answers: [7, null] })), 'data.answers[0]'],
    ['an index past the end', stored(makeProgress({ index: 2 })), 'data.index'],
    ['a negative index', stored(makeProgress({ index: -1 })), 'data.index'],
    ['a question with no options', stored({ ...makeProgress(), quiz: { ...makeProgress().quiz, questions: [{ ...makeProgress().quiz.questions[0], options: [] }] }, answers: [null] }), 'data.quiz.questions[0].answer'],
    ['a string where a list belongs', stored({ ...makeProgress(), answers: 'none' }), 'data.answers should be a list'],
    ['an unanswered question before the current one', stored(makeProgress({ answers: [null, null], index: 1 })), 'data.answers[0] should be answered'],
    ['an answered question after the current one', stored(makeProgress({ answers: [null, 1], index: 0 })), 'data.answers[1] should be unanswered'],
    ['a __proto__ key', `{"app":"quorum","schema":1,"data":{"__proto__":{"x":1}}}`, 'data.quiz should be an object'],
  ])('reports %s as corrupt with a reason', (_, raw, reason) => {
    const result = readProgress(raw)
    expect(result.status).toBe('corrupt')
    expect(result.status === 'corrupt' && result.reason).toContain(reason)
  })
})

describe('readHistory', () => {
  it('reads back a list of attempts', () => {
    const attempts = [makeAttempt(), makeAttempt({ id: 'a-2' })]
    expect(readHistory(stored(attempts))).toEqual({ status: 'ok', data: attempts })
  })

  it.each([
    ['a total that does not match', makeAttempt({ id: 'bad', total: 3 }), 'data[1].total'],
    ['more right than asked', makeAttempt({ id: 'bad', correct: 5 }), 'data[1].total'],
    ['a bad date', makeAttempt({ id: 'bad', finishedAt: 'yesterday' }), 'data[1].finishedAt'],
    ['a missing answer flag', makeAttempt({ id: 'bad', questions: [{ id: 'q', prompt: 'p', chosen: null, key: 'k' } as never, makeAttempt().questions[1]!] }), 'data[1].questions[0].correct'],
    ['null', null, 'data[1] should be an object'],
  ])('keeps the good attempts around one with %s, and says why', (_, bad, reason) => {
    const result = readHistory(stored([makeAttempt({ id: 'a' }), bad, makeAttempt({ id: 'b' })]))
    expect(result).toEqual({
      status: 'partial',
      data: [makeAttempt({ id: 'a' }), makeAttempt({ id: 'b' })],
      reason: expect.stringContaining(reason),
    })
    expect(result.status === 'partial' && result.reason).toContain('1 of 3 saved results')
  })

  it('reports a history that is not a list as corrupt', () => {
    expect(readHistory(stored({ attempts: [] }))).toEqual({ status: 'corrupt', reason: expect.stringContaining('data should be a list') })
  })
})

describe('readEnvelope', () => {
  it('never throws, even when the checker fails unexpectedly', () => {
    const result = readEnvelope(stored({}), () => {
      throw new TypeError('boom')
    })
    expect(result.status).toBe('corrupt')
  })
})

describe('summariseAttempt', () => {
  it('records each answer as text beside the key, and the score', () => {
    const attempt = summariseAttempt(makeProgress({ answers: [1, 0], index: 1 }), 'id-1', '2026-01-02T10:00:00.000Z')
    expect(attempt).toMatchObject({ id: 'id-1', correct: 1, total: 2, seed: 'test', topic: null })
    expect(attempt.questions.map(q => [q.chosen, q.key, q.correct])).toEqual([
      ['United States', 'United States', true],
      ['France', 'United States', false],
    ])
  })
})

describe('addAttempt', () => {
  it('puts the newest first and replaces an attempt with the same id', () => {
    const history = [makeAttempt({ id: 'a' }), makeAttempt({ id: 'b' })]
    expect(addAttempt(history, makeAttempt({ id: 'c' })).map(a => a.id)).toEqual(['c', 'a', 'b'])
    expect(addAttempt(history, makeAttempt({ id: 'b' })).map(a => a.id)).toEqual(['b', 'a'])
  })

  it(`keeps at most ${MAX_HISTORY} attempts`, () => {
    const history = Array.from({ length: MAX_HISTORY }, (_, i) => makeAttempt({ id: String(i) }))
    const next = addAttempt(history, makeAttempt({ id: 'new' }))
    expect(next).toHaveLength(MAX_HISTORY)
    expect(next[0]!.id).toBe('new')
  })
})

describe('bestAttempt', () => {
  it.each([
    [[], null],
    [[makeAttempt({ id: 'a', correct: 1 }), makeAttempt({ id: 'b', correct: 2 })], 'b'],
    [[makeAttempt({ id: 'a', correct: 2 }), makeAttempt({ id: 'b', correct: 2 })], 'a'],
  ])('picks the best share of right answers', (attempts, id) => {
    expect(bestAttempt(attempts)?.id ?? null).toBe(id)
  })
})

describe('timed challenges in saved data', () => {
  it('accepts a timed-out answer in a challenge, and its points', () => {
    const quiz = { ...makeProgress().quiz, mode: 'challenge' as const }
    const progress = makeProgress({ quiz, answers: [-1, null], index: 1 })
    expect(readProgress(stored(progress))).toEqual({ status: 'ok', data: progress })
    const attempt = summariseAttempt(makeProgress({ quiz, answers: [-1, 1], index: 1 }), 'c', '2026-01-02T10:00:00.000Z')
    expect(attempt).toMatchObject({ mode: 'challenge', correct: 1, points: 100 })
    expect(attempt.questions[0]).toMatchObject({ chosen: null, correct: false })
  })

  it('refuses a timed-out answer outside a challenge', () => {
    const result = readProgress(stored(makeProgress({ answers: [-1, null], index: 1 })))
    expect(result).toEqual({ status: 'corrupt', reason: expect.stringContaining('only a timed challenge can time out') })
  })
})
