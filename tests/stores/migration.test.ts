import type { Tab } from './app-tab'
import type { StorageKey } from '~/persistence/keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import bank from 'virtual:quorum-bank'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { DeviceStorage, READ_ONLY_NOTICE } from '~/persistence/device-storage'
import { RENAMED_KEYS, STORAGE_KEYS } from '~/persistence/keys'
import { readClassRecords } from '~/quiz/classroom/classes'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { readReview } from '~/quiz/practice/deck'
import { readHistory } from '~/quiz/practice/history'
import { encodeExport } from '~/quiz/practice/transfer'
import { readFlag } from '~/quiz/saved/envelope'
import { makeAttempt, makeClassSession, makeStored } from '../builders'
import { storedFixture } from '../fixtures/storage/fixtures'
import { deliverStorageEvent, openTab, snapshot } from './app-tab'
import { breakStorage } from './broken-storage'

const NOW = new Date('2026-03-05T08:00:00.000Z')
const schema1Backup = (key: StorageKey) => `quorum:backup:${key}:schema-1:${NOW.toISOString()}`
const envelopeOf = (key: StorageKey) => JSON.parse(localStorage.getItem(key) ?? 'null') as { schema: number, data: unknown } | null
const backups = () => Object.keys(localStorage).filter(k => k.startsWith('quorum:backup:')).sort()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
})

afterEach(() => {
  vi.useRealTimers()
})

/** Each key's schema-1 fixture, what the app holds once it is read, and its reader. */
const KEYS: [StorageKey, string, (tab: Tab) => unknown, (raw: string | null) => ReadResult<unknown>][] = [
  [STORAGE_KEYS.currentQuiz, 'progress-first-build.json', tab => tab.quiz.current, readCurrentQuiz],
  [STORAGE_KEYS.history, 'history-first-build.json', tab => tab.history.attempts, readHistory],
  [STORAGE_KEYS.review, 'review.json', tab => tab.review.deck, readReview],
  [STORAGE_KEYS.classes, 'classes.json', tab => tab.classes.records, readClassRecords],
  [STORAGE_KEYS.persistRequested, 'persist-requested.json', tab => tab.storage.load(STORAGE_KEYS.persistRequested, readFlag), readFlag],
]

/** The name a key had when a schema-1 or schema-2 build wrote it. */
const nameThen = (key: StorageKey) => RENAMED_KEYS.find(([, to]) => to === key)?.[0] ?? key

function putAllFixtures() {
  for (const [key, fixture] of KEYS)
    localStorage.setItem(nameThen(key), storedFixture(1, fixture))
}

describe('loading schema-1 data', () => {
  it.each(KEYS)('%s: copies the old value aside first, then writes it back migrated to schema 2', (key, fixture, held, read) => {
    const raw = storedFixture(1, fixture)
    localStorage.setItem(nameThen(key), raw)
    const tab = openTab()
    const data = dataOf(read(raw))
    expect(held(tab)).toEqual(data)
    expect(backups()).toEqual([schema1Backup(key)])
    expect(localStorage.getItem(schema1Backup(key))).toBe(raw)
    expect(envelopeOf(key)).toEqual({ app: 'quorum', schema: 2, data })
    expect(tab.noticeTexts()).toEqual([])

    // The next start finds schema 2 and has nothing to migrate or copy.
    tab.close()
    expect(held(openTab())).toEqual(data)
    expect(backups()).toEqual([schema1Backup(key)])
  })

  it('migrates every key of a device last used by a schema-1 build, and plays on', async () => {
    putAllFixtures()
    const tab = openTab()
    expect(backups()).toEqual(KEYS.map(([key]) => schema1Backup(key)).sort())
    for (const [key] of KEYS)
      expect(envelopeOf(key)?.schema, key).toBe(2)
    expect(tab.quiz.current?.quiz).toMatchObject({ mode: 'quiz', difficulty: 'normal' })
    expect(tab.history.attempts[0]).toMatchObject({ mode: 'quiz', difficulty: 'normal', points: null, resultCode: null })

    // The quiz saved by the first build goes on from its third question.
    for (;;) {
      tab.quiz.answer(tab.quiz.question!.answer)
      if (tab.quiz.isLast)
        break
      tab.quiz.next()
    }
    const attempt = await tab.quiz.finish()
    expect(openTab().history.attempts.map(a => a.id)).toEqual([attempt!.id, tab.history.attempts[1]!.id])
  })

  it('migrates in memory only, leaving the stored value as it was, when the copy cannot be written', () => {
    const raw = storedFixture(1, 'history-before-classes.json')
    localStorage.setItem(STORAGE_KEYS.history, raw)
    const setItem = breakStorage('setItem')
    const tab = openTab()
    expect(tab.history.attempts.map(a => [a.mode, a.points, a.resultCode])).toEqual([['challenge', 220, null], ['quiz', null, null]])
    expect(localStorage.getItem(STORAGE_KEYS.history)).toBe(raw)
    expect(backups()).toEqual([])

    // Once there is room, the old value is copied aside before the first write replaces it.
    setItem.mockRestore()
    expect(tab.history.record(makeAttempt({ id: 'new', finishedAt: NOW.toISOString() }))).toBe(true)
    expect(localStorage.getItem(schema1Backup(STORAGE_KEYS.history))).toBe(raw)
    expect(envelopeOf(STORAGE_KEYS.history)?.schema).toBe(2)
    expect(openTab().history.attempts).toHaveLength(3)
  })

  it('never overwrites a value it could not copy aside: the write is refused instead', () => {
    const raw = storedFixture(1, 'history-first-build.json')
    localStorage.setItem(STORAGE_KEYS.history, raw)
    // Room for the small writes, none for the copy.
    const write = localStorage.setItem.bind(localStorage)
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
      if (key.startsWith('quorum:backup:'))
        throw new DOMException('full', 'QuotaExceededError')
      write(key, value)
    })
    onTestFinished(() => spy.mockRestore())
    const tab = openTab()
    expect(tab.history.record(makeAttempt({ id: 'new' }))).toBe(false)
    expect(localStorage.getItem(STORAGE_KEYS.history)).toBe(raw)
    expect(tab.history.attempts.map(a => a.id)).toContain('new')
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Your result could not be saved')])
    expect(backups()).toEqual([])
  })

  it('reads a schema-1 export file from an older build', () => {
    const history = (JSON.parse(storedFixture(1, 'history-first-build.json')) as { data: unknown[] }).data
    const file = encodeExport({ history, review: {}, currentQuiz: null } as never, '2026-01-01T00:00:00.000Z')
    const outcome = openTab().data.importText(file)
    expect(outcome).toMatchObject({ ok: true, results: 1, saved: true })
    expect(openTab().history.attempts[0]).toMatchObject({ mode: 'quiz', difficulty: 'normal', points: null, resultCode: null })
  })
})

