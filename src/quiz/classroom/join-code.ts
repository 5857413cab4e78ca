import type { Bank, Difficulty } from '../types.ts'
import type { Decoded } from './bits.ts'
import { GENERATOR_VERSION } from '../generate/version.ts'
import { hashSeed } from '../random.ts'
import { DIFFICULTIES, QUIZ_LENGTHS } from '../settings.ts'
import { BitReader, BitWriter, codeSymbols, crc, fromSymbols, toSymbols } from './bits.ts'

/**
 * A class session's join code: the teacher's settings, from which every device builds the same
 * quiz. It carries a format version and ends in a CRC-10. The decoder never throws: it returns
 * the reason a code was refused.
 */

/**
 * The format codes are written in. Format 2 result codes carry a name of up to 120 bytes (a
 * 7-bit length); format 1 carried 40 (6 bits). Join codes read the same in both.
 */
export const CODE_VERSION = 2
const READABLE_VERSIONS: readonly number[] = [1, 2]

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

/** What a teacher chooses for a new session: the topic by its id, or null for every topic. */
export interface SessionChoice {
  topic: string | null
  count: number
  difficulty: Difficulty
  feedback: boolean
}

/**
 * A new session's settings. `topicIds` are the bank's topics in order; `randomWord` is any
 * whole number (a fresh random one for each session), of which the seed keeps the low bits.
 */
export function newSessionSpec(choice: SessionChoice, topicIds: readonly string[], bank: number, randomWord: number): SessionSpec {
  const topicIndex = choice.topic === null ? 0 : topicIds.indexOf(choice.topic) + 1
  const { count, difficulty, feedback } = choice
  return { topicIndex, count, difficulty, feedback, seed: randomWord % 2 ** SESSION_SEED_BITS, bank }
}

/** Writes a session's settings: the start of a join code, and of every result code. */
export function writeSession(w: BitWriter, s: SessionSpec) {
  w.write(CODE_VERSION, 2)
  w.write(s.topicIndex, 3)
  w.write(QUIZ_LENGTHS.indexOf(s.count as (typeof QUIZ_LENGTHS)[number]), 2)
  w.write(DIFFICULTIES.indexOf(s.difficulty), 2)
  w.write(s.feedback ? 1 : 0, 1)
  w.write(s.seed, SESSION_SEED_BITS)
  w.write(s.bank, 10)
}

/** Reads what writeSession wrote, with its format, or the reason it cannot be used. */
export function readSession(r: BitReader): { version: number, spec: SessionSpec } | string {
  const version = r.read(2)
  if (!READABLE_VERSIONS.includes(version))
    return `it was made by a different version of Quorum (format ${version})`
  const topicIndex = r.read(3)
  const count = QUIZ_LENGTHS[r.read(2)]
  const difficulty = DIFFICULTIES[r.read(2)]
  const feedback = r.read(1) === 1
  const seed = r.read(SESSION_SEED_BITS)
  const bank = r.read(10)
  if (count === undefined || difficulty === undefined)
    return 'its settings are not ones Quorum offers'
  return { version, spec: { topicIndex, count, difficulty, feedback, seed, bank } }
}

/** Whether two specs are the same session. */
export function sameSession(a: SessionSpec, b: SessionSpec): boolean {
  return (Object.keys(a) as (keyof SessionSpec)[]).every(k => a[k] === b[k])
}

export function encodeSessionCode(s: SessionSpec): string {
  const w = new BitWriter()
  writeSession(w, s)
  w.write(crc(w.bits, 10), 10)
  return toSymbols(w.bits)
}

export function decodeSessionCode(text: string): Decoded<SessionSpec> {
  const code = codeSymbols(text, 'join code', SESSION_CODE_LENGTH, SESSION_CODE_LENGTH, n => `A join code has ${SESSION_CODE_LENGTH} characters; this one has ${n}.`)
  if (!code.ok)
    return code
  const bits = fromSymbols(code.value)
  const body = bits.slice(0, bits.length - 10)
  if (crc(body, 10) !== new BitReader(bits.slice(-10)).read(10))
    return { ok: false, reason: 'That join code has a mistake in it: check each character.' }
  const s = readSession(new BitReader(body))
  return typeof s === 'string' ? { ok: false, reason: `That join code cannot be used: ${s}.` } : { ok: true, value: s.spec }
}

/**
 * A 10-bit fingerprint of everything that shapes a generated quiz: the bank and the version of
 * the generator. Teacher and students must share it: a device with another version of either
 * would build other questions from the same code, so it is told to update instead.
 */
export function bankFingerprint(bank: Bank, generator: number = GENERATOR_VERSION): number {
  const text = JSON.stringify([generator, bank.topics.map(t => t.id), bank.items.map(i => [i.id, i.fact, i.reveals ?? [], i.level, i.prompt, i.variants, i.key, i.distractors])])
  return hashSeed(text) % 1024
}
