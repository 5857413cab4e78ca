import type { ScenarioTemplate } from '../generate/scenarios/template.ts'
import type { Bank, Difficulty, Question, Quiz } from '../types.ts'
import type { Finding, RuleContext, SoftRule, Violation } from './item-rules.ts'
import { isCloseNumber } from '../bank/quantities.ts'
import { buildQuiz, questionFrom } from '../generate/generate.ts'
import { createRng } from '../random.ts'
import { DIFFICULTIES } from '../settings.ts'
import { auditQuestion, checkItem, checkNegativeShare, checkQuestion, stemOverlap } from './item-rules.ts'

/** How the bank covers the article, and how the generator behaves over many quizzes. */

export interface ItemViolation extends Violation {
  id: string
}

/** Every hard-rule violation in the bank's items. */
export function bankViolations(bank: Bank, ctx: RuleContext): ItemViolation[] {
  return [
    ...bank.items.flatMap(item => checkItem(item, ctx).map(v => ({ ...v, id: item.id }))),
    ...checkNegativeShare(bank.items).map(v => ({ ...v, id: '(bank)' })),
  ]
}

/** A spread of settings: every difficulty, every topic and all, several lengths. */
export function sampleSettings(bank: Bank, quizzes: number): { seed: string, topic: string | null, count: number, difficulty: Difficulty }[] {
  const topics: (string | null)[] = [null, ...bank.topics.map(t => t.id)]
  const counts = [5, 10, 20]
  return Array.from({ length: quizzes }, (_, i) => ({
    seed: `audit-${i}`,
    topic: topics[i % topics.length] ?? null,
    count: counts[Math.floor(i / topics.length) % counts.length] ?? 10,
    difficulty: DIFFICULTIES[Math.floor(i / (topics.length * counts.length)) % DIFFICULTIES.length] ?? 'normal',
  }))
}

export function generateQuizzes(bank: Bank, quizzes: number, templates?: readonly ScenarioTemplate[]): Quiz[] {
  return sampleSettings(bank, quizzes).map(s => buildQuiz(bank, s, templates))
}

export interface QuestionViolation extends Violation {
  id: string
  prompt: string
}

export function questionViolations(questions: readonly Question[], ctx: RuleContext): QuestionViolation[] {
  return questions.flatMap(q => checkQuestion(q, ctx).map(v => ({ ...v, id: q.id, prompt: q.prompt })))
}

/** Whether a number question shows a wrong number within two of its key. */
export function showsCloseNumber(q: Question): boolean {
  const key = q.options[q.answer] ?? ''
  return q.kind === 'number' && q.options.some((o, i) => i !== q.answer && isCloseNumber(o, key))
}

/** Easy and normal questions showing a wrong number within two of the key (there should be none). */
export function closeNumbersOffHard(quizzes: readonly Quiz[]): string[] {
  return quizzes
    .filter(quiz => quiz.difficulty !== 'hard')
    .flatMap(quiz => quiz.questions.filter(showsCloseNumber).map(q => `${quiz.seed} (${quiz.difficulty}): ${q.id}: ${q.options.join(' | ')}`))
}

/** Quizzes that ask one fact twice (there should be none). */
export function repeatedFacts(quizzes: readonly Quiz[]): string[] {
  return quizzes.flatMap((quiz) => {
    const facts = quiz.questions.map(q => q.fact)
    return facts.filter((f, i) => facts.indexOf(f) !== i).map(f => `${quiz.seed}: ${f}`)
  })
}

/** How often the key stands at each position, by number of options. */
export function keyPositions(questions: readonly Question[]): Map<number, number[]> {
  const out = new Map<number, number[]>()
  for (const q of questions) {
    const counts = out.get(q.options.length) ?? Array.from({ length: q.options.length }, () => 0)
    counts[q.answer] = (counts[q.answer] ?? 0) + 1
    out.set(q.options.length, counts)
  }
  return out
}

export interface Strategy {
  name: string
  /** Share of questions the strategy answers right. */
  accuracy: number
  /** What guessing scores on the same questions. */
  chance: number
  questions: number
}

