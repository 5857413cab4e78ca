import type { Question } from '../types.ts'
import { isCorrect } from './score.ts'

export interface Verdict {
  kind: 'correct' | 'wrong' | 'timed-out'
  /** What the feedback's heading shows and the screen reader announces: the same words. */
  sentence: string
}

/** How an answered question went; a negative answer (TIMED_OUT) is the clock running out. */
export function judgeAnswer(question: Question, chosen: number): Verdict {
  if (isCorrect(question, chosen))
    return { kind: 'correct', sentence: 'Correct.' }
  const key = question.options[question.answer] ?? ''
  return chosen < 0
    ? { kind: 'timed-out', sentence: `Time is up. The answer is ${key}.` }
    : { kind: 'wrong', sentence: `Wrong. The answer is ${key}.` }
}
