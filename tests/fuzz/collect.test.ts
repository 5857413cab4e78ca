import type { Collected, CollectedResult } from '~/quiz/classroom/collect'
import type { SessionSpec } from '~/quiz/classroom/join-code'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseCode } from '~/quiz/classroom/bits'
import { collectCodes, MAX_PASTE_LENGTH, NOTHING_PASTED, SHOWN_LENGTH, splitCodes } from '~/quiz/classroom/collect'
import { decodeResultCode, encodeResultCode, MAX_RESULT_CODE_LENGTH } from '~/quiz/classroom/result-code'
import { cleanName } from '~/quiz/text'
import { fuzz, FUZZ_TIMEOUT_MS, growth, hasHiddenCharacters, medianMs, QUICK_MS } from './fuzz'
import { ALPHABET, anyText, applyEdits, editsArb, ensure, trickyChar } from './mutate'

const SEED = 20_260_302
const NOW = '2026-03-04T09:30:00.000Z'
const SESSION: SessionSpec = { topicIndex: 2, count: 5, difficulty: 'normal', feedback: true, seed: 4242, bank: 517 }

/** Names that differ only in case, spacing, Unicode form or invisible characters count as one. */
const NAMES = ['Ann', 'ann', ' Ann  ', 'A\u200Bnn', 'Ann\u202E', 'Zoë', 'Zoe\u0308', 'ZOË', '', '   ', '\u200B', 'Li Wei', '李伟', 'O\'Brien', '<b>Bo</b>', '😀'.repeat(10), 'x'.repeat(45), 'Ali\u0000ce']
const nameArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: anyText(12) })

const answersArb = (length: number) => fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { minLength: length, maxLength: length })

const otherSessionArb: fc.Arbitrary<SessionSpec> = fc.record({
  topicIndex: fc.integer({ min: 0, max: 7 }),
  count: fc.constantFrom(5, 10, 20),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  feedback: fc.boolean(),
  seed: fc.constantFrom(4242, 4243, 0),
  bank: fc.constantFrom(517, 516),
})

interface Layout {
  group: number
  joiner: string
  lower: boolean
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  group: fc.constantFrom(0, 0, 3, 4, 5),
  joiner: fc.constantFrom('-', ' ', ' - ', '\u2010', '\u2212', '\uFF0D', '\u200B', '\u00A0', '\u3000'),
  lower: fc.boolean(),
})

function laidOut(code: string, l: Layout): string {
  const text = l.group === 0 ? code : (code.match(new RegExp(`.{1,${l.group}}`, 'g')) ?? []).join(l.joiner)
  return l.lower ? text.toLowerCase() : text
}

// Encoding a code takes tens of microseconds: codes are made once, in pools, from a fixed seed.
const POOL = 48
const MAX_QUESTIONS = 5

function codePool(session: fc.Arbitrary<SessionSpec>, answers: fc.Arbitrary<(number | null)[]>, seed: number): string[] {
  return fc.sample(fc.tuple(session, nameArb, answers), { seed, numRuns: POOL })
    .map(([s, name, a]) => encodeResultCode({ session: s, name, answers: a }))
}

/** For each number of questions: codes of the session, codes with another number of answers, codes of other sessions. */
const pools = Array.from({ length: MAX_QUESTIONS + 1 }, (_, q) => ({
  good: codePool(fc.constant(SESSION), answersArb(q), SEED + 10 + q),
  otherCount: codePool(fc.constant(SESSION), fc.integer({ min: 0, max: 31 }).filter(n => n !== q).chain(answersArb), SEED + 20 + q),
  otherSession: codePool(otherSessionArb, answersArb(q), SEED + 30 + q),
}))

const poolOf = (questions: number) => pools[questions] ?? { good: [], otherCount: [], otherSession: [] }

/** One piece of a paste: a good code for the session, a code with a flaw, or text that is none. */
function fragmentArb(questions: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...poolOf(questions).good), layoutArb).map(([code, l]) => laidOut(code, l)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...poolOf(questions).otherCount), layoutArb).map(([code, l]) => laidOut(code, l)) },
    { weight: 1, arbitrary: fc.constantFrom(...poolOf(questions).otherSession) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...poolOf(questions).good), editsArb(1, 3)).map(([code, edits]) => applyEdits(code, edits)) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...ALPHABET, ' ', '-'), minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: anyText(30) },
  )
}

const separatorArb = fc.constantFrom('\n', '\r\n', ',', ', ', ';', ' ', '\t', '\u2028', '\u0085', ' ,\n ', '\n\n', '\u000B', '')

