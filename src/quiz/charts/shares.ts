import type { QuestionStats } from '../classroom/report.ts'
import { percentOfClass } from '../classroom/report.ts'
import { optionLetter } from '../options.ts'
import { round1 } from './scale.ts'

/** How a class answered one question: a bar for each option, the key and the favourite mistakes marked. */

export interface OptionShare {
  /** The option's index, or null for the students who gave no answer. */
  index: number | null
  letter: string
  text: string
  students: number
  /** Whole percent of the class, rounded as percent correct is. */
  percent: number
  /** The bar's length in percent of the class. */
  width: number
  key: boolean
  /** One of the wrong options chosen most (all of them on a tie). */
  mostChosenWrong: boolean
}

/** A row per option in order, and one for "no answer" when some students gave none. */
export function optionShares(stats: QuestionStats): OptionShare[] {
  const n = stats.counts.reduce((sum, c) => sum + c, 0) + stats.unanswered
  const top = new Set(stats.distractors.map(d => d.index))
  const row = (index: number | null, text: string, students: number): OptionShare => ({
    index,
    letter: index === null ? '' : optionLetter(index),
    text,
    students,
    percent: percentOfClass(students, n),
    width: n === 0 ? 0 : round1((100 * students) / n),
    key: index === stats.answer,
    mostChosenWrong: index !== null && top.has(index),
  })
  const rows = stats.options.map((text, i) => row(i, text, stats.counts[i] ?? 0))
  return stats.unanswered > 0 ? [...rows, row(null, 'No answer', stats.unanswered)] : rows
}
