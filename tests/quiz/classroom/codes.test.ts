import type { ResultSpec, SessionSpec } from '../../../src/quiz/classroom/codes'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
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
  MAX_RESULT_CODE_LENGTH,
  normaliseCode,
  SESSION_CODE_LENGTH,
} from '../../../src/quiz/classroom/codes'
import { makeBigBank } from '../../builders'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function session(over: Partial<SessionSpec> = {}): SessionSpec {
  return { topicIndex: 2, count: 10, difficulty: 'hard', feedback: true, seed: 123_456, bank: 517, ...over }
}

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

// Codes with a correct CRC around contents no encoder writes, to see what the decoders make of them.
const bitsOf = (value: number, width: number) => Array.from({ length: width }, (_, i) => Math.floor(value / 2 ** (width - 1 - i)) % 2)

function symbolsOf(bits: number[]): string {
  const padded = [...bits, ...Array.from({ length: (5 - (bits.length % 5)) % 5 }, () => 0)]
  let out = ''
  for (let i = 0; i < padded.length; i += 5)
    out += ALPHABET[padded.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)]
  return out
}

interface RawSession { version?: number, count?: number, difficulty?: number }
function sessionBits({ version = 1, count = 0, difficulty = 0 }: RawSession = {}) {
  return [...bitsOf(version, 2), ...bitsOf(0, 3), ...bitsOf(count, 2), ...bitsOf(difficulty, 2), 0, ...bitsOf(77, 20), ...bitsOf(517, 10)]
}

function rawJoinCode(s: RawSession): string {
  const body = sessionBits(s)
  return symbolsOf([...body, ...bitsOf(crc(body, 10), 10)])
}

interface RawResult { session?: RawSession, name?: number[], nameLength?: number, answers?: number[], padding?: number[], truncate?: boolean }
function rawResultCode({ session: s = {}, name = [], nameLength = name.length, answers = [], padding, truncate = false }: RawResult): string {
  const payload = truncate
    ? sessionBits(s)
    : [...sessionBits(s), ...bitsOf(nameLength, 6), ...name.flatMap(b => bitsOf(b, 8)), ...bitsOf(answers.length, 5), ...answers.flatMap(a => bitsOf(a, 3))]
  const body = [...payload, ...(padding ?? Array.from({ length: (5 - ((payload.length + 16) % 5)) % 5 }, () => 0))]
  return symbolsOf([...body, ...bitsOf(crc(body, 16), 16)])
}

describe('decoding codes no version of Quorum wrote', () => {
  it('reads a well-formed join code and result code built bit by bit', () => {
    const spec = { topicIndex: 0, count: 5, difficulty: 'easy', feedback: false, seed: 77, bank: 517 }
    expect(decodeSessionCode(rawJoinCode({}))).toEqual({ ok: true, value: spec })
    expect(decodeResultCode(rawResultCode({ name: [65, 108], answers: [1, 7] }))).toEqual({ ok: true, value: { session: spec, name: 'Al', answers: [1, null] } })
  })

  it.each([
    ['from another format version', { version: 2 }, 'That join code cannot be used: it was made by a different version of Quorum (format 2).'],
    ['with a quiz length Quorum does not offer', { count: 3 }, 'That join code cannot be used: its settings are not ones Quorum offers.'],
    ['with a difficulty Quorum does not offer', { difficulty: 3 }, 'That join code cannot be used: its settings are not ones Quorum offers.'],
  ])('refuses a join code %s', (_, s, reason) => {
    expect(decodeSessionCode(rawJoinCode(s))).toEqual({ ok: false, reason })
  })

  it('says a join code with a wrong character has a mistake in it', () => {
    const code = rawJoinCode({})
    const wrong = `${code.slice(0, 4)}${code[4] === 'A' ? 'B' : 'A'}${code.slice(5)}`
    expect(decodeSessionCode(wrong)).toEqual({ ok: false, reason: 'That join code has a mistake in it: check each character.' })
  })

  const MISTAKE = 'That result code has a mistake in it: check each character.'
  it.each<[string, RawResult, string]>([
    // Regression: the rest was read in this version's layout first, and the code called a mistake.
    ['from another format version', { session: { version: 3 } }, 'That result code cannot be used: it was made by a different version of Quorum (format 3).'],
    ['with settings Quorum does not offer', { session: { count: 3 } }, 'That result code cannot be used: its settings are not ones Quorum offers.'],
    ['with a name longer than any code carries', { name: Array.from({ length: 41 }, () => 65) }, MISTAKE],
    ['whose name is not UTF-8', { name: [0xFF, 0x41] }, MISTAKE],
    ['with padding that is not zero', { padding: [0, 0, 1] }, MISTAKE],
    ['with a whole character of padding too many', { padding: [0, 0, 0, 0, 0, 0, 0, 0] }, MISTAKE],
    ['too short for its own fields', { truncate: true }, MISTAKE],
    ['claiming more name than it holds', { nameLength: 20, name: [65] }, MISTAKE],
  ])('refuses a result code %s', (_, raw, reason) => {
    expect(decodeResultCode(rawResultCode(raw))).toEqual({ ok: false, reason })
  })
})

describe('codes with room around them', () => {
  it('reads a join code padded with spaces to four times its length, and refuses one character more', () => {
    const code = encodeSessionCode(session())
    const padded = code.padEnd(4 * SESSION_CODE_LENGTH, ' ')
    expect(decodeSessionCode(padded)).toEqual({ ok: true, value: session() })
    expect(decodeSessionCode(`${padded} `)).toEqual({ ok: false, reason: 'That is far too long to be a join code.' })
  })

  it('reads a result code padded with spaces to four times the longest, and refuses one character more', () => {
    const result: ResultSpec = { session: session(), name: 'Amal', answers: [0, 1] }
    const padded = encodeResultCode(result).padEnd(4 * MAX_RESULT_CODE_LENGTH, ' ')
    expect(decodeResultCode(padded)).toEqual({ ok: true, value: result })
    expect(decodeResultCode(`${padded} `)).toEqual({ ok: false, reason: 'That is far too long to be a result code.' })
  })

  it('groups an empty code as nothing', () => {
    expect(groupCode('')).toBe('')
  })
})
