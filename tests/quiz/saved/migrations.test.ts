import type { ReadResult } from '~/quiz/saved/envelope'
import type { StoredKind } from '~/quiz/saved/migrations'
// @vitest-environment node
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readClassRecords } from '~/quiz/classroom/classes'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { readReview } from '~/quiz/practice/deck'
import { readHistory } from '~/quiz/practice/history'
import { readFlag, SAVED_SCHEMA_VERSION, wrapEnvelope } from '~/quiz/saved/envelope'
import { LATEST_SCHEMA, migrate, MIGRATIONS } from '~/quiz/saved/migrations'
import { makeAttempt, makeCurrentQuiz, makeStored } from '../../builders'
import { classesArb, currentQuizArb, deckArb, historyArb } from '../../fixtures/storage/arbitraries'
import { fixtureNames, storedFixture } from '../../fixtures/storage/fixtures'
import { readClassRecords as readClassRecordsV1 } from '../../fixtures/storage/v1/reader/classes'
import * as v1 from '../../fixtures/storage/v1/reader/saved'

type Reader = (raw: string | null) => ReadResult<unknown>

/** Each storage key's reader in this build, and as schema 1 was released. */
const READERS: Record<StoredKind, { now: Reader, released: Reader }> = {
  'current-quiz': { now: readCurrentQuiz, released: v1.readProgress },
  'history': { now: readHistory, released: v1.readHistory },
  'review': { now: readReview, released: v1.readReview },
  'classes': { now: readClassRecords, released: readClassRecordsV1 },
  'flag': { now: readFlag, released: v1.readFlag },
}

const KINDS = Object.keys(READERS) as StoredKind[]

const v1Stored = (data: unknown) => JSON.stringify({ app: 'quorum', schema: 1, data })
const dataOf = (raw: string) => (JSON.parse(raw) as { data: unknown }).data

function okData<T>(result: ReadResult<T>): T {
  if (result.status !== 'ok')
    throw new Error(`expected ok, got ${JSON.stringify(result)}`)
  return result.data
}

describe('the numbered migrations', () => {
  it('go one step at a time from schema 1 to the schema this build writes, for every kind of data', () => {
    expect(SAVED_SCHEMA_VERSION).toBe(LATEST_SCHEMA)
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: LATEST_SCHEMA - 1 }, (_, i) => i + 1))
    for (const step of Object.values(MIGRATIONS))
      expect(Object.keys(step).sort()).toEqual([...KINDS].sort())
  })

  it('refuses a schema that has no migration, rather than skip a step', () => {
    expect(() => migrate('history', [], 0)).toThrow(new RangeError('no migration from schema 0'))
    expect(() => migrate('flag', true, -3)).toThrow(new RangeError('no migration from schema -3'))
    // From the latest schema there is nothing to do.
    const data = [{ id: 'a' }]
    expect(migrate('history', data, LATEST_SCHEMA)).toBe(data)
  })

  it('writes the latest schema', () => {
    expect(wrapEnvelope(true)).toEqual({ app: 'quorum', schema: 2, data: true })
  })
})

