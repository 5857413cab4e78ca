import type { SizedFile } from '../build/size'
import { exit, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { BUDGETS, formatKb, measure, total } from '../build/size'

const dist = fileURLToPath(new URL('../../dist', import.meta.url))
const report = measure(dist)

function section(title: string, files: SizedFile[]) {
  stdout.write(`${title}: ${formatKb(total(files))} gzip\n`)
  for (const f of files)
    stdout.write(`  ${formatKb(f.gzip).padStart(9)}  ${f.file}\n`)
}

section('First-screen JavaScript', report.firstScreenJs)
section('First-screen CSS', report.firstScreenCss)
section(`Precached (${report.precache.length} files)`, report.precache)

const checks = [
  { what: 'first-screen JavaScript', size: total(report.firstScreenJs), budget: BUDGETS.firstScreenJs },
  { what: 'everything precached', size: total(report.precache), budget: BUDGETS.precache },
]
stdout.write('\n')
for (const c of checks)
  stdout.write(`${c.size > c.budget ? 'OVER BUDGET' : 'Within budget'}: ${c.what} ${formatKb(c.size)} of ${formatKb(c.budget)} gzip.\n`)
if (checks.some(c => c.size > c.budget))
  exit(1)
