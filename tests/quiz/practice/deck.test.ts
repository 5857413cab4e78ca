import type { ReviewCard } from '~/quiz/practice/review'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDeck, laterCard, mergeDecks, readReview } from '~/quiz/practice/deck'
import { checkValue } from '~/quiz/saved/check'
import { wrapEnvelope } from '~/quiz/saved/envelope'
import { cardArb } from '../../fixtures/storage/arbitraries'

const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))
const card = (overrides: Partial<ReviewCard> = {}): ReviewCard => ({ fact: 'f', box: 2, due: '2026-03-06', seen: 2, lapses: 0, ...overrides })

describe('the review deck in saved data', () => {
  const card = { fact: 'tally-yes', box: 2, due: '2026-03-06', seen: 2, lapses: 1 }

  it.each([
    ['a fact that is not a fact name', { 'Tally Yes': { ...card, fact: 'Tally Yes' } }, 'data.Tally Yes.fact should be a fact name'],
    ['a card stored under another fact', { other: card }, 'data.other.fact should be the name it is stored under'],
    ['box 0', { 'tally-yes': { ...card, box: 0 } }, 'data.tally-yes.box should be a box from 1 to 5'],
    ['box 6', { 'tally-yes': { ...card, box: 6 } }, 'data.tally-yes.box should be a box from 1 to 5'],
    ['a day that does not exist', { 'tally-yes': { ...card, due: '2026-02-30' } }, 'data.tally-yes.due should be a day such as 2026-11-27'],
    ['more lapses than answers', { 'tally-yes': { ...card, lapses: 3 } }, 'data.tally-yes.lapses should be at most the times seen, which is at least one'],
    ['a card never answered', { 'tally-yes': { ...card, seen: 0, lapses: 0 } }, 'data.tally-yes.lapses should be at most the times seen, which is at least one'],
  ])('drops %s, keeps the rest, and says why', (_, bad, reason) => {
    const good = { ...card, fact: 'other-fact' }
    expect(readReview(stored({ 'other-fact': good, ...bad }))).toEqual({ status: 'partial', data: { 'other-fact': good }, reason: `1 review card could not be read (${reason})` })
  })

  it('counts every card dropped, and names the first', () => {
    const result = readReview(stored({ a: { ...card, fact: 'a', box: 9 }, b: { ...card, fact: 'b', box: 9 } }))
    expect(result).toEqual({ status: 'partial', data: {}, reason: '2 review cards could not be read (data.a.box should be a box from 1 to 5, …)' })
  })

  it('reads cards at the edges of what is allowed', () => {
    const deck = { a: { ...card, fact: 'a', box: 1 }, b: { ...card, fact: 'b', box: 5, seen: 1, lapses: 1 } }
    expect(readReview(stored(deck))).toEqual({ status: 'ok', data: deck })
    expect(checkValue(checkDeck, deck, 'deck')).toEqual({ ok: true, value: deck })
    expect(checkValue(checkDeck, { a: { ...card, fact: 'a', box: 9 } }, 'deck')).toEqual({ ok: false, reason: 'deck.a.box should be a box from 1 to 5' })
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
