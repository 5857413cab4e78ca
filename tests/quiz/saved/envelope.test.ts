import { describe, expect, it } from 'vitest'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { describeLength, envelopeSchema, MAX_STORED_LENGTH, readEnvelope, readTime, wrapEnvelope } from '~/quiz/saved/envelope'
import { makeCurrentQuiz } from '../../builders'

const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))

describe('readEnvelope', () => {
  it('never throws, even when the checker fails unexpectedly', () => {
    const result = readEnvelope(stored({}), () => {
      throw new TypeError('boom')
    })
    expect(result.status).toBe('corrupt')
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

  const progress = makeCurrentQuiz()
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
    expect(readCurrentQuiz(raw)).toEqual({ status: 'corrupt', reason })
  })

  it('reads a source’s quote when it has one, and leaves it out when not', () => {
    const sources = [{ kind: 'charter', ref: 'Article 27' }, { kind: 'rules', ref: 'Rule 86', quote: 'present and voting' }, { kind: 'article', quote: 'passed' }]
    const result = readCurrentQuiz(withQuestion({ ...question, sources }))
    expect(result.status === 'ok' && result.data.quiz.questions[0]!.sources).toEqual(sources)
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

describe('the size of a stored value', () => {
  it.each([
    [999, '1 KB'],
    [600_000, '600 KB'],
    [2_345_678, '2.3 MB'],
  ])('%i characters read as %s', (chars, text) => {
    expect(describeLength(chars)).toBe(text)
  })

  it('a value one character over the longest read for its kind is refused, and one at it is read', () => {
    const at = JSON.stringify({ app: 'quorum', schema: 2, data: 'x'.repeat(MAX_STORED_LENGTH.flag - 37) })
    expect(at).toHaveLength(MAX_STORED_LENGTH.flag)
    expect(readEnvelope(at, () => true, 'flag')).toEqual({ status: 'ok', data: true })
    expect(readEnvelope(`${at} `, () => true, 'flag')).toEqual({ status: 'corrupt', reason: 'it is too large (2 KB; Quorum reads at most 1 KB there)' })
  })
})

describe('readTime', () => {
  const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))

  it.each([
    [stored('2026-03-05T08:00:00.000Z'), 'ok'],
    [stored('yesterday'), 'corrupt'],
    [stored(`2026-03-05T08:00:00.000Z${' '.repeat(40)}`), 'corrupt'],
    [stored(1_772_697_600_000), 'corrupt'],
    [null, 'empty'],
  ])('%s: %s', (raw, status) => {
    expect(readTime(raw).status).toBe(status)
  })
})
