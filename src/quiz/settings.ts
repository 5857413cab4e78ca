import type { Difficulty } from './types.ts'

/** The choices a quiz offers; small enough for the first screen to import without the generator. */
export const QUIZ_LENGTHS = [5, 10, 20] as const
export const DEFAULT_QUIZ_LENGTH = 10
/** The longest quiz on a set of items: a paragraph's questions, say. */
export const ITEMS_QUIZ_LIMIT = Math.max(...QUIZ_LENGTHS)
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard']
export const DEFAULT_DIFFICULTY: Difficulty = 'normal'
/** Seconds a question in a timed challenge gives. */
export const CHALLENGE_SECONDS = 20
