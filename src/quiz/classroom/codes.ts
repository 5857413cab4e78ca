import type { Bank, Difficulty } from '../types.ts'
import { hashSeed } from '../random.ts'
import { DIFFICULTIES, QUIZ_LENGTHS } from '../settings.ts'

/**
 * Short codes a class passes around without a server: a session's join code, and each student's
 * result. Both are Crockford base32 (no I, L, O or U to misread), carry a format version, and
 * end in a CRC so that any mistyped character is caught. Decoders never throw: they return the
 * reason a code was refused.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_VERSION = 1

export type Decoded<T> = { ok: true, value: T } | { ok: false, reason: string }

// --- bits ------------------------------------------------------------------------------------

class BitWriter {
  readonly bits: number[] = []
  write(value: number, width: number) {
    for (let i = width - 1; i >= 0; i--)
      this.bits.push(Math.floor(value / 2 ** i) % 2)
  }
}

class BitReader {
  private at = 0
  constructor(private readonly bits: readonly number[]) {}
  get left() {
    return this.bits.length - this.at
  }

  read(width: number): number {
    if (width > this.left)
      throw new RangeError('code too short')
    let value = 0
    for (let i = 0; i < width; i++)
      value = value * 2 + (this.bits[this.at++] ?? 0)
    return value
  }
}

/** CRC over a bit string (MSB first); `width` 10 or 16. Catches any error burst up to `width` bits. */
export function crc(bits: readonly number[], width: 10 | 16): number {
  const poly = width === 16 ? 0x1021 : 0x233
  const top = 1 << (width - 1)
  const mask = (1 << width) - 1
  let reg = 0
  for (const bit of bits) {
    const feedback = ((reg & top) !== 0 ? 1 : 0) ^ bit
    reg = (reg << 1) & mask
    if (feedback === 1)
      reg ^= poly
  }
  return reg
}

function toSymbols(bits: readonly number[]): string {
  const padded = bits.concat(Array.from({ length: (5 - (bits.length % 5)) % 5 }, () => 0))
  let out = ''
  for (let i = 0; i < padded.length; i += 5)
    out += ALPHABET[padded.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)]
  return out
}

/** Upper-cases, drops spaces and hyphens, reads I and L as 1 and O as 0; null if another character. */
export function normaliseCode(text: string): string | null {
  const cleaned = text.toUpperCase().replace(/[\s-]+/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(cleaned) ? cleaned : null
}

function fromSymbols(symbols: string): number[] {
  const bits: number[] = []
  for (const ch of symbols) {
    const v = ALPHABET.indexOf(ch)
    for (let i = 4; i >= 0; i--)
      bits.push((v >> i) & 1)
  }
  return bits
}

/** Groups a code for reading aloud or typing: ABCDE-FGHJK. */
export function groupCode(code: string, size = 5): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? ''
}

// --- sessions --------------------------------------------------------------------------------

export interface SessionSpec {
  /** 0 for every topic, else the topic's position (1-based) in the bank's topic order. */
  topicIndex: number
  count: number
  difficulty: Difficulty
  /** Whether students see feedback after each answer. */
  feedback: boolean
  /** 20-bit number the quiz is generated from. */
  seed: number
  /** 10-bit fingerprint of the question bank: devices must share it to get the same quiz. */
  bank: number
}

export const SESSION_SEED_BITS = 20
export const SESSION_CODE_LENGTH = 10

function writeSession(w: BitWriter, s: SessionSpec) {
  w.write(CODE_VERSION, 2)
  w.write(s.topicIndex, 3)
  w.write(QUIZ_LENGTHS.indexOf(s.count as (typeof QUIZ_LENGTHS)[number]), 2)
  w.write(DIFFICULTIES.indexOf(s.difficulty), 2)
  w.write(s.feedback ? 1 : 0, 1)
  w.write(s.seed, SESSION_SEED_BITS)
  w.write(s.bank, 10)
}

function readSession(r: BitReader): SessionSpec | string {
  const version = r.read(2)
  if (version !== CODE_VERSION)
    return `it was made by a different version of Quorum (format ${version})`
  const topicIndex = r.read(3)
  const count = QUIZ_LENGTHS[r.read(2)]
  const difficulty = DIFFICULTIES[r.read(2)]
  const feedback = r.read(1) === 1
  const seed = r.read(SESSION_SEED_BITS)
  const bank = r.read(10)
  if (count === undefined || difficulty === undefined)
    return 'its settings are not ones Quorum offers'
  return { topicIndex, count, difficulty, feedback, seed, bank }
}

export function encodeSessionCode(s: SessionSpec): string {
  const w = new BitWriter()
  writeSession(w, s)
  w.write(crc(w.bits, 10), 10)
  return toSymbols(w.bits)
}

