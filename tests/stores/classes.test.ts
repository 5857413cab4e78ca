import type { ClassRecord } from '~/quiz/classroom/classes'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { groupCode } from '~/quiz/classroom/bits'
import { bankFingerprint, decodeSessionCode } from '~/quiz/classroom/join-code'
import { useClassesStore } from '~/stores/classes'
import { useNoticesStore } from '~/stores/notices'
import { makeClassSession, makeStored } from '../builders'
import { breakStorage } from './broken-storage'

const NOW = new Date('2026-03-04T05:06:07.000Z')
const BACKUP_KEY = `quorum:backup:quorum:classes:${NOW.toISOString()}`

const session = makeClassSession(bank)
const other = makeClassSession(bank, { seed: 777 })
const COUNT = session.quiz.questions.length
const AMAL = session.resultCode('Amal', session.answers(COUNT))
const BO = session.resultCode('Bo', session.answers(2))

/** A fresh app start: new stores that read localStorage again. */
function reload() {
  setActivePinia(createPinia())
  return useClassesStore()
}

function collect(text: string, classes = useClassesStore()) {
  return classes.collect(session.joinCode, session.spec, COUNT, text)
}

function stored(): ClassRecord[] {
  return (JSON.parse(localStorage.getItem('quorum:classes') ?? 'null') as { data: ClassRecord[] }).data
}

