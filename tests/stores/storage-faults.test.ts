import type { Tab } from './app-tab'
import type { StorageKey } from '~/persistence/keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import fc from 'fast-check'
import bank from 'virtual:quorum-bank'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BLOCKED_NOTICE } from '~/persistence/device-storage'
import { STORAGE_KEYS } from '~/persistence/keys'
import { readClassRecords } from '~/quiz/classroom/classes'
import { readRemovals } from '~/quiz/classroom/removals'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { readReview } from '~/quiz/practice/deck'
import { readHistory } from '~/quiz/practice/history'
import { readOtherQuizzes } from '~/quiz/practice/in-progress'
import { encodeExport } from '~/quiz/practice/transfer'
import { MAX_STORED_LENGTH, readFlag, readTime } from '~/quiz/saved/envelope'
import { makeAttempt, makeClassSession, makeCurrentQuiz, makeStored } from '../builders'
import { storedFixture } from '../fixtures/storage/fixtures'
import { blockStorage, breakRemoval, openTab, snapshot } from './app-tab'
import { breakStorage } from './broken-storage'

const NOW = new Date('2026-03-05T08:00:00.000Z')
const backupKey = (key: StorageKey) => `quorum:backup:${key}:${NOW.toISOString()}`
const backupsOf = (key: StorageKey) => Object.keys(localStorage).filter(k => k.startsWith(`quorum:backup:${key}:`))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
})

afterEach(() => {
  vi.useRealTimers()
})

function dataOf<T>(result: ReadResult<T>): T {
  if (result.status !== 'ok')
    throw new Error(`expected the fixture to read, got ${JSON.stringify(result)}`)
  return result.data
}

/** A result the teacher removed. */
const removal = { kind: 'result', code: 'ABC', at: '2026-03-01T08:00:00.000Z' }

/** When the student last reset their data. */
const RESET_AT = '2026-03-02T08:00:00.000Z'

/** Another tab's quiz in progress, kept under other-quizzes. */
const otherQuiz = makeCurrentQuiz({ quiz: { ...makeCurrentQuiz().quiz, seed: 'other-tab' } })

/** Each key, its stored text (a fixture of schema 1 where the key was released then), its reader, and what a started app holds from it. */
const KEYS: [StorageKey, string, (raw: string | null) => ReadResult<unknown>, (tab: Tab) => unknown][] = [
  [STORAGE_KEYS.currentQuiz, storedFixture(1, 'progress-class-session.json'), readCurrentQuiz, tab => tab.quiz.current],
  [STORAGE_KEYS.otherQuizzes, makeStored([otherQuiz]), readOtherQuizzes, () => readOtherQuizzes(localStorage.getItem(STORAGE_KEYS.otherQuizzes)).status === 'ok' ? [otherQuiz] : null],
  [STORAGE_KEYS.history, storedFixture(1, 'history.json'), readHistory, tab => tab.history.attempts],
  [STORAGE_KEYS.review, storedFixture(1, 'review.json'), readReview, tab => tab.review.deck],
  [STORAGE_KEYS.classes, storedFixture(1, 'classes.json'), readClassRecords, tab => tab.classes.records],
  [STORAGE_KEYS.classRemovals, makeStored([removal]), readRemovals, () => readRemovals(localStorage.getItem(STORAGE_KEYS.classRemovals)).status === 'ok' ? [removal] : null],
  [STORAGE_KEYS.persistRequested, storedFixture(1, 'persist-requested.json'), readFlag, tab => tab.storage.load(STORAGE_KEYS.persistRequested, readFlag)],
  // A flag like persist-requested, first written after schema 2: its fixture is the same flag.
  [STORAGE_KEYS.storageWarned, storedFixture(1, 'persist-requested.json'), readFlag, tab => tab.storage.storageWarned],
  // Written only by builds that write schema 2.
  [STORAGE_KEYS.resetAt, makeStored(RESET_AT), readTime, tab => tab.storage.resetAt()],
]
const ALL_KEYS = KEYS.map(([key]) => key)

/** Good schema-2 data for every key, and its stored text. */
const GOOD = Object.fromEntries(KEYS.map(([key, raw, read]) => [key, dataOf(read(raw))])) as Record<StorageKey, unknown>
const GOOD_RAW = Object.fromEntries(ALL_KEYS.map(key => [key, makeStored(GOOD[key])])) as Record<StorageKey, string>

const envelope = (data: unknown) => JSON.stringify({ app: 'quorum', schema: 2, data })

