import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ResultSpec, SessionSpec } from '../../src/quiz/codes'
import { makeBigBank } from '../builders'
import {
  bankFingerprint,
  cleanName,
  crc,
  decodeResultCode,
  decodeSessionCode,
  encodeResultCode,
  encodeSessionCode,
  groupCode,
  MAX_NAME_BYTES,
  normaliseCode,
  SESSION_CODE_LENGTH,
} from '../../src/quiz/codes'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const session = (over: Partial<SessionSpec> = {}): SessionSpec =>
  ({ topicIndex: 2, count: 10, difficulty: 'hard', feedback: true, seed: 123_456, bank: 517, ...over })

const sessionArb: fc.Arbitrary<SessionSpec> = fc.record({
  topicIndex: fc.integer({ min: 0, max: 7 }),
  count: fc.constantFrom(5, 10, 20),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  feedback: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
  bank: fc.integer({ min: 0, max: 1023 }),
})

const resultArb: fc.Arbitrary<ResultSpec> = fc.record({
  session: sessionArb,
  name: fc.string({ maxLength: 30, unit: 'grapheme' }),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { maxLength: 20 }),
})

/** Every code that differs from `code` in exactly one character, by another symbol. */
function oneCharChanges(code: string): string[] {
  return [...code].flatMap((ch, i) => [...ALPHABET].filter(s => s !== ch).map(s => code.slice(0, i) + s + code.slice(i + 1)))
}

describe('normaliseCode and groupCode', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    [' 1l I0o ', '11100'],
    ['ab u', null],
    ['ab#', null],
  ])('normalises %j to %j', (text, code) => {
    expect(normaliseCode(text)).toBe(code)
  })

  it('groups a code in fives', () => {
    expect(groupCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK')
  })
})

describe('crc', () => {
  it('changes when any single bit changes', () => {
    const bits: number[] = Array.from({ length: 60 }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0)
    for (const width of [10, 16] as const) {
      for (let i = 0; i < bits.length; i++) {
        const flipped = bits.slice()
        flipped[i] = 1 - flipped[i]!
        expect(crc(flipped, width)).not.toBe(crc(bits, width))
      }
    }
  })
})

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
    }), { seed: 7, numRuns: 200 })
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

describe('result codes', () => {
  const result: ResultSpec = { session: session(), name: 'Amal', answers: [0, 1, null, 3, 2] }

  it('round-trip the session, the name and every answer', () => {
    expect(decodeResultCode(encodeResultCode(result))).toEqual({ ok: true, value: result })
  })

  it('round-trip any result (property)', () => {
    fc.assert(fc.property(resultArb, (r) => {
      const decoded = decodeResultCode(encodeResultCode(r))
      expect(decoded.ok).toBe(true)
      if (decoded.ok) {
        expect(decoded.value.session).toEqual(r.session)
        expect(decoded.value.answers).toEqual(r.answers)
        expect(cleanName(r.name).startsWith(decoded.value.name)).toBe(true)
      }
    }), { seed: 42, numRuns: 1000 })
  })

  it('reject every single-character mistake', () => {
    fc.assert(fc.property(resultArb, (r) => {
      for (const wrong of oneCharChanges(encodeResultCode(r)))
        expect(decodeResultCode(wrong).ok).toBe(false)
    }), { seed: 9, numRuns: 40 })
  })

  it('never throw on any input, including code-like text (property)', () => {
    const codeLike = fc.string({ unit: fc.constantFrom(...ALPHABET, '-', ' '), maxLength: 120 })
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), codeLike), (text) => {
      const decoded = decodeResultCode(text)
      expect(typeof decoded.ok).toBe('boolean')
      if (decoded.ok)
        expect(decoded.value.answers.length).toBeLessThanOrEqual(31)
    }), { seed: 3, numRuns: 5000 })
  })

  // A wall-clock budget means nothing in code instrumented for mutation testing.
  it.skipIf(process.env.QUORUM_MUTATION === '1')('refuses oversized input quickly', () => {
    const start = performance.now()
    expect(decodeResultCode('A'.repeat(1_000_000)).ok).toBe(false)
    expect(performance.now() - start).toBeLessThan(100)
  })

  it.each([
    ['control and bidirectional-override characters', 'Ali\u202Ece\u0007', 'Alice'],
    ['markup, which stays text', '<b>Bo</b>', '<b>Bo</b>'],
    ['spaces', '  Ann   Lee ', 'Ann Lee'],
  ])('clean names of %s', (_, name, clean) => {
    const decoded = decodeResultCode(encodeResultCode({ ...result, name }))
    expect(decoded.ok && decoded.value.name).toBe(clean)
  })

  it(`keeps names to ${MAX_NAME_BYTES} bytes without splitting a character`, () => {
    const decoded = decodeResultCode(encodeResultCode({ ...result, name: 'é'.repeat(30) }))
    expect(decoded.ok && decoded.value.name).toBe('é'.repeat(20))
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
})
