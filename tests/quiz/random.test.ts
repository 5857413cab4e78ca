import { describe, expect, it } from 'vitest'
import { createRng, hashSeed, mulberry32, randomIndex, shuffle } from '~/quiz/random'

describe('hashSeed', () => {
  it.each([
    ['42', '42'],
    ['', ''],
    ['classroom-7', 'classroom-7'],
  ])('is stable for %j', (a, b) => {
    expect(hashSeed(a)).toBe(hashSeed(b))
  })

  it.each([
    ['1', '2'],
    ['42', '24'],
    ['a', 'A'],
  ])('spreads %j and %j apart', (a, b) => {
    expect(hashSeed(a)).not.toBe(hashSeed(b))
  })

  it('returns an unsigned 32-bit integer', () => {
    for (const s of ['x', 'seed', '🙂', 'a long seed with spaces'])
      expect(hashSeed(s)).toSatisfy((n: number) => Number.isInteger(n) && n >= 0 && n < 2 ** 32)
  })
})

describe('mulberry32', () => {
  it('repeats the same sequence for the same state', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    expect(Array.from({ length: 20 }, a)).toEqual(Array.from({ length: 20 }, b))
  })

  it('gives numbers in [0, 1) spread over the range', () => {
    const rng = createRng('spread')
    const buckets = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) {
      const x = rng()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      buckets[Math.floor(x * 4)]!++
    }
    for (const count of buckets)
      expect(count).toBeGreaterThan(850)
  })
})

describe('randomIndex', () => {
  it.each([1, 2, 3, 10])('stays within [0, %i)', (n) => {
    const rng = createRng(`n${n}`)
    for (let i = 0; i < 200; i++) {
      const k = randomIndex(rng, n)
      expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true)
    }
  })
})

describe('shuffle', () => {
  it('keeps every element and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8]
    const out = shuffle(input, createRng('s'))
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(out.slice().sort((a, b) => a - b)).toEqual(input)
  })

  it('is the same for the same seed and different for another', () => {
    const input = Array.from({ length: 20 }, (_, i) => i)
    expect(shuffle(input, createRng('a'))).toEqual(shuffle(input, createRng('a')))
    expect(shuffle(input, createRng('a'))).not.toEqual(shuffle(input, createRng('b')))
  })

  it('puts each element first about equally often', () => {
    const counts = [0, 0, 0]
    const rng = createRng('uniform')
    for (let i = 0; i < 3000; i++)
      counts[shuffle([0, 1, 2], rng)[0]!]!++
    for (const c of counts)
      expect(c).toBeGreaterThan(900)
  })

  it.each([[[]], [[1]]])('handles %j', (input) => {
    expect(shuffle(input, createRng('x'))).toEqual(input)
  })
})
