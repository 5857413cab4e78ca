import type { CollectedResult } from '~/quiz/classroom/collect'
import type { SessionSpec } from '~/quiz/classroom/join-code'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupCode } from '~/quiz/classroom/bits'
import { collectCodes, MAX_PASTE_LENGTH, NOTHING_PASTED, removeResult, SHOWN_LENGTH, splitCodes } from '~/quiz/classroom/collect'
import { encodeResultCode, MAX_RESULT_CODE_LENGTH } from '~/quiz/classroom/result-code'
import { growth } from '../../fuzz/fuzz'
import { UNDER_MUTATION } from '../../mutation'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const NOW = '2026-03-04T09:30:00.000Z'
const COUNT = 5

function spec(over: Partial<SessionSpec> = {}): SessionSpec {
  return { topicIndex: 0, count: COUNT, difficulty: 'normal', feedback: true, seed: 4242, bank: 517, ...over }
}

const ANSWERS = [0, 1, 2, 3, null]

/** A student's result code for the session `spec()` unless told otherwise. */
function code(name: string, answers: (number | null)[] = ANSWERS, over: Partial<SessionSpec> = {}) {
  return encodeResultCode({ session: spec(over), name, answers })
}

function collected(name: string, answers: (number | null)[] = ANSWERS): CollectedResult {
  return { code: code(name, answers), name, answers, collectedAt: '2026-03-04T09:00:00.000Z' }
}

const collect = (text: string, existing: CollectedResult[] = []) => collectCodes(spec(), COUNT, existing, text, NOW)

/** The code with one character swapped for another symbol: the CRC refuses it. */
function typo(c: string, at = 3): string {
  const ch = c[at]!
  const other = ALPHABET[(ALPHABET.indexOf(ch) + 1) % ALPHABET.length]!
  return c.slice(0, at) + other + c.slice(at + 1)
}

const AMAL = code('Amal')
const BO = code('Bo', [1, 1, 1, 1, 1])
const CY = code('Cy', [null, null, null, null, 2])

