import type { Rng } from '../../random.ts'
import type { Difficulty, Distractor, Item, Level, Source } from '../../types.ts'
import { CLOSE_NUMBER_DISTANCE, isCloseNumber } from '../../bank/quantities.ts'
import { randomIndex } from '../../random.ts'

/**
 * What every scenario template shares: fresh questions made from the voting rules, with keys
 * computed by procedure/ and distractors that are the answers of named misconceptions.
 */
export interface ScenarioTemplate {
  id: string
  topic: string
  title: string
  /** Facts of the bank whose key the template's fixed wording states (questions/README.md, `reveals`). */
  reveals?: readonly string[]
  /** A new question for these settings; the same rng state gives the same question. */
  generate: (rng: Rng, difficulty: Difficulty) => Item
}

export const SCENARIO_TOPIC = 'procedure'

export const LEVEL_OF: Record<Difficulty, Level> = { easy: 1, normal: 2, hard: 3 }

export const CHARTER_27_3: Source = { kind: 'charter', ref: 'UN Charter, Article 27(3)' }
export const CHARTER_27_2: Source = { kind: 'charter', ref: 'UN Charter, Article 27(2)' }
export const CHARTER_18_2: Source = { kind: 'charter', ref: 'UN Charter, Article 18(2)' }
export const CHARTER_18_3: Source = { kind: 'charter', ref: 'UN Charter, Article 18(3)' }
export const CHARTER_18_1: Source = { kind: 'charter', ref: 'UN Charter, Article 18(1)' }
export const CHARTER_4_2: Source = { kind: 'charter', ref: 'UN Charter, Article 4(2)' }
export const CHARTER_23_1: Source = { kind: 'charter', ref: 'UN Charter, Article 23(1)' }
export const CHARTER_23_2: Source = { kind: 'charter', ref: 'UN Charter, Article 23(2)' }
export const CHARTER_108: Source = { kind: 'charter', ref: 'UN Charter, Article 108' }
/** The rules' numbers for these are uncertain (UN-PROCEDURE.md): the principle is cited, not a number. */
export const RULES_AMENDMENTS: Source = { kind: 'rules', ref: 'Rules of Procedure of the General Assembly (voting on amendments)' }
export const RES_475: Source = { kind: 'record', ref: 'General Assembly resolution 475 (V) (1950): amendments on important questions need two-thirds' }
export const RES_377: Source = { kind: 'record', ref: 'General Assembly resolution 377 A (V), “Uniting for Peace” (1950)' }
export const RES_76_262: Source = { kind: 'record', ref: 'General Assembly resolution 76/262 (2022), the veto initiative' }
export const ICJ_ADMISSION: Source = { kind: 'record', ref: 'International Court of Justice, advisory opinion on the Competence of the General Assembly for the Admission of a State to the United Nations (1950)' }
export const RULES_PRESENT_VOTING: Source = { kind: 'rules', ref: 'Rules of Procedure of the General Assembly (“members present and voting”)' }
/** Abstention rests on Council practice; the Court's opinion speaks of voluntary abstention only. */
export const PRACTICE_ABSTENTION: Source = { kind: 'record', ref: 'Security Council practice on abstention by permanent members (since 1947)' }
export const ICJ_NAMIBIA: Source = { kind: 'record', ref: 'International Court of Justice, Namibia advisory opinion (1971), on voluntary abstention' }

export function between(rng: Rng, min: number, max: number): number {
  return min + randomIndex(rng, max - min + 1)
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomIndex(rng, items.length)] as T
}

/** Drops distractors that equal the key or each other; the first of each value wins. */
export function distinctDistractors(key: string, candidates: Distractor[]): Distractor[] {
  const seen = new Set([key])
  return candidates.filter((d) => {
    if (seen.has(d.text))
      return false
    seen.add(d.text)
    return true
  })
}

/** What a template says about itself, and a draw that may come out unsuitable (null). */
export interface ScenarioDefinition {
  id: string
  title: string
  reveals?: readonly string[]
  /** A question for these settings, or null when the random draw does not suit (draw again). */
  draw: (rng: Rng, difficulty: Difficulty) => Item | null
}

/** A procedure template: its draw, retried until it gives a question. */
export function scenarioTemplate({ draw, ...about }: ScenarioDefinition): ScenarioTemplate {
  return { ...about, topic: SCENARIO_TOPIC, generate: (rng, difficulty) => retry(() => draw(rng, difficulty)) }
}

