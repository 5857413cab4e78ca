import { describe, expect, it } from 'vitest'
import { decodeResultCode, encodeSessionCode } from '../../../src/quiz/classroom/codes'
import {
  addAttempt,
  bestAttempt,
  checkAttempts,
  checkDeck,
  checkValue,
  envelopeSchema,
  MAX_HISTORY,
  readEnvelope,
  readHistory,
  readProgress,
  readReview,
  summariseAttempt,
  wrapEnvelope,
} from '../../../src/quiz/saved/saved'
import { makeAttempt, makeProgress, makeQuestion, makeQuiz } from '../../builders'

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

describe('envelopeSchema', () => {
  it.each([
    ['nothing stored', null, null],
    ['an envelope as Quorum writes it', '{"app":"quorum","schema":2,"data":true}', 2],
    ['a schema of several digits', '{"app":"quorum","schema":12,"data":[]}', 12],
    ['an envelope with its keys in another order', '{"data":true,"schema":1,"app":"quorum"}', 1],
    ['an envelope with spaces', '{ "app": "quorum", "schema": 3, "data": null }', 3],
    ['another app', '{"app":"other","schema":2,"data":true}', null],
    ['no app', '{"schema":2,"data":true}', null],
    ['a schema that is a string', '{"data":1,"app":"quorum","schema":"2"}', null],
    ['a schema that is not whole', '{"data":1,"app":"quorum","schema":1.5}', null],
    ['no schema', '{"app":"quorum","data":1}', null],
    ['a list', '[{"app":"quorum","schema":2}]', null],
    ['JSON null', 'null', null],
    ['a string', '"quorum"', null],
    ['text that is not JSON', '{"app":"quorum","schema":', null],
  ])('%s: %j', (_, raw, schema) => {
    expect(envelopeSchema(raw)).toBe(schema)
  })
})

describe('readEnvelope, reasons', () => {
  it('says a value could not be read when the checker fails for a reason other than bad data', () => {
    expect(readEnvelope(stored({}), () => {
      throw new TypeError('boom')
    })).toEqual({ status: 'corrupt', reason: 'it could not be read' })
  })

  it('refuses an older schema when it is not told which migrations apply', () => {
    expect(readEnvelope(JSON.stringify({ app: 'quorum', schema: 1, data: true }), v => v)).toEqual({
      status: 'corrupt',
      reason: 'it has schema version 1, and this reader takes only version 2',
    })
  })

  const progress = makeProgress()
  const question = progress.quiz.questions[0]!
  const withQuestion = (q: Record<string, unknown>) => stored({ ...progress, quiz: { ...progress.quiz, questions: [q, progress.quiz.questions[1]] } })

  it.each([
    ['a source of no known kind', withQuestion({ ...question, sources: [{ kind: 'blog', ref: 'x' }] }), 'data.quiz.questions[0].sources[0].kind should be article, charter, rules or record'],
    ['reasons that do not match the options', withQuestion({ ...question, reasons: [null, null] }), 'data.quiz.questions[0].reasons should be one entry per option'],
    ['an answer past the options', withQuestion({ ...question, answer: 3 }), 'data.quiz.questions[0].answer should be the index of one of at least two options'],
    ['a form no question has', withQuestion({ ...question, form: 'essay' }), 'data.quiz.questions[0].form should be one of who, number, quote, cause, report, rule, scenario'],
    ['a quiz with no questions', stored({ ...progress, quiz: { ...progress.quiz, questions: [] }, answers: [] }), 'data.quiz.questions should be a non-empty list'],
    ['a session with no feedback flag', stored({ ...progress, session: { code: 'X', name: 'Amal', feedback: 'yes' } }), 'data.session.feedback should be true or false'],
  ])('names where a progress with %s went wrong', (_, raw, reason) => {
    expect(readProgress(raw)).toEqual({ status: 'corrupt', reason })
  })

  it('reads a source’s quote when it has one, and leaves it out when not', () => {
    const sources = [{ kind: 'charter', ref: 'Article 27' }, { kind: 'rules', ref: 'Rule 86', quote: 'present and voting' }, { kind: 'article', quote: 'passed' }]
    const result = readProgress(withQuestion({ ...question, sources }))
    expect(result.status === 'ok' && result.data.quiz.questions[0]!.sources).toEqual(sources)
  })
})

describe('checkValue', () => {
  it('gives the value, or the reason it does not check out', () => {
    expect(checkValue(checkAttempts, [makeAttempt()], 'history')).toEqual({ ok: true, value: [makeAttempt()] })
    expect(checkValue(checkAttempts, [{}], 'history')).toEqual({ ok: false, reason: 'history[0].finishedAt should be a string' })
    expect(checkValue(() => {
      throw new RangeError('boom')
    }, null, 'x')).toEqual({ ok: false, reason: 'it could not be read' })
  })
})

