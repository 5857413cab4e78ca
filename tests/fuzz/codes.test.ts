import type { Decoded } from '~/quiz/classroom/bits'
import type { SessionSpec } from '~/quiz/classroom/join-code'
import type { ResultSpec } from '~/quiz/classroom/result-code'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseCode } from '~/quiz/classroom/bits'
import { decodeSessionCode, encodeSessionCode, SESSION_CODE_LENGTH } from '~/quiz/classroom/join-code'
import { decodeResultCode, encodeResultCode, MAX_NAME_BYTES, MAX_RESULT_CODE_LENGTH } from '~/quiz/classroom/result-code'
import { DIFFICULTIES, QUIZ_LENGTHS } from '~/quiz/settings'
import { cleanName } from '~/quiz/text'
import { fuzz, FUZZ_TIMEOUT_MS, hasHiddenCharacters, medianMs, QUICK_MS } from './fuzz'
import { ALPHABET, anyText, applyEdits, editsArb, ensure, trickyChar } from './mutate'

const SEED = 20_260_301
const NO_ANSWER = 7

// --- an encoder written apart from codes.ts, so that codes with a valid CRC can carry anything --

function crcOf(bits: readonly number[], width: 10 | 16): number {
  const poly = width === 16 ? 0x1021 : 0x233
  let reg = 0
  for (const bit of bits) {
    const feedback = ((reg >> (width - 1)) & 1) ^ bit
    reg = (reg << 1) & ((1 << width) - 1)
    if (feedback === 1)
      reg ^= poly
  }
  return reg
}

function pushBits(bits: number[], value: number, width: number): void {
  for (let i = width - 1; i >= 0; i--)
    bits.push(Math.floor(value / 2 ** i) % 2)
}

function symbolsOf(bits: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bits.length; i += 5)
    out += ALPHABET[bits.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)]
  return out
}

interface SessionFields {
  version: number
  topicIndex: number
  countIndex: number
  difficultyIndex: number
  feedback: boolean
  seed: number
  bank: number
}

/** Mostly well-formed settings, of format 2 or 1; now and then a version or setting no Quorum writes. */
const sessionFieldsArb: fc.Arbitrary<SessionFields> = fc.record({
  version: fc.oneof({ weight: 4, arbitrary: fc.constant(2) }, { weight: 2, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(0, 3) }),
  topicIndex: fc.integer({ min: 0, max: 7 }),
  countIndex: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(3) }),
  difficultyIndex: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(3) }),
  feedback: fc.boolean(),
  seed: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
  bank: fc.integer({ min: 0, max: 1023 }),
})

function sessionBits(s: SessionFields): number[] {
  const bits: number[] = []
  pushBits(bits, s.version, 2)
  pushBits(bits, s.topicIndex, 3)
  pushBits(bits, s.countIndex, 2)
  pushBits(bits, s.difficultyIndex, 2)
  pushBits(bits, s.feedback ? 1 : 0, 1)
  pushBits(bits, s.seed, 20)
  pushBits(bits, s.bank, 10)
  return bits
}

function sessionWellFormed(s: SessionFields): boolean {
  return (s.version === 1 || s.version === 2) && s.countIndex < QUIZ_LENGTHS.length && s.difficultyIndex < DIFFICULTIES.length
}

function expectedSession(s: SessionFields): SessionSpec {
  return {
    topicIndex: s.topicIndex,
    count: QUIZ_LENGTHS[s.countIndex] ?? -1,
    difficulty: DIFFICULTIES[s.difficultyIndex] ?? 'normal',
    feedback: s.feedback,
    seed: s.seed,
    bank: s.bank,
  }
}

/** How a code is typed: case, look-alike letters, groups and their separators. */
interface Typing {
  lower: boolean
  lookAlikes: boolean
  group: number
  joiner: string
}

const typingArb: fc.Arbitrary<Typing> = fc.record({
  lower: fc.boolean(),
  lookAlikes: fc.boolean(),
  group: fc.constantFrom(0, 3, 4, 5),
  joiner: fc.constantFrom('-', ' ', ' - ', '\t', '\u00A0', '--'),
})

function typed(code: string, t: Typing): string {
  let text = t.lookAlikes ? code.replace(/1/g, 'I').replace(/0/g, 'O') : code
  if (t.group > 0)
    text = text.match(new RegExp(`.{1,${t.group}}`, 'g'))?.join(t.joiner) ?? text
  return t.lower ? text.toLowerCase() : text
}

/** A result payload laid out field by field, each field free to disagree with the others. */
interface ResultLayout {
  session: SessionFields
  nameBytes: number[]
  /** The name length written, normally nameBytes.length. */
  declaredName: number
  /** 3-bit answers, NO_ANSWER for none. */
  answers: number[]
  declaredAnswers: number
  /** Padding: zero bits to a whole symbol, or extra or non-zero bits no encoder writes. */
  padding: 'zero' | 'nonzero' | 'extra'
  paddingBits: number
}

