import type { ClassRecord } from '~/quiz/classroom/classes'
import type { Attempt } from '~/quiz/practice/attempt'
import type { CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { ReviewDeck } from '~/quiz/practice/review'
import type { Check } from '~/quiz/saved/check'
import type { ReadResult } from '~/quiz/saved/envelope'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkClassRecords, readClassRecords } from '~/quiz/classroom/classes'
import { checkCurrentQuiz, readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { checkDeck, readReview } from '~/quiz/practice/deck'
import { checkAttempts, readHistory } from '~/quiz/practice/history'
import { checkValue } from '~/quiz/saved/check'
import { readEnvelope, readFlag, SAVED_SCHEMA_VERSION, wrapEnvelope } from '~/quiz/saved/envelope'
import { fuzz, FUZZ_TIMEOUT_MS, medianMs, QUICK_MS } from './fuzz'
import { anyText, canonical, ensure, expectPlainData, expectPrototypesClean, jsonMutationsArb, mutateJson, mutateText, nastyValue, textMutationArb } from './mutate'
import { attemptArb, classRecordsArb, currentQuizArb, deckArb, ensureAttempt, ensureClassRecords, ensureCurrentQuiz, ensureDeck, poolOf } from './saved-data'

/**
 * The stored-data readers, through their public signatures only: storage and its schema
 * migrations are being reworked, and these properties must hold whatever the envelope holds.
 */

const SEED = 20_260_304

interface Reader<T> {
  read: (raw: string | null) => ReadResult<T>
  /** Valid data of the current schema. */
  valid: fc.Arbitrary<T>
  /** Restated apart from saved.ts. */
  ensureData: (data: T) => void
  /** saved.ts's own checker, when it exports one. */
  check?: Check<T>
}

const progressReader: Reader<CurrentQuiz> = { read: readCurrentQuiz, valid: currentQuizArb, ensureData: d => ensureCurrentQuiz(d, 'data'), check: checkCurrentQuiz }
const historyReader: Reader<Attempt[]> = {
  read: readHistory,
  valid: fc.array(attemptArb, { maxLength: 4 }),
  ensureData: (d) => {
    ensure(Array.isArray(d), 'history is not a list')
    d.forEach((a, i) => ensureAttempt(a, `data[${i}]`))
  },
  check: checkAttempts,
}
const reviewReader: Reader<ReviewDeck> = { read: readReview, valid: deckArb, ensureData: d => ensureDeck(d, 'data'), check: checkDeck }
const flagReader: Reader<boolean> = { read: readFlag, valid: fc.boolean(), ensureData: d => ensure(typeof d === 'boolean', 'flag is not a boolean') }
const classesReader: Reader<ClassRecord[]> = { read: readClassRecords, valid: classRecordsArb, ensureData: d => ensureClassRecords(d, 'data'), check: checkClassRecords }

/** Stored text: none, junk, any JSON, or an envelope (any schema) of valid data, damaged. */
function rawArb<T>(valid: fc.Arbitrary<T>, seed: number): fc.Arbitrary<string | null> {
  const envelope = fc.record({
    app: fc.oneof({ weight: 20, arbitrary: fc.constant('quorum') }, { weight: 1, arbitrary: nastyValue }),
    schema: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: SAVED_SCHEMA_VERSION }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -1, SAVED_SCHEMA_VERSION + 1, 1.5, 2 ** 53, 999_999_999) },
      { weight: 1, arbitrary: nastyValue },
    ),
    data: fc.oneof({ weight: 8, arbitrary: poolOf(valid, seed) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: nastyValue }),
  }, { noNullPrototype: true })
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: anyText(80) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(v => JSON.stringify(v)) },
    { weight: 14, arbitrary: fc.tuple(envelope, jsonMutationsArb(0, 3), textMutationArb).map(([env, mutations, t]) => mutateText(JSON.stringify(mutateJson(env, mutations)), t)) },
  )
}

const STATUSES = ['empty', 'ok', 'partial', 'corrupt', 'newer']

/** What every read promises: a status that says what happened, and only valid data. */
function ensureRead<T>(reader: Reader<T>, raw: string | null, result: ReadResult<T>): void {
  expectPrototypesClean()
  ensure(typeof result === 'object' && result !== null && STATUSES.includes(result.status), () => `status ${JSON.stringify(result)}`)
  ensure((result.status === 'empty') === (raw === null), 'empty is for no stored value, and only for that')
  if ('reason' in result)
    ensure(typeof result.reason === 'string' && result.reason.length > 0, 'a reason that says nothing')
  if (result.status === 'newer')
    ensure(Number.isSafeInteger(result.schema) && result.schema > SAVED_SCHEMA_VERSION, () => `newer than ${SAVED_SCHEMA_VERSION}: ${result.schema}`)
  if (result.status !== 'ok' && result.status !== 'partial')
    return
  const { data } = result
  expectPlainData(data, 'data')
  reader.ensureData(data)
  ensure(reader.check === undefined || checkValue(reader.check, data, 'data').ok, 'saved.ts refuses the data it read')
  // Saved again, it reads back the same, in full.
  const again = reader.read(JSON.stringify(wrapEnvelope(data)))
  ensure(again.status === 'ok' && canonical(again.data) === canonical(data), () => `the data read does not survive being saved again: ${JSON.stringify(again).slice(0, 300)}`)
}

