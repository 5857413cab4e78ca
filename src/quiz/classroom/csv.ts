import type { ClassReportData } from './report.ts'
import { optionLetter } from '../options.ts'

/**
 * The class report as CSV for a spreadsheet. Names come from students' devices and are not to
 * be trusted: a cell a spreadsheet would run as a formula (OWASP "CSV injection"), at its start
 * or after a separator that could split it, is written with an apostrophe there, so it shows as
 * the text it is.
 */

export type CsvCell = string | number | null

/** Makes Excel read the file as UTF-8, so names with accents come through. */
export const BOM = '\uFEFF'

// Characters that start a formula, in ASCII or full width (some spreadsheets accept both),
// after any spaces; and a tab or carriage return at the very start.
const FORMULA = String.raw`\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r]`
const FORMULA_START = new RegExp(`^(?:${FORMULA})`)
// A spreadsheet told to split on a separator (a comma, a semicolon as in many European
// locales, a tab) may split a quoted field too: whatever follows a separator starts a cell.
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t])(?=${FORMULA})`, 'g')
// Semicolons too: Excel in many European languages splits on them.
const NEEDS_QUOTES = /[",;\r\n]/

/**
 * A string as it goes in a cell: an apostrophe before it if it could start a formula, and
 * after each separator that a formula follows, so that no way of splitting it starts a formula.
 * Ordinary text (`Lee, Ann`, `Anne-Marie`) is left as it is.
 */
export function defuseCell(text: string): string {
  const inside = text.replace(FORMULA_AFTER_SEPARATOR, '$1\'')
  return FORMULA_START.test(text) ? `'${inside}` : inside
}

function field(cell: CsvCell): string {
  if (cell === null)
    return ''
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? String(cell === 0 ? 0 : cell) : ''
  const text = defuseCell(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180: comma-separated, CRLF after every row, fields quoted when they must be; with a BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map(row => `${row.map(field).join(',')}\r\n`).join('')
}

function labelled(index: number, text: string): string {
  return `${optionLetter(index)}. ${text}`
}

export function studentsCsv(report: ClassReportData): string {
  const header: CsvCell[] = ['Name', 'Correct', 'Answered', 'Total', 'Percent', ...report.questions.map((_, i) => `Q${i + 1}`)]
  const rows = report.students.map((s): CsvCell[] => [
    s.name,
    s.score.correct,
    s.score.answered,
    s.score.total,
    s.score.percent,
    ...report.questions.map((_, i) => {
      const a = s.answers[i] ?? null
      return a === null ? '' : optionLetter(a)
    }),
  ])
  return toCsv([header, ...rows])
}

export function questionsCsv(report: ClassReportData): string {
  const header: CsvCell[] = ['Question number', 'Prompt', 'Correct answer', 'Percent correct', 'Discrimination', 'Most-chosen wrong answer', 'Times chosen']
  const rows = report.questions.map((q): CsvCell[] => [
    q.index + 1,
    q.prompt,
    labelled(q.answer, q.options[q.answer] ?? ''),
    q.percentCorrect,
    q.discrimination,
    // A tie names every option that shares the most votes.
    q.distractors.map(d => labelled(d.index, d.text)).join('; '),
    q.distractors[0]?.count ?? null,
  ])
  return toCsv([header, ...rows])
}