export function decodeSessionCode(text: string): Decoded<SessionSpec> {
  // Normalising megabytes of pasted text takes seconds: refuse it unread, as result codes do.
  if (text.length > 4 * SESSION_CODE_LENGTH)
    return { ok: false, reason: 'That is far too long to be a join code.' }
  const code = normaliseCode(text)
  if (code === null)
    return { ok: false, reason: 'A join code has only letters and digits.' }
  if (code.length !== SESSION_CODE_LENGTH)
    return { ok: false, reason: `A join code has ${SESSION_CODE_LENGTH} characters; this one has ${code.length}.` }
  const bits = fromSymbols(code)
  const body = bits.slice(0, bits.length - 10)
  if (crc(body, 10) !== new BitReader(bits.slice(-10)).read(10))
    return { ok: false, reason: 'That join code has a mistake in it: check each character.' }
  const s = readSession(new BitReader(body))
  return typeof s === 'string' ? { ok: false, reason: `That join code cannot be used: ${s}.` } : { ok: true, value: s }
}

// --- results ---------------------------------------------------------------------------------

export interface ResultSpec {
  session: SessionSpec
  name: string
  /** Each answer's option index, or null for none (a timeout, or a question skipped). */
  answers: (number | null)[]
}

export const MAX_NAME_BYTES = 40
const NO_ANSWER = 7

/** Names as text, never markup or layout tricks: control and bidirectional-override characters go. */
export function cleanName(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim()
}

function utf8(name: string): number[] {
  const bytes = [...new TextEncoder().encode(name)]
  // Never cut a character in half: drop whole characters until it fits.
  let chars = [...name]
  let out = bytes
  while (out.length > MAX_NAME_BYTES) {
    chars = chars.slice(0, -1)
    out = [...new TextEncoder().encode(chars.join(''))]
  }
  return out
}

/**
 * Layout: payload, zero padding to a whole number of characters, CRC-16 of everything before it.
 * The CRC sits at the end of the codeword, so a wrong character anywhere is a burst it catches.
 */
export function encodeResultCode(r: ResultSpec): string {
  const w = new BitWriter()
  writeSession(w, r.session)
  const name = utf8(cleanName(r.name))
  w.write(name.length, 6)
  for (const b of name)
    w.write(b, 8)
  w.write(r.answers.length, 5)
  for (const a of r.answers)
    w.write(a === null || a < 0 || a > 6 ? NO_ANSWER : a, 3)
  w.write(0, (5 - ((w.bits.length + 16) % 5)) % 5)
  w.write(crc(w.bits, 16), 16)
  return toSymbols(w.bits)
}

/** The longest a result code can be, to refuse oversized input before reading it. */
export const MAX_RESULT_CODE_LENGTH = Math.ceil((40 + 6 + 8 * MAX_NAME_BYTES + 5 + 3 * 31 + 4 + 16) / 5)

const MISTAKE = 'That result code has a mistake in it: check each character.'

export function decodeResultCode(text: string): Decoded<ResultSpec> {
  if (text.length > 4 * MAX_RESULT_CODE_LENGTH)
    return { ok: false, reason: 'That is far too long to be a result code.' }
  const code = normaliseCode(text)
  if (code === null)
    return { ok: false, reason: 'A result code has only letters and digits.' }
  if (code.length < 12 || code.length > MAX_RESULT_CODE_LENGTH)
    return { ok: false, reason: 'That is not the length of a result code: check that you copied all of it.' }
  const bits = fromSymbols(code)
  const body = bits.slice(0, -16)
  if (crc(body, 16) !== new BitReader(bits.slice(-16)).read(16))
    return { ok: false, reason: MISTAKE }
  try {
    const r = new BitReader(body)
    const session = readSession(r)
    // Another version may lay out what follows differently: say so rather than misread it.
    if (typeof session === 'string')
      return { ok: false, reason: `That result code cannot be used: ${session}.` }
    const nameLength = r.read(6)
    if (nameLength > MAX_NAME_BYTES)
      return { ok: false, reason: MISTAKE }
    const nameBytes = Array.from({ length: nameLength }, () => r.read(8))
    const answers = Array.from({ length: r.read(5) }, () => r.read(3))
    if (r.left > 4 || r.read(r.left) !== 0)
      return { ok: false, reason: MISTAKE }
    const name = cleanName(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(nameBytes)))
    return { ok: true, value: { session, name, answers: answers.map(a => (a === NO_ANSWER ? null : a)) } }
  }
  catch {
    // Too short for its own fields, or a name that is not UTF-8: either way not a code we wrote.
    return { ok: false, reason: MISTAKE }
  }
}

/**
 * A 10-bit fingerprint of everything that shapes a generated quiz. Teacher and students must
 * share it: a device with another version of the bank would build other questions from the
 * same code, so it is told to update instead.
 */
export function bankFingerprint(bank: Bank): number {
  const text = JSON.stringify([bank.topics.map(t => t.id), bank.items.map(i => [i.id, i.fact, i.level, i.prompt, i.variants, i.key, i.distractors])])
  return hashSeed(text) % 1024
}
