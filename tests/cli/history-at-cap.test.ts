// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadBank } from '~/build/load-bank'
import { makeHistory } from '~/cli/history-at-cap'
import { MAX_HISTORY, readHistory } from '~/quiz/practice/history'
import { wrapEnvelope } from '~/quiz/saved/envelope'

const bank = loadBank(fileURLToPath(new URL('../..', import.meta.url)))

describe('makeHistory, the history bench:cap saves', () => {
  const attempts = makeHistory(bank, MAX_HISTORY)
  const stored = JSON.stringify(wrapEnvelope(attempts))

  it('is read back whole, as the app reads it', () => {
    const read = readHistory(stored)
    expect(read.status).toBe('ok')
    expect(read.status === 'ok' && read.data).toEqual(attempts)
  })

  it('is a student\'s at the cap: newest first, a day apart, of every length, about 2.3 MB or more', () => {
    expect(attempts).toHaveLength(MAX_HISTORY)
    expect(new Set(attempts.map(a => a.id)).size).toBe(MAX_HISTORY)
    expect(attempts.every((a, i) => i === 0 || a.finishedAt < attempts[i - 1]!.finishedAt)).toBe(true)
    // A topic with fewer items than 20 makes a shorter quiz, as in the app.
    expect([...new Set(attempts.map(a => a.total))]).toEqual(expect.arrayContaining([5, 10, 20]))
    expect(new Set(attempts.map(a => a.correct)).size).toBeGreaterThan(5)
    // localStorage counts two bytes a character.
    expect(stored.length * 2).toBeGreaterThan(2.3e6)
  })

  it('is the same every time', () => {
    expect(makeHistory(bank, 3)).toEqual(makeHistory(bank, 3))
  })
})
