import type { CollectedResult } from '~/quiz/classroom/collect'
import type { CsvCell } from '~/quiz/classroom/csv'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOM, questionsCsv, studentsCsv, toCsv } from '~/quiz/classroom/csv'
import { classReport } from '~/quiz/classroom/report'
import { makeQuestion } from '../../builders'

/** A strict RFC 4180 reader: the test's own, so that it does not trust the writer. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let at = BOM.length
  while (at < text.length) {
    let value = ''
    if (text[at] === '"') {
      at++
      for (;;) {
        const quote = text.indexOf('"', at)
        if (quote < 0)
          throw new Error('unterminated quoted field')
        value += text.slice(at, quote)
        at = quote + 1
        if (text[at] !== '"')
          break
        value += '"'
        at++
      }
    }
    else {
      const end = text.slice(at).search(/[,\r"]/)
      const stop = end < 0 ? text.length : at + end
      if (text[stop] === '"')
        throw new Error('quote inside an unquoted field')
      value = text.slice(at, stop)
      if (value.includes('\n'))
        throw new Error('bare line feed')
      at = stop
    }
    row.push(value)
    if (text[at] === ',') {
      at++
    }
    else if (text.startsWith('\r\n', at)) {
      rows.push(row)
      row = []
      at += 2
    }
    else {
      throw new Error(`expected , or CRLF at ${at}`)
    }
  }
  expect(row).toEqual([])
  return rows
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/
/** What a spreadsheet may read as a formula (OWASP), after any spaces, in ASCII or full width. */
const FORMULA = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

const SEPARATORS = [',', ';', '\t']

/**
 * The field a cell should come back as: a number's text, or the string with an apostrophe at
 * each place where a cell could start (its start, or after any separator a spreadsheet may split
 * on) if a formula starts there.
 */
function expectedCell(cell: CsvCell): string {
  if (cell === null)
    return ''
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? String(cell === 0 ? 0 : cell) : ''
  let out = ''
  for (let i = 0; i < cell.length; i++) {
    if ((i === 0 || SEPARATORS.includes(cell[i - 1]!)) && FORMULA.test(cell.slice(i)))
      out += '\''
    out += cell[i]
  }
  return out
}

/** Every text a spreadsheet could make a cell of, however it splits the field on separators. */
function cellStarts(field: string): string[] {
  return [...field].flatMap((_, i) => (i === 0 || SEPARATORS.includes(field[i - 1]!) ? [field.slice(i)] : []))
}

describe('toCsv', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text', 'Amal', 'Amal'],
    ['an accent', 'Zoë', 'Zoë'],
    ['a comma', 'Lee, Ann', '"Lee, Ann"'],
    ['a semicolon', 'a;b', '"a;b"'],
    ['a quote', 'the "best"', '"the ""best"""'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return inside', 'a\rb', '"a\rb"'],
    ['a whole number', 42, '42'],
    ['a negative number, which is no formula', -0.33, '-0.33'],
    ['negative zero', -0, '0'],
    ['not a number', Number.NaN, ''],
    ['nothing', null, ''],
    ['an empty string', '', ''],
    ['a formula', '=1+1', '\'=1+1'],
    ['a formula with a comma', '=HYPERLINK("http://x.test/?a",1)', '"\'=HYPERLINK(""http://x.test/?a"",1)"'],
    ['a plus', '+1', '\'+1'],
    ['a minus', '-2+3', '\'-2+3'],
    ['an at sign', '@SUM(A1)', '\'@SUM(A1)'],
    ['a leading tab', '\tx', '\'\tx'],
    ['a leading carriage return', '\r=1', '"\'\r=1"'],
    ['spaces before a formula', '  =1', '\'  =1'],
    ['a full-width equals sign', '＝1+1', '\'＝1+1'],
    ['a full-width plus', '＋1', '\'＋1'],
    ['a full-width minus', '－1', '\'－1'],
    ['a full-width at sign', '＠x', '\'＠x'],
    ['an equals sign later on', 'a=b', 'a=b'],
    ['an apostrophe already', '\'=1', '\'=1'],
    ['a formula after a semicolon', 'x;=1+1;', '"x;\'=1+1;"'],
    ['a link after a semicolon', 'y;=HYPERLINK(A5);', '"y;\'=HYPERLINK(A5);"'],
    ['a formula after a comma and spaces', 'a,  @SUM(A1)', '"a,\'  @SUM(A1)"'],
    ['a formula after a tab', 'a\t-1+2', 'a\t\'-1+2'],
    ['a tab, then a formula, at the start', '\t=1', '\'\t\'=1'],
    ['a full-width formula after a semicolon', 'a;＝1', '"a;\'＝1"'],
    ['an ordinary name with a comma', 'Smith, Anne-Marie', '"Smith, Anne-Marie"'],
    ['an apostrophe in a name', 'O\'Brien; Zoë', '"O\'Brien; Zoë"'],
  ])('writes %s', (_, cell, field) => {
    expect(toCsv([[cell]])).toBe(`${BOM}${field}\r\n`)
  })

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n')
    expect(toCsv([])).toBe(BOM)
  })

  const cellArb: fc.Arbitrary<CsvCell> = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ maxLength: 12, unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', ' ', 'a', 'é', '＝', '＋', '－', '＠', '\'') }),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.constant(null),
  )
  const rowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { maxLength: 6 })

  it('reads back, cell for cell, with only the formula apostrophes added (property)', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      expect(parseCsv(toCsv(rows))).toEqual(rows.map(r => r.map(expectedCell)))
    }), { seed: 17, numRuns: 2000 })
  })

  it('writes no cell a spreadsheet would run as a formula, split on any separator (property)', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      for (const start of parseCsv(toCsv(rows)).flat().flatMap(cellStarts))
        expect(NUMBER.test(start) || !FORMULA.test(start)).toBe(true)
    }), { seed: 19, numRuns: 2000 })
  })
})

