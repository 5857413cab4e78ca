import type { Difficulty } from '../quiz/types'
import { performance } from 'node:perf_hooks'
import process, { stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { loadBank } from '../build/load-bank'
import { buildQuiz } from '../quiz/generate/generate'
import { median } from '../quiz/numbers'

/**
 * `npm run bench`: how long quiz generation takes on one core. Each figure is the median of
 * RUNS runs; each run times a batch of quizzes with fresh seeds and divides.
 */

const RUNS = 15
const BATCH = 200
const root = fileURLToPath(new URL('../..', import.meta.url))
const bank = loadBank(root)

let salt = 0
/** Milliseconds per quiz: the median over RUNS batches. */
function timeQuiz(count: number, difficulty: Difficulty, topic: string | null = null): number {
  const perQuiz: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    for (let i = 0; i < BATCH; i++)
      buildQuiz(bank, { seed: `bench-${salt++}`, count, topic, difficulty })
    perQuiz.push((performance.now() - start) / BATCH)
  }
  return median(perQuiz) ?? Number.NaN
}

// Warm up the JIT so the first figure is not the compiler's.
for (let i = 0; i < 2000; i++)
  buildQuiz(bank, { seed: `warm-${i}`, count: 10, topic: null, difficulty: 'normal' })

const rows: [string, number][] = [
  ['10 questions, normal', timeQuiz(10, 'normal')],
  ['20 questions, normal', timeQuiz(20, 'normal')],
  ['20 questions, hard', timeQuiz(20, 'hard')],
  ['50 questions, normal', timeQuiz(50, 'normal')],
  ['10 questions, procedure (scenarios)', timeQuiz(10, 'normal', 'procedure')],
]

stdout.write(`Quiz generation, bank of ${bank.items.length} items; median of ${RUNS} runs of ${BATCH} quizzes (Node ${process.version}, one core)\n`)
for (const [name, ms] of rows)
  stdout.write(`  ${name.padEnd(38)} ${(ms * 1000).toFixed(1).padStart(8)} µs/quiz   ${Math.round(1000 / ms).toLocaleString('en').padStart(9)} quizzes/s\n`)