const WRONG_INSIDE: Record<StorageKey, unknown> = {
  [STORAGE_KEYS.currentQuiz]: { quiz: 'a quiz', answers: 3, index: '0', session: 5 },
  [STORAGE_KEYS.history]: [{ id: 1, finishedAt: true, total: 'x' }],
  [STORAGE_KEYS.review]: { 'tally-yes': { fact: 'tally-yes', box: '1', due: 5, seen: null, lapses: [] } },
  [STORAGE_KEYS.classes]: [{ joinCode: 7, createdAt: [], results: {} }],
  [STORAGE_KEYS.persistRequested]: 'yes',
  [STORAGE_KEYS.storageWarned]: 'yes',
  [STORAGE_KEYS.otherQuizzes]: [{ quiz: 'a quiz', answers: 3 }],
  [STORAGE_KEYS.classRemovals]: [{ kind: 'deleted', code: 7, at: 'now' }],
  [STORAGE_KEYS.resetAt]: 'yesterday',
}

/** The longest value read under each key. */
const LIMIT: Record<StorageKey, number> = {
  [STORAGE_KEYS.currentQuiz]: MAX_STORED_LENGTH['current-quiz'],
  [STORAGE_KEYS.otherQuizzes]: MAX_STORED_LENGTH['current-quiz'],
  [STORAGE_KEYS.history]: MAX_STORED_LENGTH.history,
  [STORAGE_KEYS.review]: MAX_STORED_LENGTH.review,
  [STORAGE_KEYS.classes]: MAX_STORED_LENGTH.classes,
  [STORAGE_KEYS.persistRequested]: MAX_STORED_LENGTH.flag,
  [STORAGE_KEYS.storageWarned]: MAX_STORED_LENGTH.flag,
  [STORAGE_KEYS.classRemovals]: MAX_STORED_LENGTH.classes,
  [STORAGE_KEYS.resetAt]: MAX_STORED_LENGTH.flag,
}

/** Good data, padded past the longest value read under `key`. */
const oversize = (key: StorageKey) => GOOD_RAW[key].replace(/\}$/, `,"pad":"${'x'.repeat(LIMIT[key])}"}`)

const CORRUPTIONS: [string, (key: StorageKey) => string][] = [
  ['a value too large to read', oversize],
  ['truncated JSON', key => GOOD_RAW[key].slice(0, Math.ceil(GOOD_RAW[key].length / 2))],
  ['text that is not JSON', () => '{app: quorum}'],
  ['null', () => 'null'],
  ['an array', () => `[${envelope([])}]`],
  ['a number', () => '42'],
  ['data of the wrong type', () => envelope('nothing')],
  ['null data', () => envelope(null)],
  ['wrong types inside the data', key => envelope(WRONG_INSIDE[key])],
  ['the data under a __proto__ key', key => `{"app":"quorum","schema":2,"data":{"__proto__":${JSON.stringify(GOOD[key])}}}`],
  ['the envelope under a __proto__ key', key => `{"__proto__":${GOOD_RAW[key]}}`],
  ['constructor and prototype keys for data', () => '{"app":"quorum","schema":2,"data":{"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}}'],
]

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype]
const prototypeKeys = () => PROTOTYPES.map(p => Object.getOwnPropertyNames(p).sort())
const PRISTINE = prototypeKeys()

function expectPrototypesUntouched() {
  expect(prototypeKeys()).toEqual(PRISTINE)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(({} as Record<string, unknown>).fact).toBeUndefined()
}

function putGood() {
  for (const key of ALL_KEYS)
    localStorage.setItem(key, GOOD_RAW[key])
}

