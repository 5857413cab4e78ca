import type { SessionSpec } from '~/quiz/classroom/join-code'
import type { ResultSpec } from '~/quiz/classroom/result-code'
import fc from 'fast-check'
import { ALPHABET, crc } from '~/quiz/classroom/bits'

/** Builders and arbitraries shared by the tests of join and result codes. */

export function session(over: Partial<SessionSpec> = {}): SessionSpec {
  return { topicIndex: 2, count: 10, difficulty: 'hard', feedback: true, seed: 123_456, bank: 517, ...over }
}

export const sessionArb: fc.Arbitrary<SessionSpec> = fc.record({
  topicIndex: fc.integer({ min: 0, max: 7 }),
  count: fc.constantFrom(5, 10, 20),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  feedback: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
  bank: fc.integer({ min: 0, max: 1023 }),
})

export const resultArb: fc.Arbitrary<ResultSpec> = fc.record({
  session: sessionArb,
  name: fc.string({ maxLength: 30, unit: 'grapheme' }),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { maxLength: 20 }),
})

/** Every code that differs from `code` in exactly one character, by another symbol. */
export function oneCharChanges(code: string): string[] {
  return [...code].flatMap((ch, i) => [...ALPHABET].filter(s => s !== ch).map(s => code.slice(0, i) + s + code.slice(i + 1)))
}

// Codes with a correct CRC around contents no encoder writes, to see what the decoders make of them.
const bitsOf = (value: number, width: number) => Array.from({ length: width }, (_, i) => Math.floor(value / 2 ** (width - 1 - i)) % 2)

function symbolsOf(bits: number[]): string {
  const padded = [...bits, ...Array.from({ length: (5 - (bits.length % 5)) % 5 }, () => 0)]
  let out = ''
  for (let i = 0; i < padded.length; i += 5)
    out += ALPHABET[padded.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)]
  return out
}

export interface RawSession { version?: number, count?: number, difficulty?: number }
function sessionBits({ version = 1, count = 0, difficulty = 0 }: RawSession = {}) {
  return [...bitsOf(version, 2), ...bitsOf(0, 3), ...bitsOf(count, 2), ...bitsOf(difficulty, 2), 0, ...bitsOf(77, 20), ...bitsOf(517, 10)]
}

export function rawJoinCode(s: RawSession): string {
  const body = sessionBits(s)
  return symbolsOf([...body, ...bitsOf(crc(body, 10), 10)])
}

export interface RawResult { session?: RawSession, name?: number[], nameLength?: number, answers?: number[], padding?: number[], truncate?: boolean }
export function rawResultCode({ session: s = {}, name = [], nameLength = name.length, answers = [], padding, truncate = false }: RawResult): string {
  const payload = truncate
    ? sessionBits(s)
    : [...sessionBits(s), ...bitsOf(nameLength, (s.version ?? 1) >= 2 ? 7 : 6), ...name.flatMap(b => bitsOf(b, 8)), ...bitsOf(answers.length, 5), ...answers.flatMap(a => bitsOf(a, 3))]
  const body = [...payload, ...(padding ?? Array.from({ length: (5 - ((payload.length + 16) % 5)) % 5 }, () => 0))]
  return symbolsOf([...body, ...bitsOf(crc(body, 16), 16)])
}
