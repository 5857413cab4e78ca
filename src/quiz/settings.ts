import type { Difficulty } from './types.ts'

/** The choices a quiz offers; small enough for the first screen to import without the generator. */
export const QUIZ_LENGTHS = [5, 10, 20] as const
export const DEFAULT_QUIZ_LENGTH = 10
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard']
export const DEFAULT_DIFFICULTY: Difficulty = 'normal'
/** Seconds a question in a timed challenge gives. */
export const CHALLENGE_SECONDS = 20
