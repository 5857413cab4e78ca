import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { historyFullness, MAX_HISTORY, NEARLY_FULL } from '~/quiz/practice/history'
import { useHistoryStore } from '~/stores/history'
import { EXPORT_LINK, useNoticesStore } from '~/stores/notices'
import { makeAttempt, makeAttemptOf, makeStored } from '../builders'
import { deliverStorageEvent, openTab } from './app-tab'
import { breakStorage } from './broken-storage'

const NOW = new Date('2026-03-04T05:06:07.000Z')

/** A fresh app start: new stores that read localStorage again. */
function reload() {
  setActivePinia(createPinia())
  return useHistoryStore()
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('history store', () => {
  it('starts empty, with no best score', () => {
    const history = useHistoryStore()
    expect(history.attempts).toEqual([])
    expect(history.best).toBeNull()
  })

  it('records attempts newest first and finds them by id', () => {
    const history = useHistoryStore()
    history.record(makeAttempt({ id: 'a' }))
    history.record(makeAttempt({ id: 'b' }))
    expect(history.attempts.map(a => a.id)).toEqual(['b', 'a'])
    expect(history.find('a')).toEqual(makeAttempt({ id: 'a' }))
    expect(history.find('nope')).toBeNull()
  })

  it.each([
    ['the only attempt', [['a', 1]], 'a'],
    ['the higher score', [['a', 1], ['b', 2], ['c', 0]], 'b'],
    ['the newest of equal scores', [['a', 2], ['b', 2]], 'b'],
  ] as const)('gives %s as best', (_, scores, best) => {
    const history = useHistoryStore()
    for (const [id, correct] of scores)
      history.record(makeAttempt({ id, correct }))
    expect(history.best?.id).toBe(best)
  })

  it('keeps its attempts across a reload', () => {
    useHistoryStore().record(makeAttempt({ id: 'a', correct: 2 }))
    useHistoryStore().record(makeAttempt({ id: 'b', correct: 0 }))
    const history = reload()
    expect(history.attempts.map(a => a.id)).toEqual(['b', 'a'])
    expect(history.best?.id).toBe('a')
    expect(history.find('a')).toEqual(makeAttempt({ id: 'a', correct: 2 }))
  })

  it('reads attempts already stored', () => {
    localStorage.setItem('quorum:history', makeStored([makeAttempt({ id: 'old' })]))
    expect(useHistoryStore().attempts.map(a => a.id)).toEqual(['old'])
  })

  it.each([
    ['truncated JSON', '{"app":"quorum"'],
    ['another app', JSON.stringify({ app: 'other', schema: 1, data: [] })],
    ['a schema no version wrote', JSON.stringify({ app: 'quorum', schema: 0, data: [] })],
  ])('keeps %s aside as a backup and tells the user', (_, raw) => {
    localStorage.setItem('quorum:history', raw)
    let history: ReturnType<typeof useHistoryStore> | undefined
    expect(() => {
      history = useHistoryStore()
    }).not.toThrow()
    const backupKey = `quorum:backup:quorum:history:${NOW.toISOString()}`
    expect(history?.attempts).toEqual([])
    expect(localStorage.getItem(backupKey)).toBe(raw)
    expect(localStorage.getItem('quorum:history')).toBeNull()
    const notices = useNoticesStore().notices
    expect(notices).toHaveLength(1)
    expect(notices[0]?.text).toContain(backupKey)
  })

  it('works its figures out again whenever the history changes, here or in another tab', () => {
    const history = useHistoryStore()
    expect(history.summary).toEqual({ best: null, streak: 0, accuracy: null })
    history.record(makeAttemptOf('RRW', '2026-03-01T10:00:00.000Z'))
    expect(history.summary).toEqual({ best: history.attempts[0], streak: 2, accuracy: 67 })
    history.record(makeAttemptOf('RRRR', '2026-03-02T10:00:00.000Z'))
    expect(history.summary.streak).toBe(4)
    expect(history.best?.finishedAt).toBe('2026-03-02T10:00:00.000Z')

    const other = openTab()
    other.history.replaceAll([makeAttemptOf('W', '2026-03-03T10:00:00.000Z')])
    vi.setSystemTime(NOW.getTime() + 60_000)
    deliverStorageEvent('quorum:history')
    expect(history.attempts.map(a => a.finishedAt)).toEqual(['2026-03-03T10:00:00.000Z'])
    expect(history.summary).toEqual({ best: history.attempts[0], streak: 0, accuracy: 0 })
    history.$reset()
    expect(history.summary.accuracy).toBeNull()
  })

  it('keeps the good attempts when one is bad, with the whole raw value backed up', () => {
    const raw = makeStored([makeAttempt({ id: 'good' }), makeAttempt({ id: 'bad', total: 7 }), makeAttempt({ id: 'also-good' })])
    localStorage.setItem('quorum:history', raw)
    const history = useHistoryStore()
    expect(history.attempts.map(a => a.id)).toEqual(['good', 'also-good'])
    const backupKey = `quorum:backup:quorum:history:${NOW.toISOString()}`
    expect(localStorage.getItem(backupKey)).toBe(raw)
    expect(useNoticesStore().notices[0]?.text).toMatch(/1 of 3 saved results could not be read/)
    history.record(makeAttempt({ id: 'new' }))
    expect(reload().attempts.map(a => a.id)).toEqual(['new', 'good', 'also-good'])
  })

  it('records again after corrupt data was kept aside', () => {
    localStorage.setItem('quorum:history', 'not json')
    useHistoryStore().record(makeAttempt({ id: 'new' }))
    expect(reload().attempts.map(a => a.id)).toEqual(['new'])
    expect(localStorage.getItem(`quorum:backup:quorum:history:${NOW.toISOString()}`)).toBe('not json')
  })

  it('keeps working in memory and says so when storage is full', () => {
    breakStorage('setItem')
    const history = useHistoryStore()
    history.record(makeAttempt({ id: 'a' }))
    expect(history.find('a')).not.toBeNull()
    expect(history.best?.id).toBe('a')
    expect(useNoticesStore().notices.map(n => n.text)).toEqual([expect.stringContaining('could not be saved')])
  })

  it('tells the user when storage cannot be read at all', () => {
    breakStorage('getItem', new DOMException('blocked', 'SecurityError'))
    expect(useHistoryStore().attempts).toEqual([])
    expect(useNoticesStore().notices).toHaveLength(1)
  })
})

describe('breakStorage', () => {
  it('leaves storage working again for the next test', () => {
    localStorage.setItem('quorum:history', 'x')
    expect(localStorage.getItem('quorum:history')).toBe('x')
  })
})

describe('history store: past the cap, nothing dropped without a word', () => {
  const results = (n: number) => Array.from({ length: n }, (_, i) => makeAttempt({ id: `old-${i}`, finishedAt: new Date(Date.UTC(2025, 0, 1) - i * 60_000).toISOString() }))
  const texts = () => useNoticesStore().notices.map(n => n.text)

  it('warns ten results ahead, says when each new result replaces the oldest, and each once, with a way to export', () => {
    localStorage.setItem('quorum:history', makeStored(results(NEARLY_FULL - 1)))
    const history = reload()
    history.record(makeAttempt({ id: 'new-0', finishedAt: NOW.toISOString() }))
    expect(texts()).toEqual([historyFullness(NEARLY_FULL)])
    for (let i = 1; i <= 12; i++)
      history.record(makeAttempt({ id: `new-${i}`, finishedAt: new Date(NOW.getTime() + i * 60_000).toISOString() }))
    expect(history.attempts).toHaveLength(MAX_HISTORY)
    expect(texts()).toEqual([historyFullness(NEARLY_FULL), historyFullness(MAX_HISTORY)])
    expect(useNoticesStore().notices.map(n => n.link)).toEqual([EXPORT_LINK, EXPORT_LINK])
  })

  it('says nothing with room to spare', () => {
    const history = reload()
    history.record(makeAttempt())
    expect(texts()).toEqual([])
  })
})
