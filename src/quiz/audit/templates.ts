import type { ScenarioTemplate } from '../generate/scenarios/template.ts'
import type { Difficulty, Question } from '../types.ts'
import { buildQuestion } from '../generate/generate.ts'
import { createRng } from '../random.ts'
import { DIFFICULTIES } from '../settings.ts'
import { keyPositions, showsCloseNumber } from './audit.ts'

/**
 * How each scenario template behaves as students meet it: how many different questions it makes
 * at each difficulty, which wrong options keep coming back, and where the key lands. A template
 * whose far distractor is always the same number, or whose key is never the largest option,
 * teaches the pattern instead of the rule.
 */

/** The questions a template makes in `draws` tries at one difficulty, options chosen as a quiz would. */
export function templateQuestions(template: ScenarioTemplate, draws: number, difficulty: Difficulty): Question[] {
  const rng = createRng(`shown|${template.id}|${difficulty}`)
  return Array.from({ length: draws }, () => buildQuestion(template.generate(rng, difficulty), rng, difficulty))
}

/**
 * Distinct (prompt, key) pairs a template produced in `draws` tries at each difficulty: the same
 * draws as templateVariety, which counts them over all three together.
 */
export function templateVarietyByDifficulty(template: ScenarioTemplate, draws: number): Record<Difficulty, number> {
  const out = { easy: 0, normal: 0, hard: 0 }
  for (const difficulty of DIFFICULTIES) {
    const rng = createRng(`variety|${template.id}|${difficulty}`)
    const seen = new Set<string>()
    for (let i = 0; i < draws; i++) {
      const item = template.generate(rng, difficulty)
      seen.add(`${item.prompt}\u0000${item.key}`)
    }
    out[difficulty] = seen.size
  }
  return out
}

export interface ValueShare {
  value: string
  /** Share of the questions that show this value as a wrong option. */
  share: number
}

/** Each wrong option's share of the questions showing it, most frequent first (ties by value). */
export function distractorShares(questions: readonly Question[]): ValueShare[] {
  const counts = new Map<string, number>()
  for (const q of questions) {
    for (const value of new Set(q.options.filter((_, i) => i !== q.answer)))
      counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts]
    .map(([value, n]) => ({ value, share: questions.length === 0 ? 0 : n / questions.length }))
    .sort((a, b) => b.share - a.share || a.value.localeCompare(b.value))
}

/** Share of number questions showing a wrong option within two of the key (easy ones should not). */
export function closeNumberShare(questions: readonly Question[]): number | null {
  const numbers = questions.filter(q => q.kind === 'number')
  if (numbers.length === 0)
    return null
  return numbers.filter(showsCloseNumber).length / numbers.length
}

export interface TemplateReport {
  id: string
  distinct: Record<Difficulty, number>
  /** Over every difficulty together. */
  distractors: ValueShare[]
  /** The largest share any one wrong option has at each difficulty. */
  topShare: Record<Difficulty, ValueShare | null>
  /** How often the key stands at each position, by number of options. */
  keyPositions: Map<number, number[]>
  /** closeNumberShare at each difficulty (null for templates of text options). */
  close: Record<Difficulty, number | null>
}

export function templateReport(template: ScenarioTemplate, draws: number): TemplateReport {
  const byDifficulty = DIFFICULTIES.map(d => [d, templateQuestions(template, draws, d)] as const)
  const all = byDifficulty.flatMap(([, qs]) => qs)
  const topShare = { easy: null, normal: null, hard: null } as Record<Difficulty, ValueShare | null>
  const close = { easy: null, normal: null, hard: null } as Record<Difficulty, number | null>
  for (const [d, qs] of byDifficulty) {
    topShare[d] = distractorShares(qs)[0] ?? null
    close[d] = closeNumberShare(qs)
  }
  return { id: template.id, distinct: templateVarietyByDifficulty(template, draws), distractors: distractorShares(all), topShare, keyPositions: keyPositions(all), close }
}