describe('schema 1 to 2, on values it does not recognise', () => {
  it.each<[StoredKind, unknown]>([
    ['current-quiz', null],
    ['current-quiz', [{ quiz: {} }]],
    ['current-quiz', 'text'],
    ['history', 'none'],
    ['history', { attempts: [] }],
    ['history', [null, 3, 'x', [{ id: 'a' }]]],
    ['review', [1]],
    ['classes', { joinCode: 'X' }],
    ['flag', 'yes'],
  ])('%s: leaves %j as it was, for the reader to report', (kind, data) => {
    expect(migrate(kind, data, 1)).toEqual(data)
  })

  it('fills in a quiz around questions that are not a list, and questions that are not objects', () => {
    expect(migrate('current-quiz', { quiz: { questions: 'none' } }, 1)).toEqual({ quiz: { questions: 'none', difficulty: 'normal', mode: 'quiz' }, session: null })
    expect(migrate('current-quiz', { quiz: null, session: { code: 'X' } }, 1)).toEqual({ quiz: null, session: { code: 'X' } })
    expect(migrate('current-quiz', { quiz: { questions: [null, 'q', { id: 'q-1' }] } }, 1)).toEqual({
      quiz: { difficulty: 'normal', mode: 'quiz', questions: [null, 'q', { id: 'q-1', fact: 'q-1', form: 'who', kind: 'text', cites: [] }] },
      session: null,
    })
  })

  it('keeps what an older build did store, null included', () => {
    const attempt = { id: 'a', mode: 'challenge', difficulty: 'hard', points: 0, resultCode: 'ABC' }
    expect(migrate('history', [attempt], 1)).toEqual([attempt])
    expect(migrate('history', [{ id: 'b', points: null }], 1)).toEqual([{ id: 'b', mode: 'quiz', difficulty: 'normal', points: null, resultCode: null }])
    const question = { id: 'q-1', fact: 'other', form: 'number', kind: 'country', cites: [3] }
    expect(migrate('current-quiz', { quiz: { difficulty: 'easy', mode: 'review', questions: [question] }, session: null }, 1))
      .toEqual({ quiz: { difficulty: 'easy', mode: 'review', questions: [question] }, session: null })
  })
})

describe('frozen schema-2 fixtures', () => {
  // Written by the released schema-2 build (commit 0701cf3) with its own code; never regenerated.
  const FROZEN: Record<string, string> = {
    'classes.json': 'a06954e128a2ffff1f511f3d71f73b12351d36c0af8a7c918d12712cfa445130',
    'history.json': 'd6771d321a53221421e7345fb5f1e99120b57c7ec0b899486caefdc6c78c316e',
    'persist-requested.json': 'c8c312a93f0bb47210897c5d05445143463fecb2bc8994e62a72fffb1324d0af',
    'progress-challenge.json': '8566b5ac7102b98bc56993b4f66f034b13c22e5d2671aee0a450c5b6b6953be5',
    'progress-class-session.json': '0b6e5db9f5db43b10a6751b5abcd20eaff0607cbad249a79db7f8ac1699cd2f9',
    'progress.json': '9ccc67fefd5353f25307c1833319a9499dbbf57fc8c5343dc8fd585bd441ced5',
    'review.json': 'b27518fb082aba5e8970dea1114d22d5f00b1d509dd427bd52ad0201f169b64b',
  }
  const KIND_OF: Record<string, StoredKind> = { progress: 'current-quiz', history: 'history', review: 'review', classes: 'classes', persist: 'flag' }

  it('are all listed, unchanged since they were frozen, and in schema 2', () => {
    expect(fixtureNames(2)).toEqual(Object.keys(FROZEN).sort())
    for (const name of fixtureNames(2)) {
      expect(createHash('sha256').update(`${storedFixture(2, name)}\n`).digest('hex'), name).toBe(FROZEN[name])
      expect(JSON.parse(storedFixture(2, name)), name).toMatchObject({ app: 'quorum', schema: 2 })
    }
  })

  it.each(fixtureNames(2))('%s reads as it was written, with nothing dropped', (name) => {
    const kind = KIND_OF[name.split(/[-.]/)[0]!]!
    const raw = storedFixture(2, name)
    expect(READERS[kind].now(raw)).toEqual({ status: 'ok', data: dataOf(raw) })
  })
})

