import type { Bank, Item, Question, Quiz, QuizSettings } from './types'
import { createRng, shuffle } from './random'
import type { Rng } from './random'

export const QUIZ_LENGTHS = [5, 10, 20] as const
export const DEFAULT_QUIZ_LENGTH = 10

/** The items a quiz with these settings may draw from, in bank order. */
export function selectPool(bank: Bank, topic: string | null): Item[] {
  return topic === null ? bank.items.slice() : bank.items.filter(item => item.topic === topic)
}

/**
 * Turns one item into a question: the key and its distractors as options.
 * Numbers are sorted ascending (ITEM-WRITING rule 6); anything else is shuffled with the seed.
 */
export function buildQuestion(item: Item, rng: Rng): Question {
  const entries = [
    { text: item.key, why: null as string | null },
    ...item.distractors.map(d => ({ text: d.text, why: d.why as string | null })),
  ]
  const ordered = item.kind === 'number'
    ? entries.sort((a, b) => Number(a.text) - Number(b.text))
    : shuffle(entries, rng)
  return {
    id: item.id,
    topic: item.topic,
    prompt: item.prompt,
    options: ordered.map(e => e.text),
    answer: ordered.findIndex(e => e.why === null),
    reasons: ordered.map(e => e.why),
    explanation: item.explanation,
    sources: item.sources,
  }
}

/** Same bank, seed and settings give the same quiz, question for question and option for option. */
export function buildQuiz(bank: Bank, settings: QuizSettings): Quiz {
  const rng = createRng(`${settings.seed}|${settings.topic ?? '*'}|${settings.count}`)
  const pool = selectPool(bank, settings.topic)
  const chosen = shuffle(pool, rng).slice(0, Math.max(0, settings.count))
  return { ...settings, count: chosen.length, questions: chosen.map(item => buildQuestion(item, rng)) }
}