function pasteArb(questions: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(fragmentArb(questions), separatorArb), { maxLength: 5 }).map(parts => parts.map(([f, s]) => f + s).join('')) },
    { weight: 1, arbitrary: anyText(200) },
    { weight: 1, arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom(...ALPHABET, ' ', '-', '\n', ','), trickyChar), maxLength: 2 * MAX_RESULT_CODE_LENGTH }) },
  )
}

/** What was collected before: read from the session's codes, or anything a stored record could hold. */
function existingArb(questions: number): fc.Arbitrary<CollectedResult[]> {
  return fc.array(fc.oneof(
    fc.constantFrom(...poolOf(questions).good).map((code): CollectedResult => {
      const decoded = decodeResultCode(code)
      return { code, name: decoded.ok ? decoded.value.name : '', answers: decoded.ok ? decoded.value.answers : [], collectedAt: '2026-03-01T08:00:00.000Z' }
    }),
    fc.record({
      code: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 }),
      name: nameArb,
      answers: fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { maxLength: 6 }),
      collectedAt: fc.constant('2026-03-01T08:00:00.000Z'),
    }),
  ), { maxLength: 4 })
}

function nameKey(name: string): string {
  return cleanName(name).normalize('NFC').toLowerCase()
}

function ensureShown(shown: string): void {
  ensure(!hasHiddenCharacters(shown), () => `shown text ${JSON.stringify(shown)} has control or format characters`)
  ensure([...shown].length <= SHOWN_LENGTH, () => `shown text ${JSON.stringify(shown)} is longer than ${SHOWN_LENGTH}`)
}

/** Everything collectCodes promises, checked from the outside. */
function ensureCollected(existing: readonly CollectedResult[], before: string, text: string, questions: number, out: Collected): void {
  ensure(JSON.stringify(existing) === before, 'the results already collected were changed')
  ensure(out.results.length === existing.length + out.added.length, 'results are not the old ones plus the added')
  ensure(existing.every((r, i) => out.results[i] === r), 'an old result was dropped, moved or replaced')
  ensure(out.added.every((r, i) => out.results[existing.length + i] === r), 'added results are not at the end, in order')

  const codes = new Set(existing.map(r => normaliseCode(r.code) ?? r.code))
  const names = new Set(existing.map(r => nameKey(r.name)).filter(k => k !== ''))
  for (const r of out.added) {
    ensure(r.collectedAt === NOW, 'wrong time')
    ensure(typeof r.code === 'string' && /^[0-9A-HJKMNP-TV-Z]+$/.test(r.code) && r.code.length <= MAX_RESULT_CODE_LENGTH, () => `code ${JSON.stringify(r.code)} is not normalised`)
    const decoded = decodeResultCode(r.code)
    ensure(decoded.ok, () => `added code ${r.code} does not decode`)
    ensure(JSON.stringify(decoded.value.session) === JSON.stringify(SESSION), 'added a code from another session')
    ensure(decoded.value.name === r.name && JSON.stringify(decoded.value.answers) === JSON.stringify(r.answers), 'added name or answers differ from the code')
    ensure(r.answers.length === questions, () => `added ${r.answers.length} answers for ${questions} questions`)
    ensure(r.answers.every(a => a === null || (Number.isInteger(a) && a >= 0 && a <= 6)), 'answer out of range')
    ensure(!hasHiddenCharacters(r.name), () => `name ${JSON.stringify(r.name)} has control or format characters`)
    ensure(!codes.has(r.code), () => `code ${r.code} collected twice`)
    codes.add(r.code)
    const key = nameKey(r.name)
    ensure(key === '' || !names.has(key), () => `name ${JSON.stringify(r.name)} collected twice`)
    if (key !== '')
      names.add(key)
  }
  for (const r of out.rejected) {
    ensure(typeof r.reason === 'string' && r.reason.length > 0, 'rejected without a reason')
    ensureShown(r.code)
    ensure(typeof r.text === 'string', 'rejected text is not a string')
  }
  const pieces = splitCodes(text)
  if (pieces.length === 0) {
    ensure(out.added.length === 0 && out.rejected.length === 1 && out.rejected[0]?.reason === NOTHING_PASTED, 'an empty paste was not answered')
  }
  else {
    ensure(out.added.length + out.rejected.length === pieces.length, () => `${pieces.length} pieces, but ${out.added.length} added and ${out.rejected.length} rejected`)
    ensure(out.rejected.every(r => pieces.includes(r.text)), 'a rejection is not one of the pieces')
  }
}