describe('frozen schema-1 fixtures', () => {
  // What each file held when it was frozen: a fixture is never regenerated, only added.
  const FROZEN: Record<string, string> = {
    'classes.json': 'bd39a09db5fc58e6f63dbec546f4d7d77ea090d9c3afcde2f94dc48e4fc0e192',
    'history-before-challenge.json': 'dde7389b9b76009736a6f74c7e68126a33d7195f06b7eb57a8558e607b3cd1d9',
    'history-before-classes.json': '97e87a7621389c1a31c2d02e2e088f34020136d31961db35b08e8fa73d432c4a',
    'history-first-build.json': 'b0317b338c358b6e26d7e22b2286c05308e17f5f78c5f32fe16537cf9a4097cb',
    'history.json': '33d1497d79a3d3f0f2f2ce02eb1d10ef05a629763b07574dba3fda4036e75f63',
    'persist-requested.json': 'b6f68a4b77814a1623edff8c5c526f46accd606312883ccd8fd0e25de864bf97',
    'progress-bank-format-2.json': '845a29b716bca8c3ba34a64f3f5d9da173767f2885899c143595e4a5c3905ede',
    'progress-before-classes.json': 'af5c04614505043288ec56048a861a7d3aa6a21d4240e7d12d940a8cd2a8cfa2',
    'progress-class-session.json': '1fef6a18aa767dda1fb54c0ea9e6aeeb9c4ea6dbc7bce204aa6c942a36639e9b',
    'progress-first-build.json': 'ca69d9151379aadf5c3f644dbbf16152141a4fa161e3cbcdd470380ad37c1160',
    'progress.json': 'e17197836cb90b0a327fcd6fba95329412e65212d66d192eedf14ec7bd5a4cfe',
    'review.json': 'cf32be5585d46b39f9b30f9fcfb2b26e0c01a2a41c80cec532b3bb50dfc0b6ff',
  }

  it('are all listed, unchanged since they were frozen, and in schema 1', () => {
    expect(fixtureNames(1)).toEqual(Object.keys(FROZEN).sort())
    for (const name of fixtureNames(1)) {
      expect(createHash('sha256').update(`${storedFixture(1, name)}\n`).digest('hex'), name).toBe(FROZEN[name])
      expect(JSON.parse(storedFixture(1, name)), name).toMatchObject({ app: 'quorum', schema: 1 })
    }
  })

  const KIND_OF: Record<string, StoredKind> = { progress: 'current-quiz', history: 'history', review: 'review', classes: 'classes', persist: 'flag' }

  it.each(fixtureNames(1))('%s migrates to valid schema-2 data that means what the released reader read', (name) => {
    const kind = KIND_OF[name.split(/[-.]/)[0]!]!
    const raw = storedFixture(1, name)
    const released = READERS[kind].released(raw)
    expect(released.status, 'the released build read its own fixture').toBe('ok')
    const now = READERS[kind].now(raw)
    expect(now).toEqual({ status: 'ok', data: okData(released), migratedFrom: 1 })
    // Written back in schema 2, it reads as it is, with no migration.
    expect(READERS[kind].now(makeStored(okData(now)))).toEqual({ status: 'ok', data: okData(now) })
    expect(READERS[kind].now(JSON.stringify(wrapEnvelope(migrate(kind, dataOf(raw), 1))))).toEqual({ status: 'ok', data: okData(now) })
  })

  describe('progress', () => {
    const progressOf = (name: string) => okData(readCurrentQuiz(storedFixture(1, name)))
    const questionsOf = (name: string) => (dataOf(storedFixture(1, name)) as { quiz: { questions: Record<string, unknown>[] } }).quiz.questions

    it.each([
      ['progress.json', { seed: 'fixture-progress', difficulty: 'easy', mode: 'quiz' }, [0, 1, null, null], 2, null],
      ['progress-class-session.json', { seed: 'session-31337', difficulty: 'hard', mode: 'quiz' }, [2, null, null, null, null], 1, { code: '840YK9RH07', name: 'Bo', feedback: false }],
      ['progress-before-classes.json', { seed: 'fixture-progress', difficulty: 'easy', mode: 'quiz' }, [0, 1, null, null], 2, null],
      ['progress-bank-format-2.json', { seed: 'fixture-progress', difficulty: 'easy', mode: 'quiz' }, [0, 1, null, null], 2, null],
      ['progress-first-build.json', { seed: 'fixture-progress', difficulty: 'normal', mode: 'quiz' }, [0, 1, null, null], 2, null],
    ])('%s: the quiz, its answers, the question on screen and the session', (name, quiz, answers, index, session) => {
      const progress = progressOf(name)
      expect(progress.quiz).toMatchObject(quiz)
      expect(progress).toMatchObject({ answers, index, session })
    })

    it.each([
      ['progress.json', 'as stored'],
      ['progress-before-classes.json', 'as stored'],
      ['progress-bank-format-2.json', 'no cites: an empty list'],
      ['progress-first-build.json', 'bank format 1: its own fact, a who question with a text answer, no cites'],
    ])('%s: questions %s', (name, expected) => {
      const stored = questionsOf(name)
      const questions = progressOf(name).quiz.questions
      expect(questions).toHaveLength(4)
      questions.forEach((q, i) => {
        const raw = stored[i]!
        if (expected === 'as stored')
          expect(q).toEqual(raw)
        else if (expected.startsWith('no cites'))
          expect(q).toEqual({ ...raw, cites: [] })
        else
          expect(q).toEqual({ ...raw, fact: raw.id, form: 'who', kind: 'text', cites: [] })
      })
    })

    it('fills in only what was missing: a current fixture migrates to itself', () => {
      for (const name of ['progress.json', 'progress-class-session.json'])
        expect(migrate('current-quiz', dataOf(storedFixture(1, name)), 1)).toEqual(dataOf(storedFixture(1, name)))
    })
  })

  describe('history', () => {
    it.each([
      ['history.json', [['quiz', 'hard', null, '840YK9RH242VB1DGN418D1R'], ['challenge', 'normal', 220, null], ['quiz', 'normal', null, null]]],
      ['history-before-classes.json', [['challenge', 'normal', 220, null], ['quiz', 'normal', null, null]]],
      ['history-before-challenge.json', [['quiz', 'normal', null, null]]],
      ['history-first-build.json', [['quiz', 'normal', null, null]]],
    ])('%s: each attempt’s mode, difficulty, points and result code', (name, expected) => {
      const raw = storedFixture(1, name)
      const attempts = okData(readHistory(raw))
      expect(attempts.map(a => [a.mode, a.difficulty, a.points, a.resultCode])).toEqual(expected)
      // Everything else is as stored.
      const stored = dataOf(raw) as Record<string, unknown>[]
      attempts.forEach((a, i) => expect(a).toMatchObject(stored[i]!))
    })

    it('writes the filled-in fields into the data, not only into what is read', () => {
      const migrated = migrate('history', dataOf(storedFixture(1, 'history-first-build.json')), 1) as Record<string, unknown>[]
      expect(migrated[0]).toMatchObject({ mode: 'quiz', difficulty: 'normal', points: null, resultCode: null })
      expect(JSON.stringify(migrated)).toContain('"resultCode":null')
    })
  })

  it.each([
    ['review.json', 'review', (data: unknown) => expect(Object.keys(data as object)).toHaveLength(15)],
    ['classes.json', 'classes', (data: unknown) => expect((data as { results: { name: string }[] }[])[0]?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])],
    ['persist-requested.json', 'flag', (data: unknown) => expect(data).toBe(true)],
  ] as const)('%s: unchanged by the migration', (name, kind, check) => {
    const raw = storedFixture(1, name)
    expect(migrate(kind, dataOf(raw), 1)).toEqual(dataOf(raw))
    check(okData(READERS[kind].now(raw)))
  })
})