describe('keys renamed since schema 2', () => {
  const OLD = 'quorum:progress'
  const NEW = STORAGE_KEYS.currentQuiz

  it('names the key of the quiz being played quorum:current-quiz, and renames quorum:progress to it', () => {
    expect(NEW).toBe('quorum:current-quiz')
    expect(RENAMED_KEYS).toEqual([[OLD, NEW]])
  })

  it.each(['progress.json', 'progress-challenge.json', 'progress-class-session.json'])('carries the schema-2 fixture %s over unchanged, and plays on', async (fixture) => {
    const raw = storedFixture(2, fixture)
    localStorage.setItem(OLD, raw)
    const tab = openTab()
    expect(localStorage.getItem(NEW)).toBe(raw)
    expect(localStorage.getItem(OLD)).toBeNull()
    expect(tab.quiz.current).toEqual(dataOf(readCurrentQuiz(raw)))
    expect(backups()).toEqual([])
    expect(tab.noticeTexts()).toEqual([])

    // The quiz goes on where it was, and the next start finds it under its new name only.
    tab.quiz.answer(tab.quiz.question!.answer)
    expect(openTab().quiz.current?.answers).toEqual(tab.quiz.current?.answers)
    expect(Object.keys(localStorage).filter(k => k === OLD)).toEqual([])
  })

  it('keeps this version’s quiz when both names hold one, and keeps the other aside, saying so', () => {
    const mine = storedFixture(2, 'progress.json')
    const theirs = storedFixture(2, 'progress-challenge.json')
    localStorage.setItem(NEW, mine)
    localStorage.setItem(OLD, theirs)
    const tab = openTab()
    expect(localStorage.getItem(NEW)).toBe(mine)
    expect(localStorage.getItem(OLD)).toBeNull()
    expect(localStorage.getItem(`quorum:backup:${OLD}:${NOW.toISOString()}`)).toBe(theirs)
    expect(tab.noticeTexts()).toEqual([expect.stringContaining(`was kept as "quorum:backup:${OLD}:${NOW.toISOString()}"`)])
  })

  it('renames nothing while a newer version’s data is stored, and leaves both keys as they were', () => {
    const raw = storedFixture(2, 'progress.json')
    localStorage.setItem(OLD, raw)
    localStorage.setItem(STORAGE_KEYS.history, JSON.stringify({ app: 'quorum', schema: 3, data: [] }))
    const before = snapshot()
    const tab = openTab()
    expect(snapshot()).toEqual(before)
    expect(tab.storage.readOnly).toBe(true)
  })

  it('counts a newer schema under the old name as a newer version’s data too', () => {
    localStorage.setItem(OLD, JSON.stringify({ app: 'quorum', schema: 3, data: {} }))
    const before = snapshot()
    expect(openTab().storage.readOnly).toBe(true)
    expect(snapshot()).toEqual(before)
  })

  it('leaves the old key in place when the new one cannot be written, and moves it at a later start', () => {
    const raw = storedFixture(2, 'progress.json')
    localStorage.setItem(OLD, raw)
    const setItem = breakStorage('setItem')
    openTab()
    expect(localStorage.getItem(OLD)).toBe(raw)
    expect(localStorage.getItem(NEW)).toBeNull()
    setItem.mockRestore()
    expect(openTab().quiz.current).toEqual(dataOf(readCurrentQuiz(raw)))
    expect(localStorage.getItem(OLD)).toBeNull()
  })
})

