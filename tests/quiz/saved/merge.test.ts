import type { ClassRecord } from '../../../src/quiz/classroom/classes'
import type { ReviewCard } from '../../../src/quiz/practice/review'
import type { Attempt } from '../../../src/quiz/saved/saved'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_CLASSES } from '../../../src/quiz/classroom/classes'
import { laterCard, mergeClasses, mergeDecks, mergeHistory, sameData } from '../../../src/quiz/saved/merge'
import { MAX_HISTORY } from '../../../src/quiz/saved/saved'
import { makeAttempt } from '../../builders'
import { attemptArb, cardArb, classRecordArb } from '../../fixtures/storage/arbitraries'

const at = (id: string, minute: number) => makeAttempt({ id, finishedAt: `2026-03-04T10:${String(minute).padStart(2, '0')}:00.000Z` })
const ids = (attempts: { id: string }[]) => attempts.map(a => a.id)
const card = (overrides: Partial<ReviewCard> = {}): ReviewCard => ({ fact: 'f', box: 2, due: '2026-03-06', seen: 2, lapses: 0, ...overrides })
function session(joinCode: string, codes: string[] = [], createdAt = '2026-03-01T09:00:00.000Z'): ClassRecord {
  return {
    joinCode,
    createdAt,
    results: codes.map(code => ({ code, name: code, answers: [0], collectedAt: createdAt })),
  }
}

describe('mergeHistory', () => {
  it.each([
    ['nothing stored', [], [at('a', 1)], ['a']],
    ['nothing in memory', [at('a', 1)], [], ['a']],
    ['the same attempts', [at('b', 2), at('a', 1)], [at('b', 2), at('a', 1)], ['b', 'a']],
    ['two tabs each with a new attempt', [at('b', 2), at('x', 0)], [at('a', 1), at('x', 0)], ['b', 'a', 'x']],
    ['a newer attempt of mine', [at('b', 2), at('x', 0)], [at('a', 3), at('x', 0)], ['a', 'b', 'x']],
    ['an older attempt of mine', [at('b', 2), at('x', 1)], [at('a', 0)], ['b', 'x', 'a']],
    ['an attempt of mine finished when a stored one was: after it, as the stored side wins ties', [at('b', 2), at('x', 1)], [at('a', 2)], ['b', 'a', 'x']],
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

describe('laterCard and mergeDecks', () => {
  it.each([
    ['the card answered more often', card({ seen: 3 }), card({ seen: 4, box: 1 }), 'mine'],
    ['the card answered more often, stored', card({ seen: 5 }), card({ seen: 4 }), 'stored'],
    ['of cards answered as often, the one with more lapses', card({ seen: 3, box: 3 }), card({ seen: 3, box: 1, lapses: 1 }), 'mine'],
    ['then the lower box', card({ seen: 3, box: 2 }), card({ seen: 3, box: 4 }), 'stored'],
    ['then the earlier due day', card({ due: '2026-03-09' }), card({ due: '2026-03-07' }), 'mine'],
    ['the stored one when both are the same', card(), card(), 'stored'],
  ] as const)('keeps %s', (_, stored, mine, winner) => {
    expect(laterCard(stored, mine)).toBe(winner === 'mine' ? mine : stored)
    // Either tab merging the other's card keeps the same one.
    expect(laterCard(mine, stored)).toEqual(winner === 'mine' ? mine : stored)
  })

  it('keeps every fact of both, each with its later card', () => {
    const stored = { a: card({ fact: 'a', seen: 2 }), b: card({ fact: 'b' }) }
    const mine = { a: card({ fact: 'a', seen: 3 }), c: card({ fact: 'c' }) }
    expect(mergeDecks(stored, mine)).toEqual({ a: mine.a, b: stored.b, c: mine.c })
  })

  it('gives a deck whose cards can be replaced and removed, like any other', () => {
    const merged = mergeDecks({ a: card({ fact: 'a' }) }, { b: card({ fact: 'b' }) })
    merged.a = card({ fact: 'a', box: 5 })
    delete merged.b
    expect(merged).toEqual({ a: card({ fact: 'a', box: 5 }) })
  })

  it('treats a fact named like an Object method as a fact, and touches no prototype', () => {
    const stored = JSON.parse('{"constructor":{"fact":"constructor","box":1,"due":"2026-03-05","seen":1,"lapses":1}}') as Record<string, ReviewCard>
    const mine = JSON.parse('{"__proto__":{"fact":"x","box":1,"due":"2026-03-05","seen":1,"lapses":1},"toString":{"fact":"toString","box":1,"due":"2026-03-05","seen":1,"lapses":1}}') as Record<string, ReviewCard>
    const merged = mergeDecks(stored, mine)
    expect(Object.keys(merged).sort()).toEqual(['__proto__', 'constructor', 'toString'])
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).fact).toBeUndefined()
    expect(mergeDecks({}, {})).toEqual({})
  })

  it('loses no fact, and settles: merging again changes nothing', () => {
    const deck = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), cardArb).map(d =>
      Object.fromEntries(Object.entries(d).map(([fact, { lapsesShare, ...c }]) => [fact, { ...c, fact, lapses: Math.floor(c.seen * lapsesShare) }])))
    fc.assert(fc.property(deck, deck, (stored, mine) => {
      const merged = mergeDecks(stored, mine)
      expect(new Set(Object.keys(merged))).toEqual(new Set([...Object.keys(stored), ...Object.keys(mine)]))
      expect(mergeDecks(merged, mine)).toEqual(merged)
      expect(mergeDecks(merged, stored)).toEqual(merged)
      // The two tabs agree on every card, whichever of them merges.
      expect(mergeDecks(mine, stored)).toEqual(merged)
    }), { numRuns: 300 })
  })
})