describe('splitCodes (fuzz)', () => {
  it('never throws; every piece is trimmed, one line, visible text', () => {
    fuzz(fc.property(pasteArb(5), (text) => {
      const pieces = splitCodes(text)
      ensure(Array.isArray(pieces), 'not a list')
      let total = 0
      for (const p of pieces) {
        ensure(typeof p === 'string' && p.length > 0, 'an empty piece')
        ensure(p === p.trim() && !p.startsWith('-') && !p.endsWith('-'), () => `piece ${JSON.stringify(p)} is not trimmed`)
        ensure(!/[\n\r\v\f\u0085\u2028\u2029,;]/.test(p), () => `piece ${JSON.stringify(p)} spans a separator`)
        ensure(!/\p{Cf}/u.test(p), () => `piece ${JSON.stringify(p)} has invisible characters`)
        total += p.length
      }
      ensure(total <= text.normalize('NFKC').length, 'pieces hold more text than the paste')
    }), { seed: SEED })
  }, FUZZ_TIMEOUT_MS)
})

describe('collectCodes (fuzz)', () => {
  const caseArb = fc.integer({ min: 1, max: MAX_QUESTIONS }).chain(questions => fc.record({
    questions: fc.constant(questions),
    existing: existingArb(questions),
    text: pasteArb(questions),
  }))

  it('never throws; keeps what was collected; adds only valid, new codes of the session; answers every piece', () => {
    fuzz(fc.property(caseArb, ({ questions, existing, text }) => {
      const before = JSON.stringify(existing)
      const out = collectCodes(SESSION, questions, existing, text, NOW)
      ensureCollected(existing, before, text, questions, out)
      // The same paste again adds nothing: every code in it is now collected.
      const again = collectCodes(SESSION, questions, out.results, text, NOW)
      ensure(again.added.length === 0, 'a second paste of the same text added results')
    }), { seed: SEED + 1 })
  }, FUZZ_TIMEOUT_MS)
})

describe('oversized pastes are refused unread', () => {
  const codes = Array.from({ length: 1000 }, (_, i) => encodeResultCode({ session: SESSION, name: `Student ${i}`, answers: [0, 1, 2, 3, null] }))
  const hundredThousandCodes = Array.from({ length: 100_000 }, (_, i) => codes[i % codes.length]).join('\n')
  const cases: [string, string][] = [
    ['100,000 pasted codes', hundredThousandCodes],
    ['1 MB of code symbols', 'A'.repeat(1_000_000)],
    ['10 MB of one-letter groups', 'A '.repeat(5_000_000)],
    ['10 MB of accented and invisible characters', 'é\u200B\u202E '.repeat(2_500_000)],
    ['10 MB of separators', ',\n'.repeat(5_000_000)],
  ]

  it.each(cases)('collectCodes refuses %s whole, saying why, in under 200 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(MAX_PASTE_LENGTH)
    const out = collectCodes(SESSION, 5, [], text, NOW)
    expect(out.added).toEqual([])
    expect(out.rejected).toHaveLength(1)
    expect(out.rejected[0]?.reason).toContain('too much text')
    ensureShown(out.rejected[0]?.code ?? '')
    expect(medianMs(() => collectCodes(SESSION, 5, [], text, NOW))).toBeLessThan(QUICK_MS)
  })

  it.each(cases)('splitCodes gives %s back as one piece, unread, in under 200 ms', (_, text) => {
    expect(splitCodes(text)).toEqual([text.trim()])
    expect(medianMs(() => splitCodes(text))).toBeLessThan(QUICK_MS)
  })

  // Just under the limit the paste is read; the CRC carried from word to word keeps it linear:
  // four times the text takes about four times as long (quadratic work would take sixteen).
  it('reads the largest paste allowed, of the slowest kind (one-letter words), in linear time', () => {
    const text = 'A '.repeat(Math.floor(MAX_PASTE_LENGTH / 2))
    expect(text.length).toBeLessThanOrEqual(MAX_PASTE_LENGTH)
    expect(collectCodes(SESSION, 5, [], text, NOW).rejected.map(r => r.reason)).not.toContainEqual(expect.stringContaining('too much text'))
    const letters = (n: number) => collectCodes(SESSION, 5, [], 'A '.repeat(n), NOW)
    expect(growth(letters, MAX_PASTE_LENGTH / 16, MAX_PASTE_LENGTH / 4)).toBeLessThan(8)
  }, 120_000)
})