describe('splitCodes', () => {
  it.each([
    ['one code', AMAL, [AMAL]],
    ['one code grouped in fours, as students see it', groupCode(AMAL, 4), [groupCode(AMAL, 4)]],
    ['one code grouped with spaces', groupCode(AMAL, 4).replace(/-/g, ' '), [groupCode(AMAL, 4).replace(/-/g, ' ')]],
    ['one code in lower case with stray spaces', `  ${groupCode(AMAL, 3).toLowerCase()}  `, [groupCode(AMAL, 3).toLowerCase()]],
    ['codes on lines, CRLF and blank lines', `${AMAL}\r\n\r\n${BO}\n${CY}\n`, [AMAL, BO, CY]],
    ['codes separated by commas and semicolons', `${AMAL}, ${BO};${CY}`, [AMAL, BO, CY]],
    ['codes separated by spaces and tabs', `${AMAL} ${BO}\t${CY}`, [AMAL, BO, CY]],
    ['grouped codes separated by spaces', `${groupCode(AMAL, 4)} ${groupCode(BO, 4)}`, [groupCode(AMAL, 4), groupCode(BO, 4)]],
    ['codes grouped with spaces, one after another on a line', `${groupCode(AMAL, 4).replace(/-/g, ' ')} ${groupCode(BO, 5).replace(/-/g, ' ')}`, [groupCode(AMAL, 4).replace(/-/g, ' '), groupCode(BO, 5).replace(/-/g, ' ')]],
    ['codes joined by a hyphen', `${AMAL}-${BO}`, [AMAL, BO]],
    ['a word before a code', `Amal: ${AMAL}`, ['Amal:', AMAL]],
    ['a run of words that is no code, kept whole', `hello there ${BO} and more`, ['hello there', BO, 'and more']],
    ['a mistyped code in groups, kept whole', groupCode(typo(AMAL), 4).replace(/-/g, ' '), [groupCode(typo(AMAL), 4).replace(/-/g, ' ')]],
    ['nothing', '', []],
    ['only separators', ' ,;\n\t - ', []],
  ])('reads %s', (_, text, pieces) => {
    expect(splitCodes(text)).toEqual(pieces)
  })

  it.each([
    ['en dashes, as phones type them', groupCode(AMAL, 4).replace(/-/g, '–')],
    ['a minus sign and a figure dash', `${AMAL.slice(0, 4)}\u2212${AMAL.slice(4, 8)}\u2012${AMAL.slice(8)}`],
    ['full-width characters', [...groupCode(AMAL, 4)].map(ch => String.fromCharCode(ch.charCodeAt(0) + 0xFEE0)).join('')],
    ['zero-width spaces and a soft hyphen', `${AMAL.slice(0, 5)}\u200B${AMAL.slice(5, 9)}\u00AD${AMAL.slice(9)}\uFEFF`],
    ['non-breaking spaces', groupCode(AMAL, 4).replace(/-/g, '\u00A0')],
    ['I, L and O for 1, 1 and 0', AMAL.replace(/1/g, 'l').replace(/0/g, 'o')],
  ])('finds a code typed with %s', (_, text) => {
    const pieces = splitCodes(text)
    expect(pieces).toHaveLength(1)
    expect(collect(text).added.map(r => r.code)).toEqual([AMAL])
  })

  // A wall-clock budget means nothing in code instrumented for mutation testing.
  it.skipIf(UNDER_MUTATION)('reads a paste of single letters in linear time', () => {
    expect(splitCodes('A '.repeat(MAX_PASTE_LENGTH / 2))).toHaveLength(1)
    // Four times the text, about four times as long; quadratic work would take sixteen.
    expect(growth(n => splitCodes('A '.repeat(n)), MAX_PASTE_LENGTH / 16, MAX_PASTE_LENGTH / 4)).toBeLessThan(8)
  }, 60_000)

  it('refuses a paste too long to be a class’s codes in one piece, unread', () => {
    const text = `${AMAL}\n`.repeat(Math.ceil(MAX_PASTE_LENGTH / AMAL.length))
    expect(splitCodes(text)).toHaveLength(1)
    const result = collect(text)
    expect(result.added).toEqual([])
    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0]!.reason).toContain('too much text')
  })
})

