import type { CollectedResult } from '~/quiz/classroom/collect'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { studentsCsv } from '~/quiz/classroom/csv'
import { classReport } from '~/quiz/classroom/report'
import { makeQuestion } from '../builders'

/**
 * The class report's CSV opened by a real spreadsheet: LibreOffice Calc, headless, importing with
 * each separator a locale may use and formulas evaluated, must find no formula in any cell.
 */

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'

function soffice(): string {
  if (!existsSync(SOFFICE)) {
    throw new Error(`LibreOffice Calc not found at ${SOFFICE}. Install it with `
      + '`apt-get install -y libreoffice-calc-nogui` (Debian/Ubuntu) or set SOFFICE_PATH.')
  }
  return SOFFICE
}

const dir = mkdtempSync(join(tmpdir(), 'quorum-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const NAMES = [
  'x;=1+1;',
  'y;=HYPERLINK("http://evil.test");',
  'z\t=2+2',
  'w, +3+3',
  '=4+4',
  'Lee, Ann',
  'Zoë Anne-Marie',
]
const questions = [makeQuestion({ id: 'q-1', options: ['France', 'United States', 'Ukraine'], answer: 1 })]
const results = NAMES.map((name, i): CollectedResult => ({ code: `C${i}`, name, answers: [i % 3], collectedAt: '2026-03-04T09:00:00.000Z' }))
const csv = join(dir, 'students.csv')
writeFileSync(csv, studentsCsv(classReport(questions, results)))

/** The flat ODS that Calc makes of the CSV when it splits on `separators` and evaluates formulas. */
function importWith(separators: number[]): string {
  const out = join(dir, separators.join('-'))
  // Tokens: separators, text delimiter ", UTF-8, from line 1, no column formats, default language,
  // quoted fields not forced to text, special numbers detected, (3 export-only tokens), evaluate formulas.
  const filter = `CSV:${separators.join('/')},34,76,1,,0,false,true,false,false,false,-1,true`
  execFileSync(soffice(), [`-env:UserInstallation=file://${dir}/profile`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', out, csv], { stdio: 'pipe', timeout: 120_000 })
  return readFileSync(join(out, 'students.fods'), 'utf8')
}

describe('the class report CSV in LibreOffice Calc', () => {
  it.each([
    ['a semicolon', [59], []],
    ['a comma', [44], ['Lee, Ann', 'Zoë Anne-Marie']],
    ['a tab', [9], []],
  ])('split on %s, with formulas evaluated, has no formula cell', (_, separators, namesWhole) => {
    const sheet = importWith(separators)
    expect(sheet).toContain('<table:table-cell')
    expect(sheet.match(/table:formula="[^"]*"/g) ?? []).toEqual([])
    for (const name of namesWhole)
      expect(sheet).toContain(`<text:p>${name}</text:p>`)
  }, 180_000)
})
