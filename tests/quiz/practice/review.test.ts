import type { ReviewCard, ReviewDeck } from '~/quiz/practice/review'
import { describe, expect, it } from 'vitest'
import { readReview } from '~/quiz/practice/deck'
import { addDays, BOX_INTERVALS, dueFacts, FIRST_RIGHT_BOX, isDay, MASTERED_BOX, masteryByTopic, MAX_BOX, recordAnswer, scheduleAnswer } from '~/quiz/practice/review'
import { wrapEnvelope } from '~/quiz/saved/envelope'

const card = (over: Partial<ReviewCard> = {}): ReviewCard => ({ fact: 'tally-yes', box: 2, due: '2026-11-27', seen: 2, lapses: 1, ...over })

describe('calendar days', () => {
  it.each(['27/11/2026', '', '2026-11-27T10:00'])('refuses to count days from %j', (day) => {
    expect(() => addDays(day, 1)).toThrow(new RangeError(`not a day: ${day}`))
  })

  it.each([
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 2, '2026-03-30'], // across a daylight-saving change in Europe
    ['2026-11-27', 16, '2026-12-13'],
  ])('%s plus %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected)
  })

  it.each([
    ['2026-11-27', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['27/11/2026', false],
    ['', false],
  ])('%j is a day: %j', (value, day) => {
    expect(isDay(value)).toBe(day)
  })
})

describe('mastery takes spaced right answers', () => {
  it.each([
    ['twice right on one day', ['2026-11-27', '2026-11-27'], false],
    ['three times right on one day', ['2026-11-27', '2026-11-27', '2026-11-27'], false],
    ['right, then right again the next day, before it is due', ['2026-11-27', '2026-11-28'], false],
    ['right, then right again when due', ['2026-11-27', addDays('2026-11-27', BOX_INTERVALS[FIRST_RIGHT_BOX]!)], true],
    ['right, then right again long after', ['2026-11-27', '2027-01-10'], true],
  ])('%s: mastered %j', (_, days, mastered) => {
    let deck: ReviewDeck = {}
    for (const day of days)
      deck = recordAnswer(deck, 'f', true, day)
    expect((deck.f?.box ?? 0) >= MASTERED_BOX).toBe(mastered)
    expect(deck.f?.seen).toBe(days.length)
  })
})

describe('scheduleAnswer (Leitner)', () => {
  it.each([
    ['a new fact answered wrong', undefined, false, 1, '2026-11-28'],
    ['a new fact answered right', undefined, true, FIRST_RIGHT_BOX, addDays('2026-11-27', BOX_INTERVALS[FIRST_RIGHT_BOX]!)],
    ['a box-2 fact answered right', card({ box: 2 }), true, 3, '2026-12-01'],
    ['a box-4 fact answered wrong', card({ box: 4 }), false, 1, '2026-11-28'],
    ['a top-box fact answered right', card({ box: MAX_BOX }), true, MAX_BOX, addDays('2026-11-27', BOX_INTERVALS[MAX_BOX]!)],
    ['a box-3 fact answered right before it is due', card({ box: 3, due: '2026-11-30' }), true, 3, '2026-11-30'],
    ['a box-4 fact answered wrong before it is due', card({ box: 4, due: '2026-12-05' }), false, 1, '2026-11-28'],
    ['an overdue box-2 fact answered right', card({ box: 2, due: '2026-11-20' }), true, 3, '2026-12-01'],
  ])('puts %s in box %i, due %s', (_, before, correct, box, due) => {
    const after = scheduleAnswer(before, 'tally-yes', correct as boolean, '2026-11-27')
    expect(after).toMatchObject({ fact: 'tally-yes', box, due })
  })

  it('counts answers and lapses', () => {
    let deck: ReviewDeck = {}
    for (const correct of [false, true, false, true])
      deck = recordAnswer(deck, 'f', correct, '2026-11-27')
    expect(deck.f).toMatchObject({ seen: 4, lapses: 2, box: 1 })
  })

  it('spaces a fact further each time it is answered right', () => {
    let deck: ReviewDeck = {}
    let day = '2026-11-27'
    const gaps: number[] = []
    for (let i = 0; i < 5; i++) {
      deck = recordAnswer(deck, 'f', true, day)
      const next = deck.f!.due
      gaps.push((Date.parse(next) - Date.parse(day)) / 86_400_000)
      day = next
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b))
    expect(gaps[gaps.length - 1]).toBeGreaterThan(gaps[0]!)
  })
})