function fuzzReader<T>(reader: Reader<T>, seed: number): void {
  fuzz(fc.property(rawArb(reader.valid, seed), (raw) => {
    ensureRead(reader, raw, reader.read(raw))
  }), { seed })
}

describe('stored-data readers (fuzz)', () => {
  it('readCurrentQuiz never throws, and whatever it reads is a valid quiz in progress', () => {
    fuzzReader(progressReader, SEED)
  }, FUZZ_TIMEOUT_MS)

  it('readHistory never throws, and whatever it keeps is valid results', () => {
    fuzzReader(historyReader, SEED + 1)
  }, FUZZ_TIMEOUT_MS)

  it('readReview never throws, and whatever it keeps is valid review cards under their own names', () => {
    fuzzReader(reviewReader, SEED + 2)
  }, FUZZ_TIMEOUT_MS)

  it('readFlag never throws, and reads only true or false', () => {
    fuzzReader(flagReader, SEED + 3)
  }, FUZZ_TIMEOUT_MS)

  it('readClassRecords never throws, and whatever it keeps is valid class sessions', () => {
    fuzzReader(classesReader, SEED + 4)
  }, FUZZ_TIMEOUT_MS)

  it('readEnvelope never throws, even when the checker throws something other than its own error', () => {
    const explode = new TypeError('a checker bug')
    const reader: Reader<CurrentQuiz> = { ...progressReader, read: raw => readEnvelope(raw, checkCurrentQuiz) }
    fuzz(fc.property(rawArb(currentQuizArb, SEED + 5), fc.boolean(), (raw, throws) => {
      const check: Check<CurrentQuiz> = (v, p) => {
        if (throws)
          throw explode
        return checkCurrentQuiz(v, p)
      }
      const result = readEnvelope(raw, check)
      ensureRead({ ...reader, read: r => readEnvelope(r, check) }, raw, throws ? result : reader.read(raw))
    }), { seed: SEED + 5 })
  }, FUZZ_TIMEOUT_MS)
})

describe('oversized stored values', () => {
  const history = JSON.stringify(wrapEnvelope(Array.from({ length: 20_000 }, (_, i) => ({ id: `a-${i}`, finishedAt: '2026-01-02T10:00:00.000Z', seed: 's', mode: 'quiz', difficulty: 'normal', topic: null, correct: 0, total: 0, points: null, resultCode: null, questions: [], note: 'x'.repeat(200) }))))
  const readers: [string, (raw: string) => ReadResult<unknown>][] = [
    ['readCurrentQuiz', readCurrentQuiz],
    ['readHistory', readHistory],
    ['readReview', readReview],
    ['readFlag', readFlag],
    ['readClassRecords', readClassRecords],
  ]
  const junk: [string, string][] = [
    ['10 MB of text', 'x'.repeat(10_000_000)],
    ['10 MB of text after an opening brace', `{${'x'.repeat(10_000_000)}`],
    ['10 MB of an envelope cut short', `{"app":"quorum","schema":1,"data":${'x'.repeat(10_000_000)}`],
  ]

  it.each(readers.flatMap(([name, read]) => junk.map(([what, raw]) => [name, what, read, raw] as const)))('%s refuses %s as corrupt in under 200 ms', (_, __, read, raw) => {
    expect(read(raw)).toMatchObject({ status: 'corrupt', reason: expect.any(String) })
    expect(medianMs(() => read(raw))).toBeLessThan(QUICK_MS)
  })

  // Storage holds a few megabytes at most, and the readers set no size cap of their own: valid
  // JSON is parsed whole before it is refused. What they promise for it is linear time; the bound
  // is loose (a quadratic reader would take minutes) so that a busy machine cannot fail it.
  const big: [string, string][] = [
    ['a 10 MB JSON string', JSON.stringify('x'.repeat(10_000_000))],
    ['a 10 MB JSON number', '1'.repeat(10_000_000)],
    ['a 6 MB history of 20,000 results', history],
  ]

  it.each(readers.flatMap(([name, read]) => big.map(([what, raw]) => [name, what, read, raw] as const)))('%s reads %s in linear time (under 5 s)', (_, __, read, raw) => {
    expect(raw.length).toBeGreaterThan(6_000_000)
    expect(read(raw).status).not.toBe('empty')
    expect(medianMs(() => read(raw), 3)).toBeLessThan(5000)
  }, 60_000)
})
