import type { Tab } from './app-tab'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { STORAGE_KEYS } from '~/persistence/keys'
import { MAX_HISTORY } from '~/quiz/practice/history'
import { makeAttempt, makeStored } from '../builders'
import { openTab } from './app-tab'
import { limitStorage, refuseKey, storedLength } from './broken-storage'

const NOW = new Date('2026-03-05T08:00:00.000Z')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
})

afterEach(() => {
  vi.useRealTimers()
})

async function playToLastQuestion(tab: Tab, count = 5) {
  await tab.quiz.start({ seed: 'writes', count })
  for (;;) {
    tab.quiz.answer(tab.quiz.question!.answer)
    if (tab.quiz.isLast)
      return
    tab.quiz.next()
  }
}

/** A full history of results bigger than a real quiz's, oldest last. */
function fullHistory() {
  const long = 'A long question kept from an earlier quiz? '.repeat(40)
  return Array.from({ length: MAX_HISTORY }, (_, i) => makeAttempt({
    id: `old-${i}`,
    finishedAt: new Date(Date.UTC(2025, 0, 1) + (MAX_HISTORY - i) * 60_000).toISOString(),
    questions: [
      { id: 'q-1', prompt: long, chosen: 'United States', key: 'United States', correct: true },
      { id: 'q-2', prompt: long, chosen: 'France', key: 'United States', correct: false },
    ],
  }))
}

describe('a finished quiz’s writes, all together or none', () => {
  it('when the result cannot be written: reported unsaved, its answers kept out of the stored schedule, the quiz still saved to finish again', async () => {
    const tab = openTab()
    await playToLastQuestion(tab)
    const refused = refuseKey(STORAGE_KEYS.history)
    const attempt = (await tab.quiz.finish())!
    expect(tab.noticeTexts()).toEqual([expect.stringContaining('Your result could not be saved')])
    // This tab shows both, schedule and result, until it is closed.
    expect(tab.history.find(attempt.id)).toEqual(attempt)
    expect(Object.keys(tab.review.deck)).toHaveLength(5)

    refused.mockRestore()
    const reloaded = openTab()
    expect(reloaded.history.attempts).toEqual([])
    expect(reloaded.review.deck).toEqual({})
    expect(reloaded.quiz.current?.answers).not.toContain(null)
    expect((await reloaded.quiz.finish())?.correct).toBe(5)
  })

  it('at the history cap with storage nearly full: all saved, and nothing says it was not', async () => {
    localStorage.setItem(STORAGE_KEYS.history, makeStored(fullHistory()))
    const tab = openTab()
    await tab.quiz.start({ seed: 'writes', count: 5 })
    // Room for the quiz as it goes, not for one more review card on its own.
    limitStorage(storedLength() + 40)
    for (;;) {
      tab.quiz.answer(tab.quiz.question!.answer)
      if (tab.quiz.isLast)
        break
      tab.quiz.next()
    }
    const attempt = (await tab.quiz.finish())!
    expect(tab.noticeTexts().filter(text => /not saved|could not be saved/.test(text))).toEqual([])

    const reloaded = openTab()
    expect(reloaded.history.attempts[0]).toEqual(attempt)
    expect(reloaded.history.attempts).toHaveLength(MAX_HISTORY)
    expect(Object.keys(reloaded.review.deck)).toHaveLength(5)
    expect(reloaded.quiz.current).toBeNull()
  })
})
