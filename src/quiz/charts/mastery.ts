import type { TopicMastery } from '../practice/review.ts'
import { stackSegments } from './stack.ts'

/** A topic's facts as one bar in three parts: mastered, in review, not yet met. */

export const MASTERY_PARTS = ['mastered', 'review', 'unseen'] as const
export type MasteryPart = (typeof MASTERY_PARTS)[number]

export interface MasterySegment {
  facts: number
  start: number
  width: number
}

/** The three parts of a topic's bar; facts answered that the topic no longer has never make a part negative. */
export function masterySegments(row: TopicMastery): Record<MasteryPart, MasterySegment> {
  const mastered = Math.max(0, row.mastered)
  const facts = [mastered, Math.max(0, row.seen - mastered), Math.max(0, row.total - Math.max(row.seen, mastered))]
  const [a, b, c] = stackSegments(facts).map((s, i) => ({ facts: facts[i] ?? 0, ...s }))
  return { mastered: a!, review: b!, unseen: c! }
}
