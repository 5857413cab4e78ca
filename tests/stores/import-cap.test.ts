import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_HISTORY } from '~/quiz/practice/history'
import { encodeExport } from '~/quiz/practice/transfer'
import { makeAttempt } from '../builders'
import { openTab } from './app-tab'

const NOW = new Date('2026-03-05T08:00:00.000Z')
const HOUR = 3_600_000

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
})

afterEach(() => {
  vi.useRealTimers()
})

/** `n` results, one an hour back from `newest`, newest first. */
function results(prefix: string, n: number, newest: number) {
  return Array.from({ length: n }, (_, i) => makeAttempt({ id: `${prefix}-${i}`, finishedAt: new Date(newest - i * HOUR).toISOString() }))
}

describe('importing more results than the history keeps', () => {
  it('2,000 results: the 500 most recent kept, and the outcome says how many were left out and which', async () => {
    const tab = openTab()
    const file = encodeExport({ history: results('file', 2000, Date.UTC(2026, 2, 1)), review: {}, currentQuiz: null }, NOW.toISOString())
    const outcome = await tab.data.importFile(new Blob([file]))
    expect(outcome).toEqual({
      ok: true,
      results: MAX_HISTORY,
      facts: 0,
      saved: true,
      leftOut: { count: 1500, fromDevice: 0, from: '2025-12-07', to: '2026-02-08' },
    })
    expect(openTab().history.attempts.map(a => a.id)).toEqual(results('file', MAX_HISTORY, Date.UTC(2026, 2, 1)).map(a => a.id))
  })

  it('says so when results of the device itself make way for newer ones from the file', async () => {
    const tab = openTab()
    tab.history.replaceAll(results('device', 10, Date.UTC(2025, 0, 1)))
    const file = encodeExport({ history: results('file', MAX_HISTORY, Date.UTC(2026, 2, 1)), review: {}, currentQuiz: null }, NOW.toISOString())
    const outcome = await tab.data.importFile(new Blob([file]))
    expect(outcome).toMatchObject({ ok: true, leftOut: { count: 10, fromDevice: 10 } })
  })

  it('refuses a file over the size limit before reading it', async () => {
    const tab = openTab()
    const file = new Blob(['x'])
    Object.defineProperty(file, 'size', { value: 30_000_001 })
    const text = vi.spyOn(file, 'text')
    expect(await tab.data.importFile(file)).toEqual({ ok: false, reason: 'The file is too large (30.0 MB): Quorum reads data files of up to 30.0 MB, far more than any it writes.' })
    expect(text).not.toHaveBeenCalled()
  })
})