describe('collectCodes', () => {
  it('adds each new result with its name, answers and the time', () => {
    const result = collect(`${groupCode(AMAL, 4)}\n${BO}`)
    expect(result.added).toEqual([
      { code: AMAL, name: 'Amal', answers: ANSWERS, collectedAt: NOW },
      { code: BO, name: 'Bo', answers: [1, 1, 1, 1, 1], collectedAt: NOW },
    ])
    expect(result.results).toEqual(result.added)
    expect(result.rejected).toEqual([])
  })

  it('keeps the results already collected, untouched and first', () => {
    const existing = [collected('Cy', [null, null, null, null, 2])]
    const before = structuredClone(existing)
    const result = collect(`${AMAL}\n${CY}`, existing)
    expect(result.results[0]).toBe(existing[0])
    expect(result.results.map(r => r.name)).toEqual(['Cy', 'Amal'])
    expect(existing).toEqual(before)
  })

  it.each<[string, string, CollectedResult[], string]>([
    ['a mistyped code', typo(AMAL), [], 'has a mistake in it'],
    ['a code cut short', AMAL.slice(0, 10), [], 'not the length of a result code'],
    ['text with a character no code has', 'Amal#1', [], 'only letters and digits'],
    ['a result of another topic', code('Dee', ANSWERS, { topicIndex: 1 }), [], 'The result of Dee is from another session'],
    ['a result with the wrong number of answers', code('Dee', [0, 1, 2]), [], 'The result of Dee has 3 answers, but this quiz has 5 questions.'],
    ['a result already collected', AMAL, [collected('Amal')], 'The result of Amal is already collected.'],
    ['a result already collected, typed grouped', groupCode(AMAL, 4).toLowerCase(), [collected('Amal')], 'The result of Amal is already collected.'],
    ['the same answers under the same name in another case', code('AMAL'), [collected('Amal')], 'The result of AMAL is already collected.'],
    ['another result under a name already collected', code('Amal', [3, 3, 3, 3, 3]), [collected('Amal')], 'A different result for Amal is already collected. The first one is kept: to replace it, remove it from the results, then add this code again.'],
    ['another result under the name in another case and spacing', code('  amal '), [collected('Amal', [1, 1, 1, 1, 1])], 'A different result for Amal is already collected.'],
    ['a result of a student with no name from another session', code('', ANSWERS, { seed: 1 }), [], 'The result of a student with no name is from another session'],
  ])('refuses %s, saying why', (_, text, existing, reason) => {
    const result = collect(text, existing)
    expect(result.added).toEqual([])
    expect(result.results).toEqual(existing)
    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0]!.reason).toContain(reason)
    expect(result.rejected[0]!.text).toBe(text.trim())
  })

  it.each<keyof SessionSpec>(['topicIndex', 'count', 'difficulty', 'feedback', 'seed', 'bank'])('refuses a result whose session differs only in %s', (field) => {
    const other: Partial<SessionSpec> = {
      topicIndex: { topicIndex: 3 },
      count: { count: 10 },
      difficulty: { difficulty: 'hard' as const },
      feedback: { feedback: false },
      seed: { seed: 4243 },
      bank: { bank: 516 },
    }[field]
    const result = collect(code('Dee', ANSWERS, other))
    expect(result.added).toEqual([])
    expect(result.rejected.map(r => r.reason)).toEqual(['The result of Dee is from another session: check that they joined with this session’s code.'])
  })

  it('takes a code pasted twice once, and says the second is already collected', () => {
    const result = collect(`${AMAL}\n${groupCode(AMAL, 4)}`)
    expect(result.added.map(r => r.code)).toEqual([AMAL])
    expect(result.rejected).toEqual([{ code: groupCode(AMAL, 4), text: groupCode(AMAL, 4), reason: 'The result of Amal is already collected.' }])
  })

  it('keeps the first of two different results under one name in the same paste', () => {
    const second = code('amal', [3, 3, 3, 3, 3])
    const result = collect(`${AMAL} ${second}`)
    expect(result.added.map(r => r.code)).toEqual([AMAL])
    expect(result.rejected[0]!.reason).toContain('A different result for Amal is already collected. The first one is kept')
  })

  it('never takes two students with no name for the same one', () => {
    const result = collect(`${code('')}\n${code('', [1, 1, 1, 1, 1])}`)
    expect(result.added).toHaveLength(2)
  })

  it('adds the good codes of a paste and refuses the rest, in order', () => {
    const result = collect(`${AMAL}\n${typo(BO)}\n${CY}\nnot a code`)
    expect(result.added.map(r => r.name)).toEqual(['Amal', 'Cy'])
    expect(result.rejected.map(r => r.code)).toEqual([typo(BO), 'not a code'])
  })

  it.each(['', '   ', '\n\n,;', ' - '])('answers an empty paste %j with a rejection', (text) => {
    expect(collect(text, [collected('Amal')])).toEqual({ results: [collected('Amal')], added: [], rejected: [{ code: '', text: '', reason: NOTHING_PASTED }] })
  })

  it(`shows at most ${SHOWN_LENGTH} characters of refused text, and keeps the whole of it`, () => {
    const long = typo(code('A student with a long name', [0, 0, 0, 0, 0]))
    expect(long.length).toBeGreaterThan(SHOWN_LENGTH)
    const [rejected] = collect(long).rejected
    expect(rejected!.code).toBe(`${long.slice(0, SHOWN_LENGTH - 1)}…`)
    expect(rejected!.text).toBe(long)
  })

  it('shows refused text without control or bidirectional characters', () => {
    const [rejected] = collect('bad\u202Ecode\u0007').rejected
    expect(rejected!.code).toBe('badcode')
  })
})