describe('report CSVs', () => {
  const questions = [
    makeQuestion({ id: 'q-1', prompt: 'Who drafted it, and why?', options: ['France', 'United States', 'Ukraine'], answer: 1 }),
    makeQuestion({ id: 'q-2', prompt: '=cmd|\'/C calc\'!A0', options: ['93', '65', '18', '111'], answer: 0 }),
  ]
  const result = (name: string, answers: (number | null)[]): CollectedResult =>
    ({ code: `C${answers.join('')}`, name, answers, collectedAt: '2026-03-04T09:00:00.000Z' })
  const report = classReport(questions, [
    result('Zoë', [1, 0]),
    result('=HYPERLINK("http://evil.test","click")', [0, 2]),
    result('Lee, Ann', [null, 3]),
  ])

  it('lists each student with their score and the letter of each answer', () => {
    expect(parseCsv(studentsCsv(report))).toEqual([
      ['Name', 'Correct', 'Answered', 'Total', 'Percent', 'Q1', 'Q2'],
      ['Zoë', '2', '2', '2', '100', 'B', 'A'],
      ['\'=HYPERLINK("http://evil.test","click")', '0', '2', '2', '0', 'A', 'C'],
      ['Lee, Ann', '0', '1', '2', '0', '', 'D'],
    ])
  })

  it('lists each question with its figures', () => {
    // Q1: right 1 of 3 → 33%. Q2: right 1 of 3 → 33%. n = 3, g = 1: upper Zoë (2), lower the
    // two on 0 share the place (½ each), neither right on either question, so D = 1 − 0 = 1.
    // On Q2 the two wrong answers chosen, C and D, tie: both are named, each chosen once.
    expect(parseCsv(questionsCsv(report))).toEqual([
      ['Question number', 'Prompt', 'Correct answer', 'Percent correct', 'Discrimination', 'Most-chosen wrong answer', 'Times chosen'],
      ['1', 'Who drafted it, and why?', 'B. United States', '33', '1', 'A. France', '1'],
      ['2', '\'=cmd|\'/C calc\'!A0', 'A. 93', '33', '1', 'C. 18; D. 111', '1'],
    ])
  })

  it('leaves the wrong-answer cells empty when nobody chose a wrong answer', () => {
    const rows = parseCsv(questionsCsv(classReport(questions, [result('A', [1, 0])])))
    expect(rows[1]).toEqual(['1', 'Who drafted it, and why?', 'B. United States', '100', '', '', ''])
  })
})

describe('toCsv empty and zero cells', () => {
  it.each<[CsvCell, string]>([
    [null, ''],
    [-0, '0'],
    [0, '0'],
  ])('writes %j as %j', (cell, text) => {
    expect(toCsv([[cell, 'x']])).toBe(`${BOM}${text},x\r\n`)
  })
})