const nameBytesArb: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 3, arbitrary: anyText(14).map(s => [...new TextEncoder().encode(s)]) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 125 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(0x00, 0x07, 0x20, 0x41, 0xC3, 0xA9, 0xE2, 0x80, 0xAE, 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0xED, 0xA0), { maxLength: 42 }) },
)

const resultLayoutArb: fc.Arbitrary<ResultLayout> = fc.record({
  session: sessionFieldsArb,
  nameBytes: nameBytesArb,
  nameSkew: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 127 }) }),
  answers: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 31 }),
  answerSkew: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 31 }) }),
  padding: fc.oneof({ weight: 8, arbitrary: fc.constant<'zero'>('zero') }, { weight: 1, arbitrary: fc.constantFrom<'nonzero' | 'extra'>('nonzero', 'extra') }),
  paddingBits: fc.integer({ min: 1, max: 2 ** 14 - 1 }),
}).map(({ nameBytes, nameSkew, answerSkew, ...rest }) => {
  const widest = 2 ** nameLengthBits(rest.session) - 1
  const bytes = nameBytes.slice(0, widest)
  return {
    ...rest,
    nameBytes: bytes,
    declaredName: nameSkew === 0 ? bytes.length : Math.min(widest, Math.max(0, nameSkew)),
    declaredAnswers: answerSkew === 0 ? rest.answers.length : Math.min(31, Math.max(0, answerSkew)),
  }
})

/** Format 1 wrote a name's length in 6 bits (at most 40 bytes), format 2 in 7 (at most 120). */
function nameLengthBits(s: SessionFields): number {
  return s.version === 1 ? 6 : 7
}

function maxNameBytesOf(s: SessionFields): number {
  return s.version === 1 ? 40 : MAX_NAME_BYTES
}

function resultCodeOf(l: ResultLayout): string {
  const bits = sessionBits(l.session)
  pushBits(bits, l.declaredName, nameLengthBits(l.session))
  for (const b of l.nameBytes)
    pushBits(bits, b, 8)
  pushBits(bits, l.declaredAnswers, 5)
  for (const a of l.answers)
    pushBits(bits, a, 3)
  const zero = (5 - ((bits.length + 16) % 5)) % 5
  if (l.padding === 'zero')
    pushBits(bits, 0, zero)
  else if (l.padding === 'nonzero' && zero > 0)
    pushBits(bits, 1 + (l.paddingBits % (2 ** zero - 1)), zero)
  else
    pushBits(bits, l.paddingBits % 2 ** (zero + 5), zero + 5)
  pushBits(bits, crcOf(bits, 16), 16)
  return symbolsOf(bits)
}

/** The name exactly as its bytes spell it (a leading byte-order mark kept), or null if not UTF-8. */
function utf8Name(bytes: readonly number[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes))
  }
  catch {
    return null
  }
}

// --- what every decoded value must satisfy --------------------------------------------------

function ensureRefusal(result: { ok: false, reason: string }): void {
  ensure(typeof result.reason === 'string' && result.reason.length > 0 && result.reason.length < 300, () => `unclear reason: ${JSON.stringify(result.reason)}`)
}

function ensureValidSession(s: SessionSpec): void {
  ensure(Object.keys(s).sort().join() === 'bank,count,difficulty,feedback,seed,topicIndex', () => `session fields ${Object.keys(s).join()}`)
  ensure(Number.isInteger(s.topicIndex) && s.topicIndex >= 0 && s.topicIndex <= 7, `topicIndex ${s.topicIndex}`)
  ensure((QUIZ_LENGTHS as readonly number[]).includes(s.count), `count ${s.count}`)
  ensure(DIFFICULTIES.includes(s.difficulty), `difficulty ${s.difficulty}`)
  ensure(typeof s.feedback === 'boolean', 'feedback not a boolean')
  ensure(Number.isInteger(s.seed) && s.seed >= 0 && s.seed < 2 ** 20, `seed ${s.seed}`)
  ensure(Number.isInteger(s.bank) && s.bank >= 0 && s.bank < 1024, `bank ${s.bank}`)
}

/**
 * A decoded join code is a valid session that encodes back to the very code typed, or, for a
 * code of format 1, to a format-2 code of the same session.
 */