describe('collectCodes properties', () => {
  const nameArb = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefgh XYZéü') })
  const answersArb = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: COUNT, maxLength: COUNT })
  const existingArb = fc.uniqueArray(fc.record({ name: nameArb, answers: answersArb }), { maxLength: 5, selector: s => s.name.trim().replace(/\s+/g, ' ').toLowerCase() })
    .map(list => list.map(s => collected(s.name.trim().replace(/\s+/g, ' '), s.answers)))
  const separatorArb = fc.constantFrom('\n', '\r\n', ', ', ';', ' ', '\t', '  \n  ')
  const looksLikeCode = (text: string) => text.toUpperCase().replace(/[^0-9A-Z]/g, '').length >= 12
  const codeLikeArb = fc.string({ unit: fc.constantFrom(...ALPHABET, '-', ' ', '\n', ','), maxLength: MAX_RESULT_CODE_LENGTH * 2 })

  it('never throws, and never loses or alters what was collected (property)', () => {
    fc.assert(fc.property(existingArb, fc.oneof(fc.string({ maxLength: 300 }), codeLikeArb, fc.string({ maxLength: 100, unit: 'grapheme' })), (existing, text) => {
      const before = structuredClone(existing)
      const result = collectCodes(spec(), COUNT, existing, text, NOW)
      expect(existing).toEqual(before)
      expect(result.results.slice(0, existing.length)).toEqual(before)
      existing.forEach((r, i) => expect(result.results[i]).toBe(r))
      expect(result.results.slice(existing.length)).toEqual(result.added)
      if (!looksLikeCode(text))
        expect(result.added).toEqual([])
    }), { seed: 11, numRuns: 1500 })
  })

  it('accepts every valid code of the session exactly once, however it is pasted (property)', () => {
    const studentsArb = fc.uniqueArray(fc.record({ name: nameArb, answers: answersArb }), { minLength: 1, maxLength: 8, selector: s => s.name.trim().replace(/\s+/g, ' ').toLowerCase() })
    const layoutArb = fc.array(fc.record({ group: fc.constantFrom(0, 3, 4, 5), joiner: fc.constantFrom('-', ' ', ' - '), lower: fc.boolean(), separator: separatorArb }), { minLength: 16, maxLength: 16 })
    fc.assert(fc.property(studentsArb, layoutArb, fc.boolean(), (students, layouts, twice) => {
      const codes = students.map(s => code(s.name, s.answers))
      const pasted = (twice ? [...codes, ...codes] : codes).map((c, i) => {
        const l = layouts[i % layouts.length]!
        const grouped = l.group === 0 ? c : groupCode(c, l.group).replace(/-/g, l.joiner)
        return (l.lower ? grouped.toLowerCase() : grouped) + l.separator
      }).join('')
      const result = collectCodes(spec(), COUNT, [], pasted, NOW)
      expect(result.added.map(r => r.code)).toEqual(codes)
      expect(result.rejected.length).toBe(twice ? codes.length : 0)
      expect(result.rejected.every(r => r.reason.endsWith('is already collected.'))).toBe(true)
    }), { seed: 5, numRuns: 300 })
  })
})

describe('removeResult', () => {
  const results = [collected('Amal'), collected('Bo', [1, 1, 1, 1, 1])]

  it.each([
    ['its code', AMAL, ['Bo']],
    ['its code as grouped for reading', groupCode(AMAL, 4).toLowerCase(), ['Bo']],
    ['a code not collected', CY, ['Amal', 'Bo']],
    ['text that is no code', '#', ['Amal', 'Bo']],
  ])('removes a result by %s', (_, c, names) => {
    expect(removeResult(results, c).map(r => r.name)).toEqual(names)
    expect(results).toHaveLength(2)
  })
})