describe('mergeClasses', () => {
  it('joins sessions by join code and their results by code, a session only this tab has first', () => {
    const stored = [session('AAA', ['A1']), session('BBB', ['B1'])]
    const mine = [session('CCC'), session('AAA', ['A1', 'A2'], '2026-02-01T00:00:00.000Z')]
    const merged = mergeClasses(stored, mine)
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([
      ['CCC', '2026-03-01T09:00:00.000Z', []],
      ['AAA', '2026-02-01T00:00:00.000Z', ['A1', 'A2']],
      ['BBB', '2026-03-01T09:00:00.000Z', ['B1']],
    ])
  })

  it.each([
    ['created at the same time', '2026-03-01T09:00:00.000Z'],
    ['created later in this tab', '2026-03-02T09:00:00.000Z'],
  ])('adds a result only this tab has to a session %s, keeping the earlier creation time', (_, createdAt) => {
    const stored = [session('AAA', ['A1'])]
    const merged = mergeClasses(stored, [session('AAA', ['A2', 'A1'], createdAt)])
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([['AAA', '2026-03-01T09:00:00.000Z', ['A1', 'A2']]])
  })

  it('takes the earlier creation time from this tab even when it has no result the stored copy lacks', () => {
    const merged = mergeClasses([session('AAA', ['A1'])], [session('AAA', ['A1'], '2026-02-01T00:00:00.000Z')])
    expect(merged.map(r => [r.joinCode, r.createdAt, r.results.map(x => x.code)])).toEqual([['AAA', '2026-02-01T00:00:00.000Z', ['A1']]])
  })

  it('is the stored value, object for object, when that has everything already', () => {
    const stored = [session('AAA', ['A1', 'A2']), session('BBB')]
    const merged = mergeClasses(stored, [session('AAA', ['A2'])])
    expect(merged[0]).toBe(stored[0])
    expect(merged).toEqual(stored)
  })

  it(`keeps at most ${MAX_CLASSES} sessions`, () => {
    const stored = Array.from({ length: MAX_CLASSES }, (_, i) => session(`S${i}`))
    const merged = mergeClasses(stored, [session('NEW')])
    expect(merged).toHaveLength(MAX_CLASSES)
    expect(merged[0]?.joinCode).toBe('NEW')
  })

  it('loses no session or result, and settles', () => {
    const records = fc.uniqueArray(classRecordArb, { selector: r => r.joinCode, maxLength: 4 })
    fc.assert(fc.property(records, records, (stored, mine) => {
      const merged = mergeClasses(stored, mine)
      const all = (list: ClassRecord[]) => new Set(list.flatMap(r => [r.joinCode, ...r.results.map(x => `${r.joinCode}/${x.code}`)]))
      expect(all(merged)).toEqual(new Set([...all(stored), ...all(mine)]))
      expect(mergeClasses(merged, mine)).toEqual(merged)
    }), { numRuns: 300 })
  })
})

describe('sameData', () => {
  it.each([
    [{ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: [] }, { a: {} }, false],
    [null, {}, false],
    ['1', 1, false],
    [[1], [1, 2], false],
    [[1, 2], [1, 3], false],
    [{ a: 1, b: 2 }, { a: 1, b: 3 }, false],
    [[1], { 0: 1, length: 1 }, false],
    [1, 2, false],
    [true, false, false],
    [{}, 0, false],
    [[], {}, false],
    [{ a: 1 }, { b: 1 }, false],
    // An own "__proto__" key (as JSON.parse makes) is data, not the prototype of the other side.
    [JSON.parse('{"__proto__":{}}'), { x: {} }, false],
    [JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":1}}'), true],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameData(a, b)).toBe(same)
    expect(sameData(b, a)).toBe(same)
  })
})
