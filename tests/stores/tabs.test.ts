import type { Tab } from './app-tab'
import type { Attempt } from '~/quiz/practice/attempt'
import bank from 'virtual:quorum-bank'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { STORAGE_KEYS } from '~/persistence/keys'
import { SETTLE_MS } from '~/persistence/useSyncedKey'
import { makeAttempt, makeClassSession } from '../builders'
import { deliverStorageEvent, openNewTab, openTab } from './app-tab'

/**
 * Two tabs are two Pinia instances sharing one localStorage. The browser fires `storage` in the
 * tabs that did not write; here both tabs listen on one window, so each also hears its own
 * writes, which must change nothing.
 */

const START = new Date('2026-03-05T08:00:00.000Z')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: START })
})

afterEach(() => {
  vi.useRealTimers()
})

function later(ms = SETTLE_MS + 1) {
  vi.setSystemTime(new Date(Date.now() + ms))
}

const storedIds = () => (JSON.parse(localStorage.getItem(STORAGE_KEYS.history) ?? '{"data":[]}') as { data: Attempt[] }).data.map(a => a.id)
const storedFacts = () => Object.keys((JSON.parse(localStorage.getItem(STORAGE_KEYS.review) ?? '{"data":{}}') as { data: object }).data)
const ids = (tab: Tab) => tab.history.attempts.map(a => a.id)

async function playToLastQuestion(tab: Tab, seed: string) {
  await tab.quiz.start({ seed, count: 5 })
  for (;;) {
    tab.quiz.answer(tab.quiz.question!.answer)
    if (tab.quiz.isLast)
      return
    tab.quiz.next()
  }
}