describe('collectCodes edge cases', () => {
  it('reads a paste of exactly the longest length, and refuses one character more whole, trimmed', () => {
    const exact = `${AMAL}\n${BO}`.padEnd(MAX_PASTE_LENGTH, ' ')
    expect(splitCodes(exact)).toEqual([AMAL, BO])
    expect(collect(exact).added.map(r => r.code)).toEqual([AMAL, BO])
    const over = ` ${'x'.repeat(MAX_PASTE_LENGTH)}`
    expect(splitCodes(over)).toEqual(['x'.repeat(MAX_PASTE_LENGTH)])
    expect(collect(over).rejected.map(r => r.text)).toEqual(['x'.repeat(MAX_PASTE_LENGTH)])
  })

  it('leaves trailing hyphens and spaces out of a refused piece', () => {
    expect(splitCodes('not-a-code - ')).toEqual(['not-a-code'])
  })

  it('reads a code with zero-width characters slipped in by a chat app', () => {
    const text = `${AMAL.slice(0, 5)}\u200B${AMAL.slice(5, 9)}\u2060${AMAL.slice(9)}`
    expect(collect(text).added.map(r => r.code)).toEqual([AMAL])
  })

  it('refuses a code already collected under another name, or stored grouped in lowercase', () => {
    const renamed = { ...collected('Amal'), name: 'Somebody else' }
    expect(collect(AMAL, [renamed]).rejected.map(r => r.reason)).toEqual(['The result of Amal is already collected.'])
    const grouped = { ...renamed, code: groupCode(AMAL, 4).toLowerCase() }
    expect(collect(AMAL, [grouped]).rejected.map(r => r.reason)).toEqual(['The result of Amal is already collected.'])
  })

  it('compares a new result with the first collected under its name', () => {
    const first = { ...collected('Amal', [0, 0, 0, 0, 0]), code: 'FIRST' }
    const second = { ...collected('Amal', ANSWERS), code: 'SECOND' }
    expect(collect(AMAL, [first, second]).rejected.map(r => r.reason)).toEqual([
      'A different result for Amal is already collected. The first one is kept: to replace it, remove it from the results, then add this code again.',
    ])
  })

  it('does not take a result with more answers for the one collected with fewer', () => {
    const short = { ...collected('Amal'), code: 'SHORT', answers: [0, 1] }
    expect(collect(AMAL, [short]).rejected[0]!.reason).toContain('A different result for Amal is already collected.')
  })

  it('tells apart names that differ once folded to capitals', () => {
    const result = collect(`${code('Strauß')}\n${code('STRAUSS')}`)
    expect(result.added.map(r => r.name)).toEqual(['Strauß', 'STRAUSS'])
  })
})

describe('refused text as shown', () => {
  const shownOf = (text: string) => collect(text).rejected[0]!.code
  const BEL = '\u0007'

  it.each([
    ['exactly the length shown', 'x'.repeat(SHOWN_LENGTH), 'x'.repeat(SHOWN_LENGTH)],
    ['long text made short by cleaning, read whole', `${BEL.repeat(8 * SHOWN_LENGTH - 5)}short`, 'short'],
    ['longer text, read only as far as is needed', `${BEL.repeat(8 * SHOWN_LENGTH - 4)}short`, 'shor…'],
    ['an emoji cut in half where the reading stops', `${BEL.repeat(300)}😀${BEL.repeat(8 * SHOWN_LENGTH - 303)}😀😀`, '😀…'],
  ])('%s', (_, text, shown) => {
    expect(shownOf(text)).toBe(shown)
  })
})

describe('names carried whole', () => {
  it('collects two Greek names that share their first 20 letters as two students', () => {
    const first = code('Παπαδόπουλος-Ζαχαρίου Ευαγγελία')
    const second = code('Παπαδόπουλος-Ζαχαρίου Αικατερίνη', [1, 1, 1, 1, 1])
    const result = collect(`${first}\n${second}`)
    expect(result.rejected).toEqual([])
    expect(result.added.map(r => r.name)).toEqual(['Παπαδόπουλος-Ζαχαρίου Ευαγγελία', 'Παπαδόπουλος-Ζαχαρίου Αικατερίνη'])
  })
})
