/**
 * Spaced review by a Leitner scheme. Each fact a student has answered sits in a box; a right
 * answer moves it up a box and further into the future, a wrong one back to box 1, due the next
 * day. Dates are calendar days ("2026-11-27"), so the schedule does not depend on the hour.
 */

export type Day = string

export interface ReviewCard {
  fact: string
  /** 1 (just missed) to MAX_BOX (known well). */
  box: number
  /** First day it is due again. */
  due: Day
  /** Times answered, and times answered wrong. */
  seen: number
  lapses: number
}

export type ReviewDeck = Record<string, ReviewCard>

/** Days until a card in each box is due again, indexed by box. */
export const BOX_INTERVALS = [0, 1, 2, 4, 8, 16] as const
export const MAX_BOX = BOX_INTERVALS.length - 1
/** A fact answered right the first time skips the first boxes: it is known, but checked again. */
export const FIRST_RIGHT_BOX = 3
/** Boxes at or above this count as mastered. */
export const MASTERED_BOX = 4
/** At most this many facts in one review session. */
export const REVIEW_SESSION_LENGTH = 20

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

export function isDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value)
  if (m === null)
    return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** The calendar day `days` after `day`. */
export function addDays(day: Day, days: number): Day {
  const m = DAY_PATTERN.exec(day)
  if (m === null)
    throw new RangeError(`not a day: ${day}`)
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return date.toISOString().slice(0, 10)
}

/**
 * Where a fact goes after an answer on `today`. A right answer moves a fact up only when it was
 * due: answered right again before then (the same day, say) it stays where it is, so that
 * mastery takes right answers spaced by the schedule, not repeated in one sitting.
 */
export function scheduleAnswer(card: ReviewCard | undefined, fact: string, correct: boolean, today: Day): ReviewCard {
  const early = correct && card !== undefined && today < card.due
  const box = !correct ? 1 : card === undefined ? FIRST_RIGHT_BOX : early ? card.box : Math.min(card.box + 1, MAX_BOX)
  return {
    fact,
    box,
    due: early ? card.due : addDays(today, BOX_INTERVALS[box] ?? 1),
    seen: (card?.seen ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (correct ? 0 : 1),
  }
}

export function recordAnswer(deck: ReviewDeck, fact: string, correct: boolean, today: Day): ReviewDeck {
  return { ...deck, [fact]: scheduleAnswer(deck[fact], fact, correct, today) }
}

/** One answer to schedule: its fact, and whether it was right. */
export interface FactAnswer {
  fact: string
  correct: boolean
}

/** Schedules every answer of a quiz, in the order given. */
export function recordAnswers(deck: ReviewDeck, answers: readonly FactAnswer[], today: Day): ReviewDeck {
  return answers.reduce((d, a) => recordAnswer(d, a.fact, a.correct, today), deck)
}

/** Facts due on `today`, most overdue first, then lowest box, then by name for a stable order. */
export function dueFacts(deck: ReviewDeck, today: Day): string[] {
  return Object.values(deck)
    .filter(c => c.due <= today)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.box - b.box || (a.fact < b.fact ? -1 : 1)))
    .map(c => c.fact)
}

export interface TopicMastery {
  topic: string
  title: string
  /** Facts of the topic answered at least once. */
  seen: number
  mastered: number
  total: number
}

/** Per topic, how many of its facts the student has met and mastered. */
export function masteryByTopic(deck: ReviewDeck, topics: readonly { id: string, title: string, facts: readonly string[] }[]): TopicMastery[] {
  return topics.map(t => ({
    topic: t.id,
    title: t.title,
    seen: t.facts.filter(f => deck[f] !== undefined).length,
    mastered: t.facts.filter(f => (deck[f]?.box ?? 0) >= MASTERED_BOX).length,
    total: t.facts.length,
  }))
}
