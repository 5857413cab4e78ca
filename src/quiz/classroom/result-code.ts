import type { CurrentQuiz } from '../practice/current-quiz.ts'
import type { Decoded } from './bits.ts'
import type { SessionSpec } from './join-code.ts'
import { cleanName, graphemes } from '../text.ts'
import { BitReader, BitWriter, codeSymbols, crc, fromSymbols, toSymbols } from './bits.ts'
import { decodeSessionCode, readSession, writeSession } from './join-code.ts'

/**
 * A student's result code: the session, the name and every answer, ending in a CRC-16, so the
 * teacher's device can re-score it without a server. The decoder never throws: it returns the
 * reason a code was refused.
 */

export interface ResultSpec {
  session: SessionSpec
  name: string
  /** Each answer's option index, or null for none (a timeout, or a question skipped). */
  answers: (number | null)[]
}

/** A name is at most this many user-perceived characters (grapheme clusters)… */
export const MAX_NAME_CHARACTERS = 40
/**
 * …and this many bytes of UTF-8: three a character, so any 40 letters of any script fit
 * (Greek, Cyrillic, Arabic, Chinese, Japanese, Korean); a name of long emoji sequences may not.
 */
export const MAX_NAME_BYTES = 120
const NAME_LENGTH_BITS = 7
/** Result codes of format 1 carried at most 40 bytes of name, in a 6-bit length. */
const FORMAT_1 = { maxNameBytes: 40, nameLengthBits: 6 }
const NO_ANSWER = 7

/** Why a student's name cannot go into a result code whole, or null if it can. */
export function nameProblem(name: string): string | null {
  const clean = cleanName(name)
  if (clean === '')
    return 'Enter your name or a nickname, so your teacher knows whose result it is.'
  const characters = graphemes(clean).length
  if (characters > MAX_NAME_CHARACTERS)
    return `Your name has ${characters} characters, and a result code carries at most ${MAX_NAME_CHARACTERS}: shorten it, or use a nickname.`
  if (new TextEncoder().encode(clean).length > MAX_NAME_BYTES)
    return 'Your name is too long for a result code (its characters take a lot of room): shorten it, or use a nickname.'
  return null
}

function utf8(name: string): number[] {
  const bytes = [...new TextEncoder().encode(name)]
  // The join form refuses longer names (nameProblem), so this only guards a code built otherwise;
  // even then, never cut a character in half: drop whole grapheme clusters until it fits.
  let chars = graphemes(name)
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
  w.write(name.length, NAME_LENGTH_BITS)
  for (const b of name)
    w.write(b, 8)
  w.write(r.answers.length, 5)
  for (const a of r.answers)
    w.write(a === null || a < 0 || a > 6 ? NO_ANSWER : a, 3)
  w.write(0, (5 - ((w.bits.length + 16) % 5)) % 5)
  w.write(crc(w.bits, 16), 16)
  return toSymbols(w.bits)
}

/** The longest a code can be with a name of `nameBytes` in a length of `nameLengthBits`. */
function longestCode(nameBytes: number, nameLengthBits: number): number {
  return Math.ceil((40 + nameLengthBits + 8 * nameBytes + 5 + 3 * 31 + 4 + 16) / 5)
}

/** The longest a result code can be, to refuse oversized input before reading it. */
export const MAX_RESULT_CODE_LENGTH = longestCode(MAX_NAME_BYTES, NAME_LENGTH_BITS)
/** The longest and the longest name of a format-1 code (what stored class records of that time hold). */
export const FORMAT_1_MAX_RESULT_CODE_LENGTH = longestCode(FORMAT_1.maxNameBytes, FORMAT_1.nameLengthBits)
export const FORMAT_1_MAX_NAME_BYTES = FORMAT_1.maxNameBytes

/** decodeResultCode refuses anything shorter. */
export const MIN_RESULT_CODE_LENGTH = 12

const MISTAKE = 'That result code has a mistake in it: check each character.'

export function decodeResultCode(text: string): Decoded<ResultSpec> {
  const code = codeSymbols(text, 'result code', MIN_RESULT_CODE_LENGTH, MAX_RESULT_CODE_LENGTH, () => 'That is not the length of a result code: check that you copied all of it.')
  if (!code.ok)
    return code
  const bits = fromSymbols(code.value)
  const body = bits.slice(0, -16)
  if (crc(body, 16) !== new BitReader(bits.slice(-16)).read(16))
    return { ok: false, reason: MISTAKE }
  try {
    const r = new BitReader(body)
    const session = readSession(r)
    // Another version may lay out what follows differently: say so rather than misread it.
    if (typeof session === 'string')
      return { ok: false, reason: `That result code cannot be used: ${session}.` }
    const format = session.version === 1 ? FORMAT_1 : { maxNameBytes: MAX_NAME_BYTES, nameLengthBits: NAME_LENGTH_BITS }
    const nameLength = r.read(format.nameLengthBits)
    if (nameLength > format.maxNameBytes)
      return { ok: false, reason: MISTAKE }
    const nameBytes = Array.from({ length: nameLength }, () => r.read(8))
    const answers = Array.from({ length: r.read(5) }, () => r.read(3))
    if (r.left > 4 || r.read(r.left) !== 0)
      return { ok: false, reason: MISTAKE }
    const name = cleanName(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(nameBytes)))
    return { ok: true, value: { session: session.spec, name, answers: answers.map(a => (a === NO_ANSWER ? null : a)) } }
  }
  catch {
    // Too short for its own fields, or a name that is not UTF-8: either way not a code we wrote.
    return { ok: false, reason: MISTAKE }
  }
}

/** The result code of a finished class session, or null for any other quiz. */
export function sessionResultCode(progress: CurrentQuiz): string | null {
  if (progress.session === null)
    return null
  const session = decodeSessionCode(progress.session.code)
  if (!session.ok)
    return null
  const answers = progress.answers.map(a => (a === null || a < 0 ? null : a))
  return encodeResultCode({ session: session.value, name: progress.session.name, answers })
}
