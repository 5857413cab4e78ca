import type { Attempt } from '~/quiz/practice/attempt'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addAttempt, historyFullness, MAX_HISTORY, mergeHistory, NEARLY_FULL, readHistory } from '~/quiz/practice/history'
import { wrapEnvelope } from '~/quiz/saved/envelope'
import { makeAttempt } from '../../builders'
import { attemptArb } from '../../fixtures/storage/arbitraries'

const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))
const at = (id: string, minute: number) => makeAttempt({ id, finishedAt: `2026-03-04T10:${String(minute).padStart(2, '0')}:00.000Z` })
const ids = (attempts: { id: string }[]) => attempts.map(a => a.id)

describe('readHistory', () => {
  it('reads back a list of attempts', () => {
    const attempts = [makeAttempt(), makeAttempt({ id: 'a-2' })]
    expect(readHistory(stored(attempts))).toEqual({ status: 'ok', data: attempts })
  })

  it.each([
    ['a total that does not match', makeAttempt({ id: 'bad', total: 3 }), 'data[1].total'],
    ['more right than asked', makeAttempt({ id: 'bad', correct: 5 }), 'data[1].total'],
    ['a bad date', makeAttempt({ id: 'bad', finishedAt: 'yesterday' }), 'data[1].finishedAt'],
    ['a missing answer flag', makeAttempt({ id: 'bad', questions: [{ id: 'q', prompt: 'p', chosen: null, key: 'k' } as never, makeAttempt().questions[1]!] }), 'data[1].questions[0].correct'],
    ['null', null, 'data[1] should be an object'],
  ])('keeps the good attempts around one with %s, and says why', (_, bad, reason) => {
    const result = readHistory(stored([makeAttempt({ id: 'a' }), bad, makeAttempt({ id: 'b' })]))
    expect(result).toEqual({
      status: 'partial',
      data: [makeAttempt({ id: 'a' }), makeAttempt({ id: 'b' })],
      reason: expect.stringContaining(reason),
    })
    expect(result.status === 'partial' && result.reason).toContain('1 of 3 saved results')
  })

  it('reports a history that is not a list as corrupt', () => {
    expect(readHistory(stored({ attempts: [] }))).toEqual({ status: 'corrupt', reason: expect.stringContaining('data should be a list') })
  })
})

describe('addAttempt', () => {
  it('puts the newest first and replaces an attempt with the same id', () => {
    const history = [makeAttempt({ id: 'a' }), makeAttempt({ id: 'b' })]
    expect(addAttempt(history, makeAttempt({ id: 'c' })).map(a => a.id)).toEqual(['c', 'a', 'b'])
    expect(addAttempt(history, makeAttempt({ id: 'b' })).map(a => a.id)).toEqual(['b', 'a'])
  })

  it(`keeps at most ${MAX_HISTORY} attempts`, () => {
    const history = Array.from({ length: MAX_HISTORY }, (_, i) => makeAttempt({ id: String(i) }))
    const next = addAttempt(history, makeAttempt({ id: 'new' }))
    expect(next).toHaveLength(MAX_HISTORY)
    expect(next[0]!.id).toBe('new')
  })
})

describe('mergeHistory', () => {
  it.each([
    ['nothing stored', [], [at('a', 1)], ['a']],
    ['nothing in memory', [at('a', 1)], [], ['a']],
    ['the same attempts', [at('b', 2), at('a', 1)], [at('b', 2), at('a', 1)], ['b', 'a']],
    ['two tabs each with a new attempt', [at('b', 2), at('x', 0)], [at('a', 1), at('x', 0)], ['b', 'a', 'x']],
    ['a newer attempt of mine', [at('b', 2), at('x', 0)], [at('a', 3), at('x', 0)], ['a', 'b', 'x']],
    ['an older attempt of mine', [at('b', 2), at('x', 1)], [at('a', 0)], ['b', 'x', 'a']],
    ['an attempt of mine finished when a stored one was: after it, as the stored side wins ties', [at('b', 2), at('x', 1)], [at('a', 2)], ['b', 'a', 'x']],
    ['one side out of order (an imported file, say)', [at('x', 1), at('b', 3)], [at('a', 2)], ['b', 'a', 'x']],
    ['an id twice on one side (found by fuzzing an import): the first is kept', [at('a', 1), at('a', 3)], [at('b', 2), at('b', 4)], ['b', 'a']],
  ])('with %s: every attempt once, newest first', (_, stored, mine, expected) => {
    expect(ids(mergeHistory(stored, mine))).toEqual(expected)
  })

  it('keeps the stored copy of an attempt both have', () => {
    const stored = at('a', 1)
    expect(mergeHistory([stored], [{ ...at('a', 1), seed: 'other' }])[0]).toBe(stored)
  })

  it(`keeps at most ${MAX_HISTORY}, dropping the oldest`, () => {
    const stored = Array.from({ length: MAX_HISTORY }, (_, i) => makeAttempt({ id: `s${i}`, finishedAt: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString() }))
    const merged = mergeHistory(stored, [makeAttempt({ id: 'new', finishedAt: '2026-02-01T00:00:00.000Z' })])
    expect(merged).toHaveLength(MAX_HISTORY)
    expect(merged[0]?.id).toBe('new')
    expect(ids(merged)).not.toContain(`s${MAX_HISTORY - 1}`)
  })

  it('loses nothing, and is the stored value when that has everything already', () => {
    const history = fc.uniqueArray(attemptArb(true) as fc.Arbitrary<Attempt>, { selector: a => a.id, maxLength: 8 })
    fc.assert(fc.property(history, history, (stored, mine) => {
      const merged = mergeHistory(stored, mine)
      expect(new Set(ids(merged))).toEqual(new Set([...ids(stored), ...ids(mine)]))
      expect(mergeHistory(merged, mine)).toEqual(merged)
      expect(mergeHistory(merged, stored)).toEqual(merged)
    }), { numRuns: 300 })
  })
})

describe('historyFullness', () => {
  it.each([
    [0, null],
    [NEARLY_FULL - 1, null],
    [NEARLY_FULL, 'nearly full'],
    [MAX_HISTORY - 1, 'nearly full'],
    [MAX_HISTORY, 'full: Quorum keeps your 500 most recent results'],
  ] as const)('%i results: %s', (count, says) => {
    const text = historyFullness(count)
    if (says === null)
      expect(text).toBeNull()
    else
      expect(text).toContain(`Your history is ${says}`)
  })
})
