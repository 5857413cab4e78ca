import type { ClassRecord } from '~/quiz/classroom/classes'
import type { CollectedResult } from '~/quiz/classroom/collect'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkClassRecords, MAX_CLASSES, mergeClasses, readClassRecords, upsertClass } from '~/quiz/classroom/classes'
import { encodeSessionCode } from '~/quiz/classroom/join-code'
import { encodeResultCode, MAX_NAME_BYTES, MAX_RESULT_CODE_LENGTH } from '~/quiz/classroom/result-code'
import { checkValue } from '~/quiz/saved/check'
import { readEnvelope } from '~/quiz/saved/envelope'
import { makeStored } from '../../builders'
import { classRecordArb } from '../../fixtures/storage/arbitraries'

const SESSION = { topicIndex: 0, count: 5, difficulty: 'normal', feedback: true, seed: 4242, bank: 517 } as const
const JOIN = encodeSessionCode(SESSION)

function makeResult(over: Partial<CollectedResult> = {}): CollectedResult {
  const name = over.name ?? 'Amal'
  const answers = over.answers ?? [0, 1, null, 3, 2]
  return { code: encodeResultCode({ session: SESSION, name, answers }), name, answers, collectedAt: '2026-03-04T09:30:00.000Z', ...over }
}

function makeClass(over: Partial<ClassRecord> = {}): ClassRecord {
  return { joinCode: JOIN, createdAt: '2026-03-04T09:00:00.000Z', results: [makeResult()], ...over }
}

function session(joinCode: string, codes: string[] = [], createdAt = '2026-03-01T09:00:00.000Z'): ClassRecord {
  return {
    joinCode,
    createdAt,
    results: codes.map(code => ({ code, name: code, answers: [0], collectedAt: createdAt })),
  }
}

/** A stored class list with one field of the first record (or its first result) replaced. */
function withField(field: string, value: unknown, inResult = false): unknown {
  const record: Record<string, unknown> = { ...makeClass() }
  if (inResult)
    record.results = [{ ...makeResult(), [field]: value }]
  else
    record[field] = value
  return [record]
}

describe('checkClassRecords', () => {
  it('accepts saved class sessions, as read back from storage', () => {
    const records = [makeClass(), makeClass({ joinCode: 'ABCDEFGHJK', results: [] })]
    expect(readEnvelope(makeStored(records), checkClassRecords)).toEqual({ status: 'ok', data: records })
  })

  it.each<[string, unknown, string]>([
    ['not a list', {}, 'data should be a list'],
    ['a record that is not an object', [null], 'data[0] should be an object'],
    ['a join code in lower case', withField('joinCode', JOIN.toLowerCase()), 'data[0].joinCode should be a normalised code'],
    ['a join code too long', withField('joinCode', `${JOIN}A`), 'data[0].joinCode should be a normalised code of at most 10 characters'],
    ['an empty join code', withField('joinCode', ''), 'data[0].joinCode'],
    ['no date', withField('createdAt', undefined), 'data[0].createdAt should be a string'],
    ['a date that is none', withField('createdAt', 'yesterday'), 'data[0].createdAt should be a date'],
    ['results that are not a list', withField('results', 'none'), 'data[0].results should be a list'],
    ['a result code with a U', withField('code', 'UUUUUUUUUUUU', true), 'data[0].results[0].code'],
    ['a result code far too long', withField('code', 'A'.repeat(MAX_RESULT_CODE_LENGTH + 1), true), 'data[0].results[0].code'],
    ['a name too long for a code', withField('name', 'x'.repeat(MAX_NAME_BYTES + 1), true), `data[0].results[0].name should be at most ${MAX_NAME_BYTES} characters`],
    ['a name that is a number', withField('name', 7, true), 'data[0].results[0].name should be a string'],
    ['an answer no code can carry', withField('answers', [0, 7], true), 'data[0].results[0].answers[1] should be an option index up to 6'],
    ['a negative answer', withField('answers', [-1], true), 'data[0].results[0].answers[0] should be a whole number'],
    ['more answers than a code holds', withField('answers', Array.from({ length: 32 }, () => 0), true), 'data[0].results[0].answers should be at most 31 answers'],
    ['a collection time that is no date', withField('collectedAt', 'soon', true), 'data[0].results[0].collectedAt should be a date'],
  ])('refuses %s, saying where', (_, value, reason) => {
    const checked = checkValue(checkClassRecords, value, 'data')
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.reason).toContain(reason)
  })

  it('keeps names with accents and answers left blank', () => {
    const records = [makeClass({ results: [makeResult({ name: 'Zoë', answers: [null, null, null, null, null] })] })]
    expect(checkValue(checkClassRecords, records, 'data')).toEqual({ ok: true, value: records })
  })
})