describe('two tabs', () => {
  it('finishing quizzes at the same time: both attempts stored, and both tabs list both', async () => {
    const a = openTab()
    const b = openTab()
    await playToLastQuestion(a, 'tab-a')
    await playToLastQuestion(b, 'tab-b')
    const first = (await a.quiz.finish())!
    const second = (await b.quiz.finish())!
    expect(storedIds().sort()).toEqual([first.id, second.id].sort())

    deliverStorageEvent(STORAGE_KEYS.history)
    expect(ids(a).sort()).toEqual([first.id, second.id].sort())
    expect(ids(b).sort()).toEqual([first.id, second.id].sort())
    // And a fresh start sees both.
    expect(openTab().history.attempts).toHaveLength(2)
  })

  it('keeps both answers to one fact: each tab builds on the other’s card', () => {
    const a = openTab()
    const b = openTab()
    a.review.record('tally-yes', true)
    b.review.record('tally-yes', false)
    b.review.record('orban-role', true)
    expect(b.review.deck['tally-yes']).toMatchObject({ seen: 2, lapses: 1, box: 1 })
    deliverStorageEvent(STORAGE_KEYS.review)
    expect(a.review.deck).toEqual(b.review.deck)
    expect(Object.keys(openTab().review.deck).sort()).toEqual(['orban-role', 'tally-yes'])
  })

  it('heals a write made from a stale read: the tab that lost its attempt writes it back when it hears the other', () => {
    const a = openTab()
    const b = openTab()
    const before = localStorage.getItem(STORAGE_KEYS.history)
    a.history.record(makeAttempt({ id: 'from-a', finishedAt: '2026-03-05T08:00:00.000Z' }))
    // Tab b's process has not yet seen a's write: its read returns what was there before.
    const read = localStorage.getItem.bind(localStorage)
    const stale = vi.spyOn(localStorage, 'getItem').mockImplementation(key => (key === STORAGE_KEYS.history ? before : read(key)))
    b.history.record(makeAttempt({ id: 'from-b', finishedAt: '2026-03-05T08:00:00.000Z' }))
    stale.mockRestore()
    expect(storedIds()).toEqual(['from-b'])

    deliverStorageEvent(STORAGE_KEYS.history)
    expect(storedIds().sort()).toEqual(['from-a', 'from-b'])
    deliverStorageEvent(STORAGE_KEYS.history)
    expect(ids(a).sort()).toEqual(['from-a', 'from-b'])
    expect(ids(b).sort()).toEqual(['from-a', 'from-b'])
  })

  it('picks up another tab’s result without a write of its own', () => {
    const a = openTab()
    const b = openTab()
    later()
    b.history.record(makeAttempt({ id: 'elsewhere' }))
    const setItem = vi.spyOn(localStorage, 'setItem')
    deliverStorageEvent(STORAGE_KEYS.history)
    setItem.mockRestore()
    expect(ids(a)).toEqual(['elsewhere'])
    expect(setItem).not.toHaveBeenCalled()
  })

  it('a reset in one tab empties the other, which does not write the old data back later', async () => {
    const a = openTab()
    a.history.record(makeAttempt({ id: 'old' }))
    a.review.record('tally-yes', true)
    const b = openTab()
    expect(ids(b)).toEqual(['old'])
    later()
    expect(a.data.resetAll()).toBe(true)
    deliverStorageEvent(STORAGE_KEYS.history)
    deliverStorageEvent(STORAGE_KEYS.review)
    expect(ids(b)).toEqual([])
    expect(b.review.deck).toEqual({})

    later()
    b.history.record(makeAttempt({ id: 'new' }))
    expect(storedIds()).toEqual(['new'])
    expect(ids(a)).toEqual([])
    deliverStorageEvent(STORAGE_KEYS.history)
    expect(ids(a)).toEqual(['new'])
  })

  it('a reset wins over another tab’s stale copy: what that tab held before is not written back, what it adds after is kept', () => {
    const a = openTab()
    a.history.record(makeAttempt({ id: 'old' }))
    a.review.record('tally-yes', true)
    const b = openTab()
    // Tab b writes a moment before a's reset, and again before it hears of it.
    b.review.record('orban-role', true)
    expect(a.data.resetAll()).toBe(true)
    b.history.record(makeAttempt({ id: 'new' }))
    b.review.record('veto-count', false)
    expect(storedIds()).toEqual(['new'])
    expect(storedFacts()).toEqual(['veto-count'])

    deliverStorageEvent(STORAGE_KEYS.history)
    deliverStorageEvent(STORAGE_KEYS.review)
    for (const tab of [a, b]) {
      expect(ids(tab)).toEqual(['new'])
      expect(Object.keys(tab.review.deck)).toEqual(['veto-count'])
    }
    expect(storedIds()).toEqual(['new'])
  })

  it('a reset heard by a tab that has just written: it takes the reset on, and writes nothing old back', () => {
    const a = openTab()
    a.history.record(makeAttempt({ id: 'old' }))
    const b = openTab()
    b.history.record(makeAttempt({ id: 'just-now' }))
    expect(a.data.resetAll()).toBe(true)
    deliverStorageEvent(STORAGE_KEYS.history)
    expect(ids(b)).toEqual([])
    expect(storedIds()).toEqual([])
  })

  it('classes: results collected in two tabs for one session are all kept; a session removed in one goes from the other', () => {
    const session = makeClassSession(bank)
    const other = makeClassSession(bank, { seed: 777 })
    const count = session.quiz.questions.length
    const a = openTab()
    const b = openTab()
    expect(a.classes.collect(session.joinCode, session.spec, count, session.resultCode('Amal', session.answers(1))).saved).toBe(true)
    expect(b.classes.collect(session.joinCode, session.spec, count, session.resultCode('Bo', session.answers(2))).saved).toBe(true)
    b.classes.create(other.joinCode)
    deliverStorageEvent(STORAGE_KEYS.classes)
    for (const tab of [a, b]) {
      expect(tab.classes.find(session.joinCode)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
      expect(tab.classes.records.map(r => r.joinCode).sort()).toEqual([session.joinCode, other.joinCode].sort())
    }
    // The same code pasted in the other tab is refused there too: it is already collected.
    expect(a.classes.collect(session.joinCode, session.spec, count, session.resultCode('Bo', session.answers(2))).rejected).toHaveLength(1)

    later()
    expect(a.classes.remove(other.joinCode)).toBe(true)
    deliverStorageEvent(STORAGE_KEYS.classes)
    expect(b.classes.records.map(r => r.joinCode)).toEqual([session.joinCode])
  })

  it('classes: a result or a session removed in one tab does not come back from another that still holds it', () => {
    const session = makeClassSession(bank)
    const other = makeClassSession(bank, { seed: 777 })
    const count = session.quiz.questions.length
    const code = (name: string, n: number) => session.resultCode(name, session.answers(n))
    const a = openTab()
    a.classes.collect(session.joinCode, session.spec, count, `${code('Amal', 1)}\n${code('Bo', 2)}`)
    a.classes.create(other.joinCode)
    const b = openTab()
    const names = () => JSON.parse(localStorage.getItem(STORAGE_KEYS.classes)!).data.map((r: { joinCode: string, results: { name: string }[] }) => [r.joinCode, r.results.map(x => x.name)])

    // Tab b writes a moment before a's removals, and writes again before it hears of them.
    b.classes.collect(session.joinCode, session.spec, count, code('Cy', 3))
    expect(a.classes.removeResult(session.joinCode, code('Bo', 2))).toBe(true)
    expect(a.classes.remove(other.joinCode)).toBe(true)
    b.classes.collect(session.joinCode, session.spec, count, code('Di', 4))
    expect(names()).toEqual([[session.joinCode, ['Amal', 'Cy', 'Di']]])
    deliverStorageEvent(STORAGE_KEYS.classes)
    expect(b.classes.records.map(r => r.joinCode)).toEqual([session.joinCode])
    expect(names()).toEqual([[session.joinCode, ['Amal', 'Cy', 'Di']]])

    // Collected again after its removal, a result is new, and kept.
    later()
    b.classes.collect(session.joinCode, session.spec, count, code('Bo', 2))
    expect(names()).toEqual([[session.joinCode, ['Amal', 'Cy', 'Di', 'Bo']]])
  })

  it('each tab keeps its own quiz in progress', async () => {
    const a = openTab()
    const b = openTab()
    await a.quiz.start({ seed: 'mine', count: 5 })
    await b.quiz.start({ seed: 'theirs', count: 5 })
    deliverStorageEvent(STORAGE_KEYS.currentQuiz)
    expect(a.quiz.current?.quiz.seed).toBe('mine')
    a.quiz.answer(0)
    expect(a.quiz.current?.answers[0]).toBe(0)
  })

  describe('quizzes in progress', () => {
    const deliverQuizEvents = () => [STORAGE_KEYS.currentQuiz, STORAGE_KEYS.otherQuizzes].forEach(deliverStorageEvent)

    it('a tab opened during another’s quiz does not call that quiz its own, and its own quiz survives the other finishing', async () => {
      const a = openTab()
      await a.quiz.start({ seed: 'tab-a', count: 3 })
      a.quiz.answer(0)
      const b = openNewTab()
      expect([b.quiz.current?.quiz.seed, b.quiz.own]).toEqual(['tab-a', false])

      await b.quiz.start({ seed: 'tab-b', count: 3 })
      b.quiz.answer(1)
      deliverQuizEvents()
      // Tab a plays on: its answers go on being saved, beside b's quiz, never over it.
      a.quiz.next()
      a.quiz.answer(2)
      expect(openNewTab().quiz.current?.answers).toEqual([1, null, null])
      a.quiz.next()
      a.quiz.answer(0)
      const finished = (await a.quiz.finish())!
      deliverQuizEvents()

      expect(finished.questions.map(q => q.chosen !== null)).toEqual([true, true, true])
      expect([b.quiz.current?.quiz.seed, b.quiz.current?.answers]).toEqual(['tab-b', [1, null, null]])
      expect(b.noticeTexts()).toEqual([])
      const reloaded = openNewTab()
      expect([reloaded.quiz.current?.quiz.seed, reloaded.quiz.current?.answers]).toEqual(['tab-b', [1, null, null]])
      expect(localStorage.getItem(STORAGE_KEYS.otherQuizzes)).toBeNull()
    })

    it('one quiz played on in two tabs: each takes on the other’s answers and says so, and neither overwrites one', async () => {
      const a = openTab()
      await a.quiz.start({ seed: 'shared', count: 3 })
      const b = openNewTab()
      b.quiz.answer(1)
      deliverQuizEvents()
      expect(a.quiz.current?.answers).toEqual([1, null, null])
      expect(a.noticeTexts()).toEqual([expect.stringContaining('Your quiz went on in another tab')])

      // Both answer the next question before hearing from the other: the first saved counts.
      a.quiz.next()
      b.quiz.next()
      b.quiz.answer(2)
      a.quiz.answer(0)
      expect(a.quiz.current?.answers).toEqual([1, 2, null])
      expect(a.noticeTexts()).toContain('Question 2 of your quiz was answered in another tab too: the answer saved first, there, is the one that counts.')
      deliverQuizEvents()
      expect(b.quiz.current?.answers).toEqual([1, 2, null])
      expect(openNewTab().quiz.current?.answers).toEqual([1, 2, null])
    })

    it('a tab whose quiz was finished in another tab is told, and can still finish it', async () => {
      const a = openTab()
      await a.quiz.start({ seed: 'shared', count: 1 })
      const b = openNewTab()
      a.quiz.answer(0)
      await a.quiz.finish()
      deliverQuizEvents()
      expect(b.noticeTexts()).toEqual([expect.stringContaining('Your quiz was finished or cleared in another tab')])
      b.quiz.answer(0)
      expect(await b.quiz.finish()).not.toBeNull()
    })
  })

  it('another tab clearing storage empties this one', () => {
    const a = openTab()
    a.history.record(makeAttempt({ id: 'gone' }))
    const b = openTab()
    later()
    localStorage.clear()
    deliverStorageEvent(null)
    expect(ids(b)).toEqual([])
  })

  it('stops listening when the stores are disposed', () => {
    const a = openTab()
    const b = openTab()
    later()
    b.close()
    const removed = vi.spyOn(window, 'removeEventListener')
    a.close()
    expect(removed.mock.calls.filter(([type]) => type === 'storage')).toHaveLength(4)
    const c = openTab()
    c.history.record(makeAttempt({ id: 'after' }))
    deliverStorageEvent(STORAGE_KEYS.history)
    expect(ids(b)).toEqual([])
    expect(ids(a)).toEqual([])
  })
})