/** Tries `make` until it returns an item (it returns null for unsuitable random draws). */
export function retry(make: () => Item | null): Item {
  // Stryker disable next-line EqualityOperator,UpdateOperator: a guard never reached; every template finds a draw within a few tries, so no test can see its bound
  for (let i = 0; i < 1000; i++) {
    const item = make()
    if (item !== null)
      return item
  }
  // Stryker disable next-line StringLiteral: unreachable for the same reason
  throw new Error('scenario: no suitable draw in 1000 tries')
}

/** A wrong number and the misconception that gives it, said as "129 is two-thirds of all 193 members…". */
export interface Misconception {
  value: number
  why: string
}

/** Near enough to tempt: within two of the key, or within a tenth of it. */
export function isNearNumber(value: number, key: number): boolean {
  return Math.abs(value - key) <= Math.max(CLOSE_NUMBER_DISTANCE, Math.round(key / 10))
}

export interface NumberScenario {
  id: string
  fact: string
  difficulty: Difficulty
  prompt: string
  key: number
  /** In order of preference: a later one giving the same value as an earlier one is dropped. */
  misconceptions: Misconception[]
  /** The largest value the stem allows (no more yes votes than members voting): larger ones it rules out. */
  max: number
  explanation: string
  sources: Source[]
}

/**
 * A number question whose wrong options are the answers of misconceptions. Nearness is distance:
 * numbers within two of the key (off by one, the hardest kind) are shown on hard quizzes alone;
 * elsewhere the closest number left is the tempting one. A draw is kept only when the key can take
 * every place among three sorted options (two wrong numbers below it and two above) and, for an
 * easy quiz, with far numbers alone; otherwise null, and the template draws again.
 */
export function numberItem(s: NumberScenario): Item | null {
  const key = s.key
  const candidates = s.misconceptions
    .filter(m => Number.isInteger(m.value) && m.value >= 1 && m.value <= s.max)
    .filter(m => s.difficulty === 'hard' || !isCloseNumber(String(m.value), String(key)))
    .map(m => ({ text: String(m.value), why: m.why, near: isNearNumber(m.value, key) }))
  const kept = distinctDistractors(String(key), candidates)
  if (s.difficulty !== 'hard' && kept.length > 0 && !kept.some(d => d.near)) {
    const distance = (d: Distractor) => Math.abs(Number(d.text) - key)
    kept.reduce((a, b) => (distance(b) < distance(a) ? b : a)).near = true
  }
  const below = kept.filter(d => Number(d.text) < key)
  const above = kept.filter(d => Number(d.text) > key)
  const far = (ds: Distractor[]) => ds.filter(d => !d.near).length
  if (!kept.some(d => d.near) || !kept.some(d => !d.near) || below.length < 2 || above.length < 2)
    return null
  if (s.difficulty === 'easy' && (far(below) < 2 || far(above) < 2))
    return null
  return { id: s.id, topic: SCENARIO_TOPIC, fact: s.fact, form: 'scenario', kind: 'number', level: LEVEL_OF[s.difficulty], prompt: s.prompt, variants: [], key: String(key), distractors: kept, explanation: s.explanation, sources: s.sources, cites: [] }
}

export interface TextScenario {
  id: string
  fact: string
  difficulty: Difficulty
  prompt: string
  key: string
  /** In order of preference: a later one with the same text as an earlier one is dropped. */
  distractors: Distractor[]
  explanation: string
  sources: Source[]
}

/** A question of text options; null (draw again) unless it has a near and a far wrong option. */
export function textItem(s: TextScenario): Item | null {
  const kept = distinctDistractors(s.key, s.distractors)
  if (kept.length < 2 || !kept.some(d => d.near) || !kept.some(d => !d.near))
    return null
  return { id: s.id, topic: SCENARIO_TOPIC, fact: s.fact, form: 'scenario', kind: 'text', level: LEVEL_OF[s.difficulty], prompt: s.prompt, variants: [], key: s.key, distractors: kept, explanation: s.explanation, sources: s.sources, cites: [] }
}

/** "Russia" → "Russia", "two permanent members" → "Two permanent members". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** "A permanent member voted no" inside a sentence: "a permanent member…"; names and figures stay as they are. */
export function lowerFirst(s: string): string {
  return /^(?:A |[A-Z][a-z])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}

/** "Russia’s", "the United States’". */
export function possessive(s: string): string {
  return s.endsWith('s') ? `${s}’` : `${s}’s`
}

/** The five permanent members, as a stem names them. */
export const PERMANENT_MEMBERS = ['the United States', 'Russia', 'China', 'France', 'the United Kingdom'] as const

/** Small counts in words, as prose writes them: "four permanent members"; larger ones in digits. */
export function numberWord(n: number): string {
  return ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n)
}