describe('readClassRecords', () => {
  it('keeps the sessions that check out and reports the rest', () => {
    const good = makeClass()
    const result = readClassRecords(makeStored([good, { joinCode: 'bad' }]))
    expect(result.status).toBe('partial')
    expect(result.status === 'partial' && result.data).toEqual([good])
    expect(result.status === 'partial' && result.reason).toContain('1 of 2 saved class sessions could not be read (data[1].joinCode')
  })

  it.each([
    ['nothing stored', null, 'empty'],
    ['sessions that all check out', makeStored([makeClass()]), 'ok'],
    ['text that is not JSON', '{', 'corrupt'],
    ['a value that is not a list', makeStored({}), 'corrupt'],
  ])('reads %s as %s', (_, raw, status) => {
    expect(readClassRecords(raw).status).toBe(status)
  })
})

describe('upsertClass', () => {
  const a = makeClass({ joinCode: 'AAAAAAAAAA' })
  const b = makeClass({ joinCode: 'BBBBBBBBBB' })
  const c = makeClass({ joinCode: 'CCCCCCCCCC' })

  it.each<[string, ClassRecord[], ClassRecord, string[]]>([
    ['a new session goes first', [a, b], c, ['CCCCCCCCCC', 'AAAAAAAAAA', 'BBBBBBBBBB']],
    ['a saved session is replaced, and goes first', [a, b, c], { ...b, results: [] }, ['BBBBBBBBBB', 'AAAAAAAAAA', 'CCCCCCCCCC']],
    ['into an empty list', [], a, ['AAAAAAAAAA']],
  ])('%s', (_, records, next, order) => {
    const upserted = upsertClass(records, next)
    expect(upserted.map(r => r.joinCode)).toEqual(order)
    expect(upserted[0]).toBe(next)
  })

  it(`keeps at most ${MAX_CLASSES}, dropping the longest unused and never the one saved`, () => {
    const many = Array.from({ length: MAX_CLASSES }, (_, i) => makeClass({ joinCode: String(i).padStart(10, '0') }))
    const last = many[MAX_CLASSES - 1]!
    const upserted = upsertClass(many, c)
    expect(upserted).toHaveLength(MAX_CLASSES)
    expect(upserted[0]).toBe(c)
    expect(upserted).not.toContain(last)
    const resaved = upsertClass(upserted, { ...last })
    expect(resaved[0]!.joinCode).toBe(last.joinCode)
    expect(resaved).toHaveLength(MAX_CLASSES)
  })

  it('leaves the list it was given alone', () => {
    const records = [a, b]
    upsertClass(records, { ...a, results: [] })
    expect(records).toEqual([a, b])
  })
})