describe('schema 2 requires what schema 1 let older builds leave out', () => {
  const progress = makeCurrentQuiz()
  const attempt = makeAttempt()
  const without = <T extends object>(value: T, key: string): T => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as T

  it.each([
    ...['fact', 'form', 'kind', 'cites'].map(key => [`a question's ${key}`, { ...progress, quiz: { ...progress.quiz, questions: progress.quiz.questions.map(q => without(q, key)) } }, `data.quiz.questions[0].${key}`] as const),
    ...['difficulty', 'mode'].map(key => [`the quiz's ${key}`, { ...progress, quiz: without(progress.quiz, key) }, `data.quiz.${key}`] as const),
    ['the session', without(progress, 'session'), 'data.session'] as const,
  ])('progress without %s: refused in schema 2, filled in from schema 1', (_, data, path) => {
    const result = readCurrentQuiz(makeStored(data))
    expect(result).toEqual({ status: 'corrupt', reason: expect.stringContaining(path) })
    expect(readCurrentQuiz(v1Stored(data)).status).toBe('ok')
  })

  it.each(['mode', 'difficulty', 'points', 'resultCode'])('an attempt without %s: dropped in schema 2, filled in from schema 1', (key) => {
    const data = [without(attempt, key)]
    expect(readHistory(makeStored(data))).toEqual({ status: 'partial', data: [], reason: expect.stringContaining(`data[0].${key}`) })
    expect(readHistory(v1Stored(data))).toEqual({ status: 'ok', data: [attempt], migratedFrom: 1 })
  })

  it.each([
    ['a newer schema', JSON.stringify({ app: 'quorum', schema: 3, data: 'anything' }), { status: 'newer', schema: 3 }],
    ['a schema no version wrote', JSON.stringify({ app: 'quorum', schema: 0, data: [] }), { status: 'corrupt', reason: expect.stringContaining('schema version 0') }],
    ['a schema that is not a number', JSON.stringify({ app: 'quorum', schema: '1', data: [] }), { status: 'corrupt', reason: expect.stringContaining('schema version 1') }],
    ['a bad schema-1 value', v1Stored('none'), { status: 'corrupt', reason: 'data should be a list', migratedFrom: 1 }],
  ])('reads %s for what it is', (_, raw, expected) => {
    expect(readHistory(raw)).toEqual(expected)
  })
})

