import type { LmsQuestion } from '~/quiz/lms/lms'
import type { Question } from '~/quiz/types'
import bank from 'virtual:quorum-bank'
import { lmsFromItem, lmsFromQuestion, toAiken, toGift, toMoodleXml } from '~/quiz/lms/lms'

/**
 * Question files for learning platforms, loaded only when a teacher asks for one: the
 * exporters and the bank stay out of every other screen's JavaScript.
 */
export type LmsFormat = 'gift' | 'moodle' | 'aiken'

export interface LmsFile {
  text: string
  /** Questions written to the file. */
  count: number
  /** Questions the format cannot carry (Aiken only), left out. */
  skipped: number
}

function topicTitle(id: string): string {
  return bank.topics.find(t => t.id === id)?.title ?? id
}

function write(format: LmsFormat, questions: LmsQuestion[]): LmsFile {
  if (format === 'aiken') {
    const { text, skipped } = toAiken(questions)
    return { text, count: questions.length - skipped.length, skipped: skipped.length }
  }
  return { text: format === 'gift' ? toGift(questions) : toMoodleXml(questions), count: questions.length, skipped: 0 }
}

/** Every item in the bank, with its main phrasing and all of its options. */
export function exportBank(format: LmsFormat): LmsFile {
  return write(format, bank.items.map(item => lmsFromItem(item, topicTitle(item.topic))))
}

/** A session's questions exactly as the students saw them. */
export function exportQuestions(format: LmsFormat, questions: readonly Question[]): LmsFile {
  return write(format, questions.map(q => lmsFromQuestion(q, topicTitle(q.topic))))
}
