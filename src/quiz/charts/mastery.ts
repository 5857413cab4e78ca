import type { TopicMastery } from '../practice/review.ts'
import { stackSegments } from './stack.ts'

/** A topic's facts as one bar in three parts: mastered, in review, not yet met. */

export const MASTERY_PARTS = ['mastered', 'review', 'unseen'] as const
export type MasteryPart = (typeof MASTERY_PARTS)[number]

export interface MasterySegment {
  part: MasteryPart
  facts: number
  start: number
  width: number
}

export function masterySegments(row: TopicMastery): MasterySegment[] {
  const mastered = Math.max(0, row.mastered)
  const review = Math.max(0, row.seen - mastered)
  const unseen = Math.max(0, row.total - Math.max(row.seen, mastered))
  const facts = [mastered, review, unseen]
  return stackSegments(facts).map((s, i) => ({ part: MASTERY_PARTS[i]!, facts: facts[i]!, ...s }))
}