function record(joinCode: string, names: string[] = []): ClassRecord {
  return {
    joinCode,
    createdAt: '2026-03-01T09:00:00.000Z',
    results: names.map(name => ({ code: session.resultCode(name, session.answers(1)), name, answers: session.answers(1), collectedAt: '2026-03-01T09:30:00.000Z' })),
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('classes store', () => {
  it('starts with no sessions', () => {
    const classes = useClassesStore()
    expect(classes.records).toEqual([])
    expect(classes.find(session.joinCode)).toBeNull()
  })

  it('creates a session under its normalised join code, found however the code is typed', () => {
    const classes = useClassesStore()
    classes.create(groupCode(session.joinCode).toLowerCase())
    expect(classes.records).toEqual([{ joinCode: session.joinCode, createdAt: NOW.toISOString(), results: [] }])
    expect(classes.find(` ${groupCode(session.joinCode, 3)} `)?.joinCode).toBe(session.joinCode)
    expect(stored()).toEqual(classes.records)
  })

  it('hosts a session of this bank, with a fresh random seed, and saves it first', () => {
    const classes = useClassesStore()
    classes.create(session.joinCode)
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint32Array)[0] = 0xABCDE123
      return array
    })
    const code = classes.host({ topic: 'people', count: 20, difficulty: 'hard', feedback: true })
    vi.restoreAllMocks()
    const topicIndex = bank.topics.findIndex(t => t.id === 'people') + 1
    expect(decodeSessionCode(code)).toEqual({ ok: true, value: { topicIndex, count: 20, difficulty: 'hard', feedback: true, seed: 0xDE123, bank: bankFingerprint(bank) } })
    expect(classes.records.map(r => r.joinCode)).toEqual([code, session.joinCode])
    expect(stored()).toEqual(classes.records)
  })

  it('collects students’ codes, re-read from their answers, and saves them', () => {
    const classes = useClassesStore()
    classes.create(session.joinCode)
    const outcome = collect(`${AMAL}\n${groupCode(BO, 4)}`)
    expect(outcome.saved).toBe(true)
    expect(outcome.rejected).toEqual([])
    expect(outcome.added.map(r => r.name)).toEqual(['Amal', 'Bo'])
    expect(classes.find(session.joinCode)?.results).toEqual([
      { code: AMAL, name: 'Amal', answers: session.answers(COUNT), collectedAt: NOW.toISOString() },
      { code: BO, name: 'Bo', answers: session.answers(2), collectedAt: NOW.toISOString() },
    ])
    expect(stored()[0]?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('creates the session when codes come in for one it has not seen', () => {
    const classes = useClassesStore()
    expect(collect(AMAL).added).toHaveLength(1)
    expect(classes.records.map(r => r.joinCode)).toEqual([session.joinCode])
  })

  it('refuses another session’s code and a code already collected, saying why', () => {
    collect(AMAL)
    const outcome = collect(`${AMAL}\n${other.resultCode('Cy', other.answers(1))}`)
    expect(outcome.added).toEqual([])
    expect(outcome.rejected.map(r => r.reason)).toEqual([
      'The result of Amal is already collected.',
      expect.stringContaining('The result of Cy is from another session'),
    ])
    expect(useClassesStore().find(session.joinCode)?.results.map(r => r.name)).toEqual(['Amal'])
  })

  it('keeps sessions and their results across a reload', () => {
    collect(`${AMAL}\n${BO}`)
    useClassesStore().create(other.joinCode)
    const classes = reload()
    expect(classes.records.map(r => r.joinCode)).toEqual([other.joinCode, session.joinCode])
    expect(classes.find(session.joinCode)?.results.map(r => [r.name, r.answers])).toEqual([['Amal', session.answers(COUNT)], ['Bo', session.answers(2)]])
  })

  it('removes one result, given its code grouped or not', () => {
    collect(`${AMAL}\n${BO}`)
    expect(useClassesStore().removeResult(session.joinCode, groupCode(AMAL, 4))).toBe(true)
    expect(useClassesStore().find(session.joinCode)?.results.map(r => r.name)).toEqual(['Bo'])
    expect(reload().find(session.joinCode)?.results.map(r => r.name)).toEqual(['Bo'])
  })

  it('removes a whole session and keeps the others', () => {
    collect(AMAL)
    useClassesStore().create(other.joinCode)
    expect(useClassesStore().remove(groupCode(session.joinCode))).toBe(true)
    expect(useClassesStore().find(session.joinCode)).toBeNull()
    expect(reload().records.map(r => r.joinCode)).toEqual([other.joinCode])
  })

  it.each([
    ['truncated JSON', '{"app":"quorum"'],
    ['another app', JSON.stringify({ app: 'other', schema: 1, data: [] })],
    ['a list that is not of sessions', makeStored({ joinCode: 'X' })],
  ])('keeps %s aside as a backup and tells the user', (_, raw) => {
    localStorage.setItem('quorum:classes', raw)
    const classes = useClassesStore()
    expect(classes.records).toEqual([])
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw)
    expect(localStorage.getItem('quorum:classes')).toBeNull()
    expect(useNoticesStore().notices.map(n => n.text)).toEqual([expect.stringContaining(BACKUP_KEY)])
  })

  it('keeps the good sessions of a partly bad list, with the whole raw value backed up', () => {
    const bad = { ...record('NOT-A-CODE!'), results: 'none' }
    const raw = makeStored([record(session.joinCode, ['Amal']), bad, record(other.joinCode)])
    localStorage.setItem('quorum:classes', raw)
    const classes = useClassesStore()
    expect(classes.records.map(r => r.joinCode)).toEqual([session.joinCode, other.joinCode])
    expect(classes.find(session.joinCode)?.results.map(r => r.name)).toEqual(['Amal'])
    expect(localStorage.getItem(BACKUP_KEY)).toBe(raw)
    const notices = useNoticesStore().notices.map(n => n.text)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(/1 of 3 saved class sessions could not be read/)
    expect(notices[0]).toContain(BACKUP_KEY)
    collect(BO)
    expect(reload().records.map(r => r.joinCode)).toEqual([session.joinCode, other.joinCode])
  })

  it('keeps results in memory and says so when storage refuses the write', () => {
    // Storage.prototype cannot be spied on in happy-dom once used: breakStorage spies on the object.
    breakStorage('setItem')
    const classes = useClassesStore()
    const outcome = collect(`${AMAL}\n${BO}`)
    expect(outcome.saved).toBe(false)
    expect(outcome.added.map(r => r.name)).toEqual(['Amal', 'Bo'])
    expect(classes.find(session.joinCode)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
    expect(useNoticesStore().notices.map(n => n.text)).toEqual([expect.stringContaining('could not be saved')])
    expect(localStorage.getItem('quorum:classes')).toBeNull()
  })

  it('writes nothing, and so cannot fail, when a paste adds no result', () => {
    collect(AMAL)
    const setItem = breakStorage('setItem')
    expect(collect(AMAL).saved).toBe(true)
    expect(setItem).not.toHaveBeenCalled()
    expect(useNoticesStore().notices).toEqual([])
  })
})
