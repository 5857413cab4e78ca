import type { Question, Score, Source } from '../types.ts'
import type { CollectedResult } from './collect.ts'
import type { DistractorCount } from './distractors.ts'
import { median } from '../numbers.ts'
import { scoreAttempt } from '../practice/score.ts'
import { mostChosenWrong } from './distractors.ts'

/**
 * The teacher's class report, worked out from the collected answers alone: each student's
 * score, how each question went, and which questions to go over with the class.
 */

export interface StudentRow {
  /** The result code, to remove the result by. */
  code: string
  name: string
  score: Score
  /** Each question's chosen option, or null: none, or an index the question does not have. */
  answers: (number | null)[]
}

export interface QuestionStats {
  index: number
  id: string
  prompt: string
  options: string[]
  /** Index of the key in `options`. */
  answer: number
  /** Students who chose the key. */
  correct: number
  /** Whole percent of students who chose the key, rounded half up; null with no students. */
  percentCorrect: number | null
  /** How many students chose each option. */
  counts: number[]
  unanswered: number
  /**
   * Kelley's upper–lower discrimination index, -1 to 1, to 2 decimals; null with fewer than two
   * students. See `discrimination` for how ties are handled.
   */
  discrimination: number | null
  /** The wrong options most chosen: all of them on a tie, in option order; empty if nobody chose a wrong one. */
  distractors: DistractorCount[]
}

export interface MissedQuestion extends QuestionStats {
  percentCorrect: number
  explanation: string
  sources: Source[]
}

export interface ClassSummary {
  students: number
  /** Mean of the students' percents (as shown, whole and rounded down), to 1 decimal. */
  meanPercent: number | null
  /** Median of the students' percents (as shown); halfway between the middle two for an even class. */
  medianPercent: number | null
}

export interface ClassReportData {
  /** Most correct first, then by name. */
  students: StudentRow[]
  questions: QuestionStats[]
  /** Up to MOST_MISSED questions that not everyone got right, lowest percent correct first. */
  mostMissed: MissedQuestion[]
  summary: ClassSummary
}

export const MOST_MISSED = 5
/** Kelley's share of the class in each of the upper and lower groups. */
export const KELLEY_SHARE = 0.27

/** A share of the class in whole percent, rounded half up; 0 for an empty class. */
export function percentOfClass(count: number, students: number): number {
  return students === 0 ? 0 : Math.round((100 * count) / students)
}

/** The option a student chose, or null when the answer is none or not one of the options. */
function chosenOption(question: Question, answer: unknown): number | null {
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.options.length ? answer : null
}

/** Half away from zero, so that a question and its mirror image get indices of the same size. */
function round2(x: number): number {
  // The epsilon undoes binary error such as 0.285 * 100 = 28.499…; true values are fractions
  // with small denominators, never that close to a half.
  const r = Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100
  return r === 0 ? 0 : r
}

/** Case-insensitive code-point order, then exact name: the same on every device, whatever its language. */
function compareNames(a: string, b: string): number {
  const ka = a.toLowerCase()
  const kb = b.toLowerCase()
  if (ka !== kb)
    return ka < kb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Each student's weight in the group of the `size` best (or worst) totals. Students tied at the
 * edge of the group share its last places equally: with 2 places left and 3 students tied,
 * each counts 2/3. So the index never depends on names or on the order codes came in.
 */
function groupWeights(totals: readonly number[], size: number, best: boolean): number[] {
  const weights = totals.map(() => 0)
  const levels = [...new Set(totals)].sort((a, b) => (best ? b - a : a - b))
  let left = size
  for (const level of levels) {
    if (left <= 0)
      break
    const tied = totals.flatMap((t, i) => (t === level ? [i] : []))
    const places = Math.min(tied.length, left)
    for (const i of tied)
      weights[i] = places / tied.length
    left -= places
  }
  return weights
}

/**
 * Kelley's upper–lower index for each question: rank students by total correct, take the upper
 * and lower g = max(1, round(0.27 n)) students, D = (share of the upper group right) − (share of
 * the lower group right). Null with fewer than two students.
 */
function discrimination(rights: readonly (readonly boolean[])[], questionCount: number): (number | null)[] {
  const n = rights.length
  if (n < 2)
    return Array.from({ length: questionCount }, () => null)
  const size = Math.max(1, Math.round(KELLEY_SHARE * n))
  const totals = rights.map(r => r.filter(Boolean).length)
  const upper = groupWeights(totals, size, true)
  const lower = groupWeights(totals, size, false)
  return Array.from({ length: questionCount }, (_, q) => {
    let up = 0
    let down = 0
    rights.forEach((r, s) => {
      if (r[q] === true) {
        up += upper[s] ?? 0
        down += lower[s] ?? 0
      }
    })
    return round2((up - down) / size)
  })
}

export function classReport(questions: readonly Question[], results: readonly CollectedResult[]): ClassReportData {
  const students: StudentRow[] = results
    .map((r) => {
      const answers = questions.map((q, i) => chosenOption(q, r.answers[i]))
      return { code: r.code, name: r.name, score: scoreAttempt(questions, answers), answers }
    })
    .sort((a, b) => b.score.correct - a.score.correct || compareNames(a.name, b.name))

  const n = students.length
  const rights = students.map(s => questions.map((q, i) => s.answers[i] === q.answer))
  const indices = discrimination(rights, questions.length)

  const stats: QuestionStats[] = questions.map((q, index) => {
    const counts = q.options.map(() => 0)
    let unanswered = 0
    for (const s of students) {
      const a = s.answers[index] ?? null
      if (a === null)
        unanswered++
      else
        counts[a] = (counts[a] ?? 0) + 1
    }
    const correct = counts[q.answer] ?? 0
    return {
      index,
      id: q.id,
      prompt: q.prompt,
      options: [...q.options],
      answer: q.answer,
      correct,
      percentCorrect: n === 0 ? null : percentOfClass(correct, n),
      counts,
      unanswered,
      discrimination: indices[index] ?? null,
      distractors: mostChosenWrong(q.options, counts, q.answer),
    }
  })

  const mostMissed: MissedQuestion[] = stats
    .filter(s => s.percentCorrect !== null && s.correct < n)
    .sort((a, b) => a.correct - b.correct || a.index - b.index)
    .slice(0, MOST_MISSED)
    .map(s => ({ ...s, percentCorrect: s.percentCorrect ?? 0, explanation: questions[s.index]?.explanation ?? '', sources: questions[s.index]?.sources ?? [] }))

  const percents = students.map(s => s.score.percent).sort((a, b) => a - b)
  const summary: ClassSummary = {
    students: n,
    meanPercent: n === 0 ? null : Math.round((10 * percents.reduce((sum, p) => sum + p, 0)) / n) / 10,
    medianPercent: median(percents),
  }

  return { students, questions: stats, mostMissed, summary }
}
