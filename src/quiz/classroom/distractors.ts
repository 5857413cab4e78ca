import { optionLetter } from '../options.ts'
import { listWords, plural } from '../text.ts'

/**
 * The wrong answer a class chose most, which is what a teacher goes over. Several options can
 * share the most votes: they are all named, never one picked by position, or the class would be
 * told its favourite mistake was one it shared equally with another.
 */

export interface DistractorCount {
  index: number
  text: string
  count: number
}

/** Every wrong option chosen by the most students (ties included, in option order); empty when nobody chose a wrong one. */
export function mostChosenWrong(options: readonly string[], counts: readonly number[], answer: number): DistractorCount[] {
  const wrong = counts.map((count, index) => ({ index, text: options[index] ?? '', count })).filter(d => d.index !== answer && d.count > 0)
  const top = Math.max(0, ...wrong.map(d => d.count))
  return wrong.filter(d => d.count === top)
}

/** “Most chosen instead: …” for the class, or null when nobody chose a wrong answer. */
export function mostChosenSentence(distractors: readonly DistractorCount[]): string | null {
  const [first] = distractors
  if (first === undefined)
    return null
  const named = listWords(distractors.map(d => `“${d.text}”`))
  return distractors.length === 1
    ? `Most chosen instead: ${named}, by ${plural(first.count, 'student', 'students')}.`
    : `Most chosen instead: ${named}, ${plural(first.count, 'student', 'students')} each.`
}

/** The report table's cell: “A: France (2)”, or on a tie “A: France and C: Ukraine (2 each)”; “none” with no wrong answer. */
export function distractorCell(distractors: readonly DistractorCount[]): string {
  const [first] = distractors
  if (first === undefined)
    return 'none'
  const named = listWords(distractors.map(d => `${optionLetter(d.index)}: ${d.text}`))
  return `${named} (${first.count}${distractors.length > 1 ? ' each' : ''})`
}