describe('corrupt data under one key', () => {
  const cases = ALL_KEYS.flatMap(key => CORRUPTIONS.map(([kind, make]) => [kind, key, make(key)] as const))

  it.each(cases)('%s under %s: no crash, the raw value kept aside, the user told, the other keys intact', (_, key, raw) => {
    putGood()
    localStorage.setItem(key, raw)
    let tab: Tab | undefined
    expect(() => {
      tab = openTab()
    }).not.toThrow()

    expect(localStorage.getItem(backupKey(key))).toBe(raw)
    expect(backupsOf(key)).toEqual([backupKey(key)])
    expect(tab!.noticeTexts()).toEqual([expect.stringContaining(`"${backupKey(key)}"`)])
    for (const [other, , , held] of KEYS) {
      if (other === key)
        continue
      expect(localStorage.getItem(other), other).toBe(GOOD_RAW[other])
      expect(held(tab!), other).toEqual(GOOD[other])
    }
    expectPrototypesUntouched()
    // The next start has nothing more to report.
    tab!.close()
    expect(openTab().noticeTexts()).toEqual([])
  })

  const attempt = makeAttempt({ id: 'good' })
  const card = { fact: 'tally-yes', box: 2, due: '2026-03-06', seen: 2, lapses: 1 }
  const good = GOOD[STORAGE_KEYS.classes] as unknown[]

  it.each([
    ['history', STORAGE_KEYS.history, `[${JSON.stringify(attempt)},{"__proto__":${JSON.stringify(makeAttempt({ id: 'hidden' }))}},{"constructor":{"prototype":{"polluted":true}}}]`, [attempt], /2 of 3 saved results/],
    ['review', STORAGE_KEYS.review, `{"tally-yes":${JSON.stringify(card)},"__proto__":{"fact":"__proto__","box":1,"due":"2026-03-06","seen":1,"lapses":0},"prototype":{"polluted":true}}`, { 'tally-yes': card }, /2 review cards/],
    ['classes', STORAGE_KEYS.classes, `[${JSON.stringify(good[0])},{"__proto__":${JSON.stringify(good[0])}}]`, good, /1 of 2 saved class sessions/],
  ] as const)('%s: keeps the entries that check out around bad ones, and their copy', (_, key, data, kept, reason) => {
    putGood()
    const raw = `{"app":"quorum","schema":2,"data":${data}}`
    localStorage.setItem(key, raw)
    const tab = openTab()
    expect(KEYS.find(([k]) => k === key)![3](tab)).toEqual(kept)
    expect(localStorage.getItem(backupKey(key))).toBe(raw)
    expect(tab.noticeTexts()).toEqual([expect.stringMatching(reason)])
    // What was kept is what is stored now.
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual({ app: 'quorum', schema: 2, data: kept })
    expectPrototypesUntouched()
  })

  it('reads good data that carries __proto__, constructor and prototype keys, and assigns through none of them', () => {
    const extra = '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}'
    const withExtra = (json: string) => json.replace(/^\{/, `{${extra},`).replace(/\{"id":/g, `{${extra},"id":`)
    for (const key of [STORAGE_KEYS.currentQuiz, STORAGE_KEYS.history, STORAGE_KEYS.classes])
      localStorage.setItem(key, withExtra(GOOD_RAW[key]))
    const constructorCard = { fact: 'constructor', box: 1, due: '2026-03-06', seen: 1, lapses: 1 }
    localStorage.setItem(STORAGE_KEYS.review, makeStored({ ...GOOD[STORAGE_KEYS.review] as object, constructor: constructorCard }))
    const tab = openTab()
    expect(tab.noticeTexts()).toEqual([])
    expect(tab.quiz.current).toEqual(GOOD[STORAGE_KEYS.currentQuiz])
    expect(tab.history.attempts).toEqual(GOOD[STORAGE_KEYS.history])
    expect(tab.classes.records).toEqual(GOOD[STORAGE_KEYS.classes])
    expect(Object.hasOwn(tab.review.deck, 'constructor')).toBe(true)
    expect(Object.getPrototypeOf(tab.review.deck)).toBe(Object.prototype)
    for (const value of [tab.quiz.current, tab.history.attempts[0], tab.classes.records[0]])
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expectPrototypesUntouched()
  })
})

describe('a value too large under one key', () => {
  it.each(ALL_KEYS)('%s: refused without being parsed, with the size said', (key) => {
    putGood()
    const raw = oversize(key)
    localStorage.setItem(key, raw)
    const parse = vi.spyOn(JSON, 'parse')
    const tab = openTab()
    expect(parse.mock.calls.filter(([text]) => text === raw)).toEqual([])
    expect(tab.noticeTexts()).toEqual([expect.stringMatching(new RegExp(`^Some saved data \\(${key}\\) could not be read because it is too large \\([\\d.]+ [KM]B; Quorum reads at most [\\d.]+ [KM]B there\\)\\. A copy of it was kept as "quorum:backup:${key}:`))])
    expect(localStorage.getItem(backupKey(key))).toBe(raw)
  })
})

describe('any value under one key', () => {
  const anyJson = fc.oneof(
    fc.jsonValue().map(v => JSON.stringify(v)),
    fc.record({ schema: fc.constantFrom(1, 2), data: fc.jsonValue() }).map(({ schema, data }) => JSON.stringify({ app: 'quorum', schema, data })),
    fc.jsonValue().map(v => `{"app":"quorum","schema":2,"data":{"__proto__":${JSON.stringify(v)},"constructor":${JSON.stringify(v)}}}`),
  )
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme' }).map(s => `{"app":"quorum","schema":2,"data":${s}`))

  // Small good data under the other keys, so that each run is quick.
  const SMALL_RAW: Record<StorageKey, string> = {
    [STORAGE_KEYS.currentQuiz]: makeStored(makeCurrentQuiz()),
    [STORAGE_KEYS.history]: makeStored([makeAttempt()]),
    [STORAGE_KEYS.review]: makeStored({ 'tally-yes': { fact: 'tally-yes', box: 2, due: '2026-03-06', seen: 2, lapses: 1 } }),
    [STORAGE_KEYS.classes]: makeStored([{ joinCode: 'ABC', createdAt: NOW.toISOString(), results: [] }]),
    [STORAGE_KEYS.persistRequested]: makeStored(true),
    [STORAGE_KEYS.storageWarned]: makeStored(true),
    [STORAGE_KEYS.otherQuizzes]: makeStored([otherQuiz]),
    [STORAGE_KEYS.classRemovals]: makeStored([removal]),
    [STORAGE_KEYS.resetAt]: makeStored(RESET_AT),
  }

  /** Opens the app with `raw` under `key` and good data elsewhere, and checks what the stores did with it. */
  function openWith(key: StorageKey, raw: string) {
    localStorage.clear()
    for (const other of ALL_KEYS)
      localStorage.setItem(other, SMALL_RAW[other])
    localStorage.setItem(key, raw)
    const tab = openTab()
    const notices = tab.noticeTexts()
    const copies = backupsOf(key)
    if (notices.length === 0) {
      // Read as it was, or migrated from schema 1 with a copy first.
      if (copies.length === 0)
        expect(localStorage.getItem(key)).toBe(raw)
      else
        expect(copies.map(k => [k, localStorage.getItem(k)])).toEqual([[`quorum:backup:${key}:schema-1:${NOW.toISOString()}`, raw]])
    }
    else {
      expect(copies).toHaveLength(1)
      expect(localStorage.getItem(copies[0]!)).toBe(raw)
      expect(notices).toEqual([expect.stringContaining(copies[0]!)])
    }
    for (const other of ALL_KEYS) {
      if (other !== key)
        expect(localStorage.getItem(other)).toBe(SMALL_RAW[other])
    }
    expectPrototypesUntouched()
    tab.close()
  }

  // About 5 ms a run: each run starts every store afresh.
  it.each(ALL_KEYS)('%s: any JSON, in an envelope or not, or any text: 1,000 runs', (key) => {
    fc.assert(fc.property(fc.oneof(anyJson, anyText), raw => openWith(key, raw)), { numRuns: 1000 })
  }, 60_000)
})

const ERRORS = [
  ['storage is full (QuotaExceededError)', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ['storage is blocked (SecurityError)', new DOMException('The operation is insecure.', 'SecurityError')],
] as const

/** Answers every question of the quiz in progress, right, and finishes it. */
function playToTheEnd(tab: Tab) {
  for (;;) {
    tab.quiz.answer(tab.quiz.question!.answer)
    if (tab.quiz.isLast)
      break
    tab.quiz.next()
  }
  return tab.quiz.finish()
}

describe.each(ERRORS)('when %s, nothing is reported saved that was not', (_, error) => {
  const session = makeClassSession(bank)
  const count = session.quiz.questions.length
  const amal = session.resultCode('Amal', session.answers(count))

  it('history.record: false, kept in memory, the user told, and not there after a reload', () => {
    const tab = openTab()
    breakStorage('setItem', error)
    expect(tab.history.record(makeAttempt({ id: 'lost' }))).toBe(false)
    expect(tab.history.find('lost')).not.toBeNull()
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Your result could not be saved')])
    expect(openTab().history.find('lost')).toBeNull()
  })

  it('review.record: false, kept in memory, the user told', () => {
    const tab = openTab()
    breakStorage('setItem', error)
    expect(tab.review.record('tally-yes', false)).toBe(false)
    expect(tab.review.deck['tally-yes']).toMatchObject({ box: 1, seen: 1 })
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Your review schedule could not be saved')])
    expect(openTab().review.deck).toEqual({})
  })

  it('a quiz plays to the end in memory, each kind of data saying it is not saved', async () => {
    const tab = openTab()
    breakStorage('setItem', error)
    expect(await tab.quiz.start({ seed: 'offline', count: 5 })).toBe(true)
    const attempt = await playToTheEnd(tab)
    expect(attempt?.correct).toBe(5)
    expect(tab.history.find(attempt!.id)).toEqual(attempt)
    expect(tab.noticeTexts()).toEqual([
      expect.stringContaining('Your quiz could not be saved'),
      expect.stringContaining('Your result could not be saved on this device (storage is full or blocked), so its answers were not added to your review schedule either'),
    ])
    expect(tab.review.deck).not.toEqual({})
    expect(snapshot()).toEqual({})
  })

  it('quiz: a finished quiz that cannot be cleared from storage saves nothing of its end, says so, and replaceCurrent(null) is false', async () => {
    const tab = openTab()
    await tab.quiz.start({ seed: 'stuck', count: 5 })
    breakRemoval(error)
    await playToTheEnd(tab)
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Your result could not be saved')])
    expect(tab.quiz.replaceCurrent(null)).toBe(false)
    const reloaded = openTab()
    expect([reloaded.history.attempts, reloaded.review.deck]).toEqual([[], {}])
    expect(reloaded.quiz.current?.answers).not.toContain(null)
  })

  it('classes: collect says not saved, even for a paste that adds nothing to an unsaved session; remove and removeResult are false', () => {
    const tab = openTab()
    breakStorage('setItem', error)
    const outcome = tab.classes.collect(session.joinCode, session.spec, count, amal)
    expect(outcome).toMatchObject({ saved: false, added: [expect.objectContaining({ name: 'Amal' })] })
    expect(tab.classes.collect(session.joinCode, session.spec, count, amal)).toMatchObject({ saved: false, added: [] })
    expect(tab.classes.removeResult(session.joinCode, amal)).toBe(false)
    expect(tab.classes.remove(session.joinCode)).toBe(false)
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Class results could not be saved')])
    expect(openTab().classes.records).toEqual([])
  })

  it('classes: a session created while storage refuses is not reported saved by a later empty paste', () => {
    const tab = openTab()
    const setItem = breakStorage('setItem', error)
    tab.classes.create(session.joinCode)
    setItem.mockRestore()
    breakStorage('setItem', error)
    expect(tab.classes.collect(session.joinCode, session.spec, count, 'not a code').saved).toBe(false)
  })

  it('data: an import and a reset report not saved, and a reload shows the data as it was', () => {
    putGood()
    const tab = openTab()
    breakStorage('setItem', error)
    breakRemoval(error)
    const file = encodeExport({ history: [makeAttempt({ id: 'imported' })], review: {}, currentQuiz: null }, NOW.toISOString())
    expect(tab.data.importText(file)).toMatchObject({ ok: true, results: 1, saved: false })
    expect(tab.history.find('imported')).not.toBeNull()
    expect(tab.data.resetAll()).toBe(false)
    expect(tab.history.attempts).toEqual([])
    const reloaded = openTab()
    expect(reloaded.history.attempts).toEqual(GOOD[STORAGE_KEYS.history])
    expect(reloaded.quiz.current).toEqual(GOOD[STORAGE_KEYS.currentQuiz])
  })

  it('saves what memory holds at the next write once storage works again', () => {
    const tab = openTab()
    const setItem = breakStorage('setItem', error)
    expect(tab.history.record(makeAttempt({ id: 'first' }))).toBe(false)
    setItem.mockRestore()
    expect(tab.history.record(makeAttempt({ id: 'second' }))).toBe(true)
    expect(openTab().history.attempts.map(a => a.id)).toEqual(['second', 'first'])
  })
})

describe('when the browser blocks storage altogether', () => {
  it('reaching localStorage throws: the app starts, says nothing will be saved, and plays', async () => {
    blockStorage()
    let tab: Tab | undefined
    expect(() => {
      tab = openTab()
    }).not.toThrow()
    expect(tab!.noticeTexts()).toEqual([BLOCKED_NOTICE])
    expect(await tab!.quiz.start({ seed: 'private', count: 5 })).toBe(true)
    const attempt = await playToTheEnd(tab!)
    expect(tab!.history.find(attempt!.id)).toEqual(attempt)
    expect(tab!.history.record(makeAttempt({ id: 'x' }))).toBe(false)
    const session = makeClassSession(bank)
    expect(tab!.classes.collect(session.joinCode, session.spec, session.quiz.questions.length, session.resultCode('Bo', session.answers(1))).saved).toBe(false)
    expect(tab!.data.importText(encodeExport({ history: [], review: {}, currentQuiz: null }, NOW.toISOString()))).toMatchObject({ ok: true, saved: false })
    expect(tab!.data.resetAll()).toBe(false)
    expect(tab!.noticeTexts()[0]).toBe(BLOCKED_NOTICE)
  })

  it('reading throws SecurityError: the app starts and says so once', () => {
    putGood()
    breakStorage('getItem', new DOMException('The operation is insecure.', 'SecurityError'))
    let tab: Tab | undefined
    expect(() => {
      tab = openTab()
    }).not.toThrow()
    expect(tab!.noticeTexts()).toEqual([BLOCKED_NOTICE])
    expect(tab!.history.attempts).toEqual([])
  })
})