describe('dueFacts', () => {
  const deck: ReviewDeck = {
    a: card({ fact: 'a', due: '2026-11-28' }),
    b: card({ fact: 'b', due: '2026-11-20', box: 3 }),
    c: card({ fact: 'c', due: '2026-11-20', box: 1 }),
    d: card({ fact: 'd', due: '2026-11-27' }),
  }

  it.each([
    ['2026-11-19', []],
    ['2026-11-27', ['c', 'b', 'd']],
    ['2026-12-31', ['c', 'b', 'd', 'a']],
  ])('on %s are %j, most overdue first', (today, due) => {
    expect(dueFacts(deck, today)).toEqual(due)
  })

  it('orders facts due the same day in the same box by name, whatever order they are stored in', () => {
    const names = ['m', 'b', 'z', 'a']
    const same = Object.fromEntries(names.map(fact => [fact, card({ fact, due: '2026-11-20', box: 2 })]))
    expect(dueFacts(same, '2026-11-27')).toEqual(['a', 'b', 'm', 'z'])
    const reversed = Object.fromEntries([...names].reverse().map(fact => [fact, card({ fact, due: '2026-11-20', box: 2 })]))
    expect(dueFacts(reversed, '2026-11-27')).toEqual(['a', 'b', 'm', 'z'])
  })
})

describe('masteryByTopic', () => {
  it('counts seen and mastered facts of each topic', () => {
    const deck: ReviewDeck = { a: card({ fact: 'a', box: MASTERED_BOX }), b: card({ fact: 'b', box: 1 }) }
    expect(masteryByTopic(deck, [{ id: 't', title: 'T', facts: ['a', 'b', 'c'] }, { id: 'u', title: 'U', facts: [] }])).toEqual([
      { topic: 't', title: 'T', seen: 2, mastered: 1, total: 3 },
      { topic: 'u', title: 'U', seen: 0, mastered: 0, total: 0 },
    ])
  })
})

describe('readReview', () => {
  const stored = (data: unknown) => JSON.stringify(wrapEnvelope(data))

  it('reads back a saved deck', () => {
    const deck = { 'tally-yes': card() }
    expect(readReview(stored(deck))).toEqual({ status: 'ok', data: deck })
  })

  it.each([
    ['a box out of range', card({ box: 9 })],
    ['a bad day', card({ due: '2026-02-30' })],
    ['more lapses than answers', card({ lapses: 5 })],
    ['a card under another name', card({ fact: 'other' })],
    ['null', null],
  ])('keeps the good cards around one with %s', (_, bad) => {
    const result = readReview(stored({ 'tally-yes': card(), 'tally-no': bad }))
    expect(result).toEqual({ status: 'partial', data: { 'tally-yes': card() }, reason: expect.stringContaining('1 review card could not be read') })
  })

  it('drops a __proto__ key without touching the prototype', () => {
    const result = readReview(`{"app":"quorum","schema":1,"data":{"__proto__":{"fact":"x"},"tally-yes":${JSON.stringify(card())}}}`)
    expect(result.status).toBe('partial')
    expect(result.status === 'partial' && Object.getPrototypeOf(result.data)).toBe(Object.prototype)
    expect(result.status === 'partial' && Object.keys(result.data)).toEqual(['tally-yes'])
  })

  it.each([['[]'], ['"deck"'], ['{"app":"quorum","schema":1,"data":[]}']])('rejects %s as corrupt', (raw) => {
    expect(readReview(raw).status).toBe('corrupt')
  })
})