describe('checkClassRecords at the limits', () => {
  const date = (digits: number) => `2026-03-04T09:30:00.${'0'.repeat(digits)}Z`

  it('accepts a 40-character date, a 40-character name, 31 answers and option 6', () => {
    const result = makeResult({ name: 'x'.repeat(40), answers: Array.from({ length: 31 }, () => 6), collectedAt: date(19) })
    const records = [makeClass({ createdAt: date(19), results: [result] })]
    expect(date(19)).toHaveLength(40)
    expect(checkValue(checkClassRecords, records, 'data')).toEqual({ ok: true, value: records })
  })

  it('refuses a date of 41 characters, even one that parses', () => {
    expect(checkValue(checkClassRecords, withField('createdAt', date(20)), 'data')).toEqual({ ok: false, reason: 'data[0].createdAt should be a date' })
  })

  it('names what could not be read', () => {
    const result = readClassRecords(makeStored([makeClass(), null]))
    expect(result).toEqual({ status: 'partial', data: [makeClass()], reason: expect.stringContaining('saved class sessions') })
  })
})

describe('readClassRecords of schema 1', () => {
  it('reads sessions an older version saved, and says so', () => {
    const raw = JSON.stringify({ app: 'quorum', schema: 1, data: [makeClass()] })
    expect(readClassRecords(raw)).toEqual({ status: 'ok', data: [makeClass()], migratedFrom: 1 })
  })
})

describe('mergeClasses', () => {
  it('joins sessions by join code and their results by code, a session only this tab has first', () => {
    const stored = [session('AAA', ['A1']), session('BBB', ['B1'])]
    const mine = [session('CCC'), session('AAA', ['A1', 'A2'], '2026-02-01T00:00:00.000Z')]
    const merged = mergeClasses(stored, mine)
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([
      ['CCC', '2026-03-01T09:00:00.000Z', []],
      ['AAA', '2026-02-01T00:00:00.000Z', ['A1', 'A2']],
      ['BBB', '2026-03-01T09:00:00.000Z', ['B1']],
    ])
  })

  it.each([
    ['created at the same time', '2026-03-01T09:00:00.000Z'],
    ['created later in this tab', '2026-03-02T09:00:00.000Z'],
  ])('adds a result only this tab has to a session %s, keeping the earlier creation time', (_, createdAt) => {
    const stored = [session('AAA', ['A1'])]
    const merged = mergeClasses(stored, [session('AAA', ['A2', 'A1'], createdAt)])
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([['AAA', '2026-03-01T09:00:00.000Z', ['A1', 'A2']]])
  })

  it('takes the earlier creation time from this tab even when it has no result the stored copy lacks', () => {
    const merged = mergeClasses([session('AAA', ['A1'])], [session('AAA', ['A1'], '2026-02-01T00:00:00.000Z')])
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([['AAA', '2026-02-01T00:00:00.000Z', ['A1']]])
  })

  it('is the stored value, object for object, when that has everything already', () => {
    const stored = [session('AAA', ['A1', 'A2']), session('BBB')]
    const merged = mergeClasses(stored, [session('AAA', ['A2'])])
    expect(merged[0]).toBe(stored[0])
    expect(merged).toEqual(stored)
  })

  it(`keeps at most ${MAX_CLASSES} sessions`, () => {
    const stored = Array.from({ length: MAX_CLASSES }, (_, i) => session(`S${i}`))
    const merged = mergeClasses(stored, [session('NEW')])
    expect(merged).toHaveLength(MAX_CLASSES)
    expect(merged[0]?.joinCode).toBe('NEW')
  })

  it('loses no session or result, and settles', () => {
    const records = fc.uniqueArray(classRecordArb, { selector: r => r.joinCode, maxLength: 4 })
    fc.assert(fc.property(records, records, (stored, mine) => {
      const merged = mergeClasses(stored, mine)
      const all = (list: ClassRecord[]) => new Set(list.flatMap(r => [r.joinCode, ...r.results.map(x => `${r.joinCode}/${x.code}`)]))
      expect(all(merged)).toEqual(new Set([...all(stored), ...all(mine)]))
      expect(mergeClasses(merged, mine)).toEqual(merged)
    }), { numRuns: 300 })
  })
})