describe('the review deck in saved data', () => {
  const card = { fact: 'tally-yes', box: 2, due: '2026-03-06', seen: 2, lapses: 1 }

  it.each([
    ['a fact that is not a fact name', { 'Tally Yes': { ...card, fact: 'Tally Yes' } }, 'data.Tally Yes.fact should be a fact name'],
    ['a card stored under another fact', { other: card }, 'data.other.fact should be the name it is stored under'],
    ['box 0', { 'tally-yes': { ...card, box: 0 } }, 'data.tally-yes.box should be a box from 1 to 5'],
    ['box 6', { 'tally-yes': { ...card, box: 6 } }, 'data.tally-yes.box should be a box from 1 to 5'],
    ['a day that does not exist', { 'tally-yes': { ...card, due: '2026-02-30' } }, 'data.tally-yes.due should be a day such as 2026-11-27'],
    ['more lapses than answers', { 'tally-yes': { ...card, lapses: 3 } }, 'data.tally-yes.lapses should be at most the times seen, which is at least one'],
    ['a card never answered', { 'tally-yes': { ...card, seen: 0, lapses: 0 } }, 'data.tally-yes.lapses should be at most the times seen, which is at least one'],
  ])('drops %s, keeps the rest, and says why', (_, bad, reason) => {
    const good = { ...card, fact: 'other-fact' }
    expect(readReview(stored({ 'other-fact': good, ...bad }))).toEqual({ status: 'partial', data: { 'other-fact': good }, reason: `1 review card could not be read (${reason})` })
  })

  it('counts every card dropped, and names the first', () => {
    const result = readReview(stored({ a: { ...card, fact: 'a', box: 9 }, b: { ...card, fact: 'b', box: 9 } }))
    expect(result).toEqual({ status: 'partial', data: {}, reason: '2 review cards could not be read (data.a.box should be a box from 1 to 5, …)' })
  })

  it('reads cards at the edges of what is allowed', () => {
    const deck = { a: { ...card, fact: 'a', box: 1 }, b: { ...card, fact: 'b', box: 5, seen: 1, lapses: 1 } }
    expect(readReview(stored(deck))).toEqual({ status: 'ok', data: deck })
    expect(checkValue(checkDeck, deck, 'deck')).toEqual({ ok: true, value: deck })
    expect(checkValue(checkDeck, { a: { ...card, fact: 'a', box: 9 } }, 'deck')).toEqual({ ok: false, reason: 'deck.a.box should be a box from 1 to 5' })
  })
})

describe('the result code of a finished class session', () => {
  const spec = { topicIndex: 0, count: 5, difficulty: 'normal', feedback: true, seed: 4242, bank: 517 } as const
  const quiz = { ...makeQuiz([makeQuestion({ id: 'q-1' }), makeQuestion({ id: 'q-2' }), makeQuestion({ id: 'q-3' })]), mode: 'challenge' as const }

  it('carries the session, the student’s name and every answer, a timed-out one as none', () => {
    const progress = makeProgress({ quiz, answers: [0, -1, 2], index: 2, session: { code: encodeSessionCode(spec), name: 'Amal', feedback: true } })
    const attempt = summariseAttempt(progress, 'c', '2026-01-02T10:00:00.000Z')
    expect(attempt.resultCode).not.toBeNull()
    expect(decodeResultCode(attempt.resultCode!)).toEqual({ ok: true, value: { session: spec, name: 'Amal', answers: [0, null, 2] } })
  })

  it('is none outside a class session, and none when the join code does not read', () => {
    expect(summariseAttempt(makeProgress({ quiz, answers: [0, 1, 2], index: 2 }), 'c', '2026-01-02T10:00:00.000Z').resultCode).toBeNull()
    const session = { code: 'AAAAAAAAAA', name: 'Amal', feedback: true }
    expect(summariseAttempt(makeProgress({ quiz, answers: [0, 1, 2], index: 2, session }), 'c', '2026-01-02T10:00:00.000Z').resultCode).toBeNull()
  })

  it('records the fields of the quiz it summarises', () => {
    const challenge = { ...quiz, seed: 's-9', topic: 'vote', difficulty: 'hard' as const }
    const attempt = summariseAttempt(makeProgress({ quiz: challenge, answers: [1, 1, 0], index: 2 }), 'id-9', '2026-01-02T10:00:00.000Z')
    expect(attempt).toMatchObject({ id: 'id-9', finishedAt: '2026-01-02T10:00:00.000Z', seed: 's-9', mode: 'challenge', difficulty: 'hard', topic: 'vote', correct: 2, total: 3, resultCode: null })
  })
})