function indexOfMax(values: readonly number[]): number | null {
  const max = Math.max(...values)
  const at = values.flatMap((v, i) => (v === max ? [i] : []))
  return at.length === 1 ? (at[0] ?? null) : null
}

/**
 * Answer-free strategies that should score no better than chance. A strategy that cannot decide
 * (a tie) guesses, so it scores chance on that question.
 */
export function answerFreeStrategies(questions: readonly Question[]): Strategy[] {
  const strategies: { name: string, applies: (q: Question) => boolean, pick: (q: Question) => number | null }[] = [
    { name: 'pick the longest option', applies: q => q.kind !== 'number', pick: q => indexOfMax(q.options.map(o => o.length)) },
    { name: 'pick the option sharing most words with the stem', applies: q => q.kind !== 'number', pick: q => indexOfMax(q.options.map(o => stemOverlap(q.prompt, o))) },
    { name: 'pick the middle number', applies: q => q.kind === 'number' && q.options.length % 2 === 1, pick: q => (q.options.length - 1) / 2 },
  ]
  return strategies.map((s) => {
    const qs = questions.filter(s.applies)
    let score = 0
    let chance = 0
    for (const q of qs) {
      const p = s.pick(q)
      chance += 1 / q.options.length
      score += p === null ? 1 / q.options.length : (p === q.answer ? 1 : 0)
    }
    return { name: s.name, accuracy: qs.length === 0 ? 0 : score / qs.length, chance: qs.length === 0 ? 0 : chance / qs.length, questions: qs.length }
  })
}

export function softFindings(questions: readonly Question[]): Map<SoftRule, Finding[]> {
  const out = new Map<SoftRule, Finding[]>()
  for (const q of questions) {
    for (const f of auditQuestion(q))
      out.set(f.rule, [...(out.get(f.rule) ?? []), f])
  }
  return out
}

/** Distinct (prompt, key) pairs the bank's items can produce: every phrasing of every item. */
export function itemVariety(bank: Bank): number {
  const seen = new Set<string>()
  for (const item of bank.items) {
    for (const prompt of [item.prompt, ...item.variants])
      seen.add(`${prompt}\u0000${item.key}`)
  }
  return seen.size
}

/** Distinct (prompt, key) pairs a template produced in `draws` tries at each difficulty. */
export function templateVariety(template: ScenarioTemplate, draws: number): number {
  const seen = new Set<string>()
  for (const difficulty of DIFFICULTIES) {
    const rng = createRng(`variety|${template.id}|${difficulty}`)
    for (let i = 0; i < draws; i++) {
      const item = template.generate(rng, difficulty)
      seen.add(`${item.prompt}\u0000${item.key}`)
    }
  }
  return seen.size
}

/** Soft findings on every phrasing of every item, shown with all its options. */
export function itemSoftFindings(bank: Bank): Map<SoftRule, { id: string, message: string }[]> {
  const out = new Map<SoftRule, { id: string, message: string }[]>()
  for (const item of bank.items) {
    const options = [{ text: item.key, why: null }, ...item.distractors]
    for (const prompt of [item.prompt, ...item.variants]) {
      for (const f of auditQuestion(questionFrom(item, prompt, options))) {
        // Middle keys are judged over many quizzes (numericKeyAlwaysMiddle), not on one listing.
        if (f.rule !== 'key-middle')
          out.set(f.rule, [...(out.get(f.rule) ?? []), { id: item.id, message: f.message }])
      }
    }
  }
  return out
}

/** Number items whose key lands in the middle of every question made from them. */
export function numericKeyAlwaysMiddle(questions: readonly Question[]): string[] {
  const byItem = new Map<string, { middle: number, total: number }>()
  for (const q of questions) {
    if (q.kind !== 'number' || q.form === 'scenario')
      continue
    const s = byItem.get(q.id) ?? { middle: 0, total: 0 }
    s.total++
    if (q.options.length % 2 === 1 && q.answer === (q.options.length - 1) / 2)
      s.middle++
    byItem.set(q.id, s)
  }
  return [...byItem].filter(([, s]) => s.total >= 3 && s.middle === s.total).map(([id]) => id)
}