describe('data from a newer version', () => {
  const NEWER = JSON.stringify({ app: 'quorum', schema: 3, data: { whatever: 'the new version keeps' } })

  it.each(KEYS.map(([key]) => key))('under %s: nothing is written to any key, the user is told why, and quizzes still play', async (key) => {
    for (const [other, fixture, , read] of KEYS)
      localStorage.setItem(other, makeStored(dataOf(read(storedFixture(1, fixture)))))
    localStorage.setItem(key, NEWER)
    const before = snapshot()

    const tab = openTab()
    expect(tab.storage.readOnly).toBe(true)
    expect(new DeviceStorage().isReadOnly()).toBe(true)
    expect(tab.noticeTexts()).toEqual([READ_ONLY_NOTICE])

    // A whole quiz plays in memory.
    expect(await tab.quiz.start({ seed: 'read-only', count: 5 })).toBe(true)
    for (;;) {
      tab.quiz.answer(tab.quiz.question!.answer)
      if (tab.quiz.isLast)
        break
      tab.quiz.next()
    }
    const attempt = await tab.quiz.finish()
    expect(attempt?.correct).toBe(5)
    expect(tab.history.find(attempt!.id)).toEqual(attempt)
    expect(Object.keys(tab.review.deck).length).toBeGreaterThanOrEqual(5)

    // Nothing reports saved, and nothing is.
    const session = makeClassSession(bank)
    expect(tab.history.record(makeAttempt({ id: 'x' }))).toBe(false)
    expect(tab.review.record('tally-yes', true)).toBe(false)
    expect(tab.classes.collect(session.joinCode, session.spec, session.quiz.questions.length, session.resultCode('Amal', session.answers(1))).saved).toBe(false)
    expect(tab.classes.remove(session.joinCode)).toBe(false)
    expect(tab.data.importText(encodeExport({ history: [makeAttempt({ id: 'imported' })], review: {}, currentQuiz: null }, NOW.toISOString()))).toMatchObject({ ok: true, saved: false })
    expect(tab.data.resetAll()).toBe(false)
    expect(tab.quiz.replaceCurrent(null)).toBe(false)
    const device = new DeviceStorage()
    for (const [k] of KEYS) {
      expect(device.save(k, true)).toBe(false)
      expect(device.remove(k)).toBe(false)
    }
    expect(snapshot()).toEqual(before)
    expect(tab.noticeTexts()).toEqual([READ_ONLY_NOTICE])
  })

  it('leaves older data at another key unmigrated, but reads it', () => {
    localStorage.setItem(STORAGE_KEYS.history, storedFixture(1, 'history.json'))
    localStorage.setItem(STORAGE_KEYS.review, NEWER)
    const before = snapshot()
    const tab = openTab()
    expect(tab.history.attempts).toHaveLength(3)
    expect(tab.review.deck).toEqual({})
    expect(snapshot()).toEqual(before)
  })

  it('goes read-only when a tab of the newer version writes while this one is open', async () => {
    const tab = openTab()
    await tab.quiz.start({ seed: 'two-versions', count: 5 })
    tab.quiz.answer(0)
    expect(tab.noticeTexts()).toEqual([])

    localStorage.setItem(STORAGE_KEYS.review, NEWER)
    deliverStorageEvent(STORAGE_KEYS.review)
    const before = snapshot()
    tab.quiz.next()
    tab.quiz.answer(0)
    expect(snapshot()).toEqual(before)
    expect(localStorage.getItem(STORAGE_KEYS.review)).toBe(NEWER)
    expect(tab.noticeTexts()).toEqual([READ_ONLY_NOTICE])
    expect(tab.quiz.current?.answers.slice(0, 2)).toEqual([0, 0])
  })
})

function dataOf<T>(result: ReadResult<T>): T {
  if (result.status !== 'ok')
    throw new Error(`expected a fixture to read, got ${JSON.stringify(result)}`)
  return result.data
}