function ensureSessionDecoding(text: string, decoded: Decoded<SessionSpec>): void {
  ensure(typeof decoded === 'object' && typeof decoded.ok === 'boolean', 'not a Decoded')
  if (!decoded.ok)
    return ensureRefusal(decoded)
  ensureValidSession(decoded.value)
  const code = normaliseCode(text)
  const again = encodeSessionCode(decoded.value)
  ensure(code !== null && (again === code || JSON.stringify(decodeSessionCode(again)) === JSON.stringify(decoded)), () => `${JSON.stringify(text)} decoded to a session that encodes as ${again}`)
}

/** A decoded result has a valid session, a clean name of at most 40 bytes, answers 0 to 6 or none. */
function ensureResultDecoding(text: string, decoded: Decoded<ResultSpec>): void {
  ensure(typeof decoded === 'object' && typeof decoded.ok === 'boolean', 'not a Decoded')
  if (!decoded.ok)
    return ensureRefusal(decoded)
  const { session, name, answers } = decoded.value
  ensureValidSession(session)
  ensure(typeof name === 'string' && !hasHiddenCharacters(name), () => `name ${JSON.stringify(name)} has control or format characters`)
  ensure(name === name.trim() && !/\s{2}|[^\S ]/.test(name) && !/[\uD800-\uDFFF]/u.test(name), () => `name ${JSON.stringify(name)} is not clean text`)
  ensure(new TextEncoder().encode(name).length <= MAX_NAME_BYTES, `name of more than ${MAX_NAME_BYTES} bytes`)
  ensure(Array.isArray(answers) && answers.length <= 31, 'more than 31 answers')
  ensure(answers.every(a => a === null || (Number.isInteger(a) && a >= 0 && a <= 6)), () => `answers ${JSON.stringify(answers)}`)
  // Encoding what was read gives a code that reads back the same; it is the typed code itself
  // unless the name carried characters that cleaning drops.
  const again = encodeResultCode(decoded.value)
  ensure(JSON.stringify(decodeResultCode(again)) === JSON.stringify(decoded), () => `${again} reads back differently`)
  // A code of this format re-encodes to itself but for dropped characters; one of format 1 is
  // written again in format 2, whose first symbol differs.
  const code = normaliseCode(text) ?? ''
  if (code.slice(0, 1) === again.slice(0, 1))
    ensure(again.length <= code.length && again.slice(0, 8) === code.slice(0, 8), () => `re-encoded ${again} strays from ${code}`)
}

// --- the properties -------------------------------------------------------------------------

const sessionArb: fc.Arbitrary<SessionSpec> = sessionFieldsArb.filter(sessionWellFormed).map(expectedSession)
const resultArb: fc.Arbitrary<ResultSpec> = fc.record({
  session: sessionArb,
  name: anyText(20),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { maxLength: 31 }),
})

const codeAlphabetText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...ALPHABET, ...'abcdefghjkmnpqrstvwxyziloIOLUu -'), maxLength })

describe('normaliseCode (fuzz)', () => {
  it('never throws; gives code symbols only, and is idempotent', () => {
    fuzz(fc.property(fc.oneof(anyText(60), codeAlphabetText(60)), (text) => {
      const code = normaliseCode(text)
      if (code === null)
        return
      ensure(/^[0-9A-HJKMNP-TV-Z]*$/.test(code), () => `${JSON.stringify(code)} has a character no code has`)
      ensure(normaliseCode(code) === code, 'not idempotent')
    }), { seed: SEED })
  }, FUZZ_TIMEOUT_MS)
})

describe('decodeSessionCode (fuzz)', () => {
  const inputArb = fc.oneof(
    anyText(40),
    codeAlphabetText(24),
    fc.tuple(sessionArb, editsArb(1, 3), typingArb).map(([s, edits, t]) => applyEdits(typed(encodeSessionCode(s), t), edits)),
    fc.tuple(sessionArb, fc.string({ unit: trickyChar, maxLength: 3 }), fc.string({ unit: trickyChar, maxLength: 3 })).map(([s, before, after]) => `${before}${encodeSessionCode(s)}${after}`),
  )

  it('never throws, and anything it accepts is a valid session that encodes back to the code', () => {
    fuzz(fc.property(inputArb, (text) => {
      ensureSessionDecoding(text, decodeSessionCode(text))
    }), { seed: SEED + 1 })
  }, FUZZ_TIMEOUT_MS)

  it('reads any code with a valid CRC exactly as written, and refuses settings Quorum never writes', () => {
    fuzz(fc.property(sessionFieldsArb, typingArb, (fields, typing) => {
      const bits = sessionBits(fields)
      pushBits(bits, crcOf(bits, 10), 10)
      const text = typed(symbolsOf(bits), typing)
      const decoded = decodeSessionCode(text)
      ensureSessionDecoding(text, decoded)
      if (sessionWellFormed(fields))
        ensure(decoded.ok && JSON.stringify(decoded.value) === JSON.stringify(expectedSession(fields)), () => `${text} was read as ${JSON.stringify(decoded)}`)
      else
        ensure(!decoded.ok, () => `${text} has settings Quorum never writes, yet was accepted`)
    }), { seed: SEED + 2 })
  }, FUZZ_TIMEOUT_MS)
})

