import fc from 'fast-check'
import realBank from 'virtual:quorum-bank'
import { describe, expect, it } from 'vitest'
import { ALPHABET, groupCode } from '~/quiz/classroom/bits'
import { bankFingerprint, decodeSessionCode, encodeSessionCode, newSessionSpec, SESSION_CODE_LENGTH } from '~/quiz/classroom/join-code'
import { GENERATOR_VERSION } from '~/quiz/generate/version'
import { hashSeed } from '~/quiz/random'
import { makeBigBank } from '../../builders'
import { propertyRuns } from '../../mutation'
import { oneCharChanges, session, sessionArb } from './code-builders'

describe('session (join) codes', () => {
  it(`are ${SESSION_CODE_LENGTH} unambiguous characters and round-trip`, () => {
    const code = encodeSessionCode(session())
    expect(code).toMatch(new RegExp(`^[${ALPHABET}]{${SESSION_CODE_LENGTH}}$`))
    expect(decodeSessionCode(code)).toEqual({ ok: true, value: session() })
    expect(decodeSessionCode(groupCode(code).toLowerCase())).toEqual({ ok: true, value: session() })
  })

  it('round-trip for every setting (property)', () => {
    fc.assert(fc.property(sessionArb, (s) => {
      expect(decodeSessionCode(encodeSessionCode(s))).toEqual({ ok: true, value: s })
    }), { seed: 42, numRuns: 1000 })
  })

  it('reject every single-character mistake', () => {
    fc.assert(fc.property(sessionArb, (s) => {
      for (const wrong of oneCharChanges(encodeSessionCode(s)))
        expect(decodeSessionCode(wrong).ok).toBe(false)
    }), { seed: 7, numRuns: propertyRuns(200) })
  })

  it.each([
    ['', 'has 10 characters; this one has 0'],
    ['ABC', 'has 10 characters; this one has 3'],
    ['ABCDE-FGHJ!', 'only letters and digits'],
  ])('explain why %j is refused', (text, reason) => {
    const result = decodeSessionCode(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
  })

  it('never throw on any input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const result = decodeSessionCode(text)
      expect(typeof result.ok).toBe('boolean')
    }), { seed: 1, numRuns: 3000 })
  })
})

describe('newSessionSpec', () => {
  const TOPICS = ['vote', 'diplomacy', 'people', 'procedure']
  const choice = { topic: null, count: 10, difficulty: 'hard', feedback: true } as const

  it.each([
    [null, 0],
    ['vote', 1],
    ['people', 3],
    ['procedure', 4],
    ['not-a-topic', 0],
  ])('gives topic %j the index %i (0 for every topic)', (topic, topicIndex) => {
    expect(newSessionSpec({ ...choice, topic }, TOPICS, 5, 0).topicIndex).toBe(topicIndex)
  })

  it.each([
    [0, 0],
    [12345, 12345],
    [2 ** 20 - 1, 2 ** 20 - 1],
    [2 ** 20, 0],
    [2 ** 32 - 1, 2 ** 20 - 1],
    [0xABCDE123, 0xDE123],
  ])('seeds the quiz from the low 20 bits of the random word %i', (word, seed) => {
    expect(newSessionSpec(choice, TOPICS, 5, word).seed).toBe(seed)
  })

  it('keeps the teacher’s settings and the bank, and makes a valid join code', () => {
    const spec = newSessionSpec({ topic: 'diplomacy', count: 5, difficulty: 'easy', feedback: false }, TOPICS, 1023, 77)
    expect(spec).toEqual({ topicIndex: 2, count: 5, difficulty: 'easy', feedback: false, seed: 77, bank: 1023 })
    expect(decodeSessionCode(encodeSessionCode(spec))).toEqual({ ok: true, value: spec })
  })
})

describe('bankFingerprint', () => {
  it('is a 10-bit number that changes when a question changes', () => {
    const a = makeBigBank(10)
    const b = makeBigBank(10)
    b.items[3] = { ...b.items[3]!, key: 'Another key' }
    expect(bankFingerprint(a)).toBe(bankFingerprint(makeBigBank(10)))
    expect(bankFingerprint(a)).toBeGreaterThanOrEqual(0)
    expect(bankFingerprint(a)).toBeLessThan(1024)
    expect(bankFingerprint(a)).not.toBe(bankFingerprint(b))
  })

  it('changes when what an item reveals changes: the quiz order depends on it', () => {
    const a = makeBigBank(10)
    const b = makeBigBank(10)
    b.items[3] = { ...b.items[3]!, reveals: [b.items[4]!.fact] }
    expect(bankFingerprint(a)).not.toBe(bankFingerprint(b))
  })

  it('hashes the generator version, so that devices of two versions refuse each other’s codes', () => {
    const bank = makeBigBank(10)
    expect(bankFingerprint(bank)).toBe(bankFingerprint(bank, GENERATOR_VERSION))
    expect(bankFingerprint(bank, GENERATOR_VERSION - 1)).not.toBe(bankFingerprint(bank))
    expect(bankFingerprint(bank, GENERATOR_VERSION + 1)).not.toBe(bankFingerprint(bank))
  })

  it('differs, for the real bank, from what devices of version 1 computed (the bank alone)', () => {
    const before = hashSeed(JSON.stringify([realBank.topics.map(t => t.id), realBank.items.map(i => [i.id, i.fact, i.level, i.prompt, i.variants, i.key, i.distractors])])) % 1024
    expect(bankFingerprint(realBank)).not.toBe(before)
  })
})
