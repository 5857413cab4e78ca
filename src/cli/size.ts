import { exit, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { BUDGETS, formatKb, measure, total } from '../build/size'
import type { SizedFile } from '../build/size'

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

const js = total(report.firstScreenJs)
if (js > BUDGETS.firstScreenJs) {
  stdout.write(`\nOVER BUDGET: first-screen JavaScript is ${formatKb(js)}, budget ${formatKb(BUDGETS.firstScreenJs)}.\n`)
  exit(1)
}
stdout.write(`\nWithin budget: first-screen JavaScript ${formatKb(js)} of ${formatKb(BUDGETS.firstScreenJs)}.\n`)