describe('decodeResultCode (fuzz)', () => {
  const inputArb = fc.oneof(
    anyText(120),
    codeAlphabetText(MAX_RESULT_CODE_LENGTH + 10),
    fc.tuple(resultArb, editsArb(1, 4), typingArb).map(([r, edits, t]) => applyEdits(typed(encodeResultCode(r), t), edits)),
    fc.tuple(resultLayoutArb, editsArb(1, 2)).map(([l, edits]) => applyEdits(resultCodeOf(l), edits)),
  )

  it('never throws, and anything it accepts is valid and re-encodes to a code that reads the same', () => {
    fuzz(fc.property(inputArb, (text) => {
      ensureResultDecoding(text, decodeResultCode(text))
    }), { seed: SEED + 3 })
  }, FUZZ_TIMEOUT_MS)

  it('reads any code with a valid CRC exactly as written, and refuses every layout no encoder writes', () => {
    fuzz(fc.property(resultLayoutArb, typingArb, (layout, typing) => {
      const code = resultCodeOf(layout)
      const text = typed(code, typing)
      const decoded = decodeResultCode(text)
      ensureResultDecoding(text, decoded)
      const raw = utf8Name(layout.nameBytes)
      const lengthsAgree = layout.declaredName === layout.nameBytes.length && layout.declaredAnswers === layout.answers.length
      const wellFormed = lengthsAgree && sessionWellFormed(layout.session) && layout.padding === 'zero'
        && layout.nameBytes.length <= maxNameBytesOf(layout.session) && raw !== null && code.length <= MAX_RESULT_CODE_LENGTH
      if (wellFormed) {
        const expected: ResultSpec = { session: expectedSession(layout.session), name: cleanName(raw), answers: layout.answers.map(a => (a === NO_ANSWER ? null : a)) }
        ensure(decoded.ok && JSON.stringify(decoded.value) === JSON.stringify(expected), () => `${code} was read as ${JSON.stringify(decoded)}`)
        if (raw === cleanName(raw) && layout.session.version === 2)
          ensure(encodeResultCode(expected) === code, 'a code with a clean name does not re-encode to itself')
      }
      else if (lengthsAgree) {
        // Fields line up, so the decoder reads them where they are: each flaw must be caught.
        ensure(!decoded.ok, () => `${code} (${JSON.stringify(layout)}) is malformed, yet was accepted`)
      }
    }), { seed: SEED + 4 })
  }, FUZZ_TIMEOUT_MS)
})

describe('oversized codes are refused unread', () => {
  const mb = (text: string) => text.repeat(Math.ceil(1_000_000 / text.length)).slice(0, 1_000_000)
  const cases: [string, string, string][] = [
    ['1 MB of code symbols', mb('A'), 'too long'],
    ['10 MB of code symbols', mb('A').repeat(10), 'too long'],
    ['1 MB of one-letter groups', mb('A '), 'too long'],
    ['10 MB of one-letter groups', mb('a-').repeat(10), 'too long'],
    ['10 MB of text', mb('é\u200B ').repeat(10), 'too long'],
    ['a valid code repeated to 1 MB', mb(encodeResultCode({ session: { topicIndex: 0, count: 5, difficulty: 'normal', feedback: true, seed: 1, bank: 2 }, name: 'Ann', answers: [0, 1, 2, 3, null] })), 'too long'],
  ]

  it.each(cases)('decodeResultCode refuses %s in under 200 ms', (_, text, reason) => {
    const result = decodeResultCode(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
    expect(medianMs(() => decodeResultCode(text))).toBeLessThan(QUICK_MS)
  })

  it.each(cases)('decodeSessionCode refuses %s in under 200 ms', (_, text, reason) => {
    const result = decodeSessionCode(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
    expect(medianMs(() => decodeSessionCode(text))).toBeLessThan(QUICK_MS)
  })

  it(`decodeSessionCode still reads a join code typed with generous spacing, up to ${4 * SESSION_CODE_LENGTH} characters`, () => {
    const code = encodeSessionCode({ topicIndex: 1, count: 10, difficulty: 'hard', feedback: false, seed: 99, bank: 3 })
    const spaced = [...code].join('   ').padEnd(4 * SESSION_CODE_LENGTH, ' ')
    expect(spaced).toHaveLength(4 * SESSION_CODE_LENGTH)
    expect(decodeSessionCode(spaced)).toMatchObject({ ok: true })
  })
})