describe('migrations, for any data', () => {
  const V1_DATA: Record<StoredKind, fc.Arbitrary<unknown>> = {
    'current-quiz': fc.oneof(currentQuizArb(false), fc.jsonValue()),
    'history': historyArb(false),
    'review': deckArb(),
    'classes': classesArb(),
    'flag': fc.oneof(fc.boolean(), fc.jsonValue()),
  }
  const CURRENT_DATA: Record<StoredKind, fc.Arbitrary<unknown>> = {
    'current-quiz': currentQuizArb(true),
    'history': historyArb(true, false),
    'review': deckArb(false),
    'classes': classesArb(false),
    'flag': fc.boolean(),
  }

  it.each(KINDS)('%s: whatever the released schema-1 reader accepts migrates to data the schema-2 reader accepts, meaning the same', (kind) => {
    let accepted = 0
    fc.assert(fc.property(V1_DATA[kind], (data) => {
      const raw = v1Stored(data)
      const released = READERS[kind].released(raw)
      if (released.status !== 'ok' && released.status !== 'partial')
        return
      accepted++
      const migrated = migrate(kind, data, 1)
      const checked = READERS[kind].now(JSON.stringify(wrapEnvelope(migrated)))
      expect(checked).toEqual(released.status === 'ok' ? { status: 'ok', data: released.data } : { status: 'partial', data: released.data, reason: expect.any(String) })
      expect(READERS[kind].now(raw)).toMatchObject({ status: released.status, data: released.data, migratedFrom: 1 })
    }), { numRuns: 400 })
    // The arbitraries are built to be read: most runs must test something.
    expect(accepted).toBeGreaterThan(100)
  })

  it.each(KINDS)('%s: current data migrates to itself', (kind) => {
    fc.assert(fc.property(CURRENT_DATA[kind], (data) => {
      expect(READERS[kind].now(makeStored(data)).status).toBe('ok')
      expect(migrate(kind, data, 1)).toEqual(data)
    }), { numRuns: 300 })
  })

  it.each(KINDS)('%s: migrating twice is migrating once, and never throws or changes its input', (kind) => {
    fc.assert(fc.property(fc.oneof(V1_DATA[kind], fc.jsonValue()), (data) => {
      const before = JSON.stringify(data)
      const once = migrate(kind, data, 1)
      expect(migrate(kind, once, 1)).toEqual(once)
      expect(JSON.stringify(data)).toBe(before)
    }), { numRuns: 300 })
  })
})
