import type { Probe, Shown } from '../bank/stated.ts'
import type { Rng } from '../random.ts'
import type { Bank, Difficulty, Distractor, Item, Level, Question, Quiz, QuizSettings } from '../types.ts'
import type { ScenarioTemplate } from './scenarios/template.ts'
import { probeFor } from '../bank/key-statements.ts'
import { inQuantityOrder, isCloseNumber, sortsByQuantity } from '../bank/quantities.ts'
import { itemTexts, leadingQuantity, shown, states } from '../bank/stated.ts'
import { createRng, randomIndex, shuffle } from '../random.ts'
import { DEFAULT_DIFFICULTY } from '../settings.ts'
import { SCENARIO_TEMPLATES } from './scenarios.ts'

/**
 * How strongly each difficulty prefers items of each level. A zero means "only once every
 * preferred item is used up", so a small topic still fills a long quiz.
 */
export const LEVEL_WEIGHTS: Record<Difficulty, Record<Level, number>> = {
  easy: { 1: 4, 2: 2, 3: 0 },
  normal: { 1: 2, 2: 3, 3: 2 },
  hard: { 1: 0, 2: 2, 3: 4 },
}

/**
 * Options per question: hard quizzes add a fourth where the item has a third real misconception.
 * Options shown sorted (numbers, and text stating numbers) stay at three: a fourth from a
 * one-sided set of misconceptions would give away where the key sits, while choosing two of
 * three lets the key's place be drawn fairly.
 */
export const OPTION_COUNT: Record<Difficulty, number> = { easy: 3, normal: 3, hard: 4 }

export function optionCount(item: Item, difficulty: Difficulty): number {
  return Math.min(sortsByQuantity(item) ? 3 : OPTION_COUNT[difficulty], item.distractors.length + 1)
}

/** Something a quiz can ask: a bank item, or a scenario template that makes one. */
export interface Candidate {
  fact: string
  topic: string
  level: Level
  /** Facts whose key its text states, as the bank item or the template declares them. */
  reveals: readonly string[]
  /** Made afresh from drawn figures (a scenario), which may happen to state a key, or be one. */
  drawn: boolean
  make: (rng: Rng, difficulty: Difficulty) => Item
}

function itemCandidate(item: Item): Candidate {
  return { fact: item.fact, topic: item.topic, level: item.level, reveals: item.reveals ?? [], drawn: false, make: () => item }
}

/** The items a quiz with this topic may draw from, in bank order. */
export function selectPool(bank: Bank, topic: string | null): Item[] {
  return topic === null ? bank.items.slice() : bank.items.filter(item => item.topic === topic)
}

export function candidatesFor(bank: Bank, topic: string | null, templates: readonly ScenarioTemplate[] = SCENARIO_TEMPLATES): Candidate[] {
  const items: Candidate[] = selectPool(bank, topic).map(itemCandidate)
  const scenarios: Candidate[] = templates
    .filter(t => topic === null || t.topic === topic)
    .map(t => ({ fact: `scenario-${t.id}`, topic: t.topic, level: 2, reveals: t.reveals ?? [], drawn: true, make: (rng, difficulty) => t.generate(rng, difficulty) }))
  return [...items, ...scenarios]
}

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): each candidate draws u^(1/w);
 * the largest go first. Candidates of weight zero follow all the others, in random order.
 */
export function orderByPreference(candidates: readonly Candidate[], difficulty: Difficulty, rng: Rng): Candidate[] {
  const weights = LEVEL_WEIGHTS[difficulty]
  return candidates
    .map((c) => {
      const w = weights[c.level]
      const u = rng()
      return { c, tier: w > 0 ? 0 : 1, score: w > 0 ? u ** (1 / w) : u }
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score)
    .map(x => x.c)
}

/** A question chosen for a quiz: its item, what its text states, and what would state its key. */
interface Chosen {
  item: Item
  candidate: Candidate
  text: Shown
  probe: Probe
  /** Indexes of the chosen questions that must be asked before this one: it states their keys. */
  after: number[]
}

/** Bank items are read once; their text does not change. */
const itemTextsRead = new WeakMap<Item, Shown>()

function textOf(item: Item): Shown {
  let text = itemTextsRead.get(item)
  if (text === undefined) {
    text = shown(itemTexts(item))
    itemTextsRead.set(item, text)
  }
  return text
}

/**
 * Whether `a` states the key of `b`, so that `b` must be asked first. Between bank items the
 * bank's declarations say (the tests hold them to the text search); a scenario question is
 * made from drawn figures, so what it states, and whether its key is stated, is searched.
 */
function statesKeyOf(a: Chosen, b: Chosen): boolean {
  if (a.candidate.reveals.includes(b.item.fact))
    return true
  return (a.candidate.drawn || b.candidate.drawn) && states(a.text, b.probe)
}

/** Every chosen question that must be asked before those at `from`, directly or not. */
function askedBefore(chosen: readonly Chosen[], from: readonly number[]): Set<number> {
  const found = new Set<number>()
  const todo = [...from]
  for (let i = todo.pop(); i !== undefined; i = todo.pop()) {
    if (found.has(i))
      continue
    found.add(i)
    todo.push(...(chosen[i]?.after ?? []))
  }
  return found
}

/**
 * The items of a quiz, in the order they are asked. Candidates are taken in the order given,
 * one per fact (no quiz asks a fact twice), each made when its turn comes. One is passed over
 * when no order could ask it without some key coming after a question that states it: two
 * items stating each other's key never meet, which also keeps one quoted sentence from being
 * tested twice. The chosen are then asked so that no question comes after one stating its
 * key, and otherwise in the order they were chosen.
 */
export function chooseItems(candidates: readonly Candidate[], count: number, rng: Rng, difficulty: Difficulty): Item[] {
  const chosen: Chosen[] = []
  const facts = new Set<string>()
  for (const candidate of candidates) {
    if (chosen.length >= count)
      break
    if (facts.has(candidate.fact))
      continue
    const item = candidate.make(rng, difficulty)
    const next: Chosen = { item, candidate, text: textOf(item), probe: probeFor(item), after: [] }
    const first = chosen.flatMap((c, i) => (statesKeyOf(next, c) ? [i] : []))
    const then = chosen.flatMap((c, i) => (statesKeyOf(c, next) ? [i] : []))
    const mustPrecede = askedBefore(chosen, first)
    if (then.some(i => mustPrecede.has(i)))
      continue
    next.after = first
    for (const i of then)
      chosen[i]?.after.push(chosen.length)
    chosen.push(next)
    facts.add(candidate.fact)
  }
  const asked = new Set<number>()
  const order: Item[] = []
  while (order.length < chosen.length) {
    const i = chosen.findIndex((c, j) => !asked.has(j) && c.after.every(k => asked.has(k)))
    asked.add(i)
    order.push(chosen[i]!.item)
  }
  return order
}

/**
 * The distractors a question of this difficulty may show. A wrong number within two of the key
 * is for hard questions only; the bank's format check gives every number item enough others.
 */
export function showableDistractors(item: Item, difficulty: Difficulty): Distractor[] {
  if (item.kind !== 'number' || difficulty === 'hard')
    return item.distractors
  const further = item.distractors.filter(d => !isCloseNumber(d.text, item.key))
  // A drawn scenario could leave too few: a question never shows fewer options for it.
  return further.length >= optionCount(item, difficulty) - 1 ? further : item.distractors
}

/**
 * The distractors to show, in preference order: easy quizzes show those easily ruled out, hard
 * ones the tempting ones, normal one of each. For options shown sorted (numbers, and text that
 * states numbers), the key's place among them is drawn first so that it is uniform over many
 * quizzes.
 */
export function chooseDistractors(item: Item, difficulty: Difficulty, rng: Rng): Distractor[] {
  const wanted = optionCount(item, difficulty) - 1
  const pool = showableDistractors(item, difficulty)
  const near = shuffle(pool.filter(d => d.near), rng)
  const far = shuffle(pool.filter(d => !d.near), rng)
  let preferred: Distractor[]
  if (difficulty === 'easy')
    preferred = [...far, ...near]
  else if (difficulty === 'hard')
    preferred = [...near, ...far]
  else
    preferred = [...near.slice(0, 1), ...far.slice(0, 1), ...near.slice(1), ...far.slice(1)]

  if (!sortsByQuantity(item))
    return preferred.slice(0, wanted)

  // The key's place is drawn among those the distractors allow, so the loop below always fills.
  const key = leadingQuantity(item.key) ?? 0
  const isLower = (d: Distractor) => (leadingQuantity(d.text) ?? 0) < key
  const lowerAvailable = pool.filter(isLower).length
  const minBelow = Math.max(0, wanted - (pool.length - lowerAvailable))
  const maxBelow = Math.min(wanted, lowerAvailable)
  const below = minBelow + randomIndex(rng, maxBelow - minBelow + 1)
  const chosen: Distractor[] = []
  let lower = 0
  for (const d of preferred) {
    if (chosen.length === wanted)
      break
    const low = isLower(d)
    if (low ? lower < below : chosen.length - lower < wanted - below) {
      chosen.push(d)
      if (low)
        lower++
    }
  }
  return chosen
}

/**
 * Turns one item into a question: one of its phrasings, the key and the chosen distractors.
 * Options that each state a number are sorted ascending by it (ITEM-WRITING rule 6); the rest
 * are shuffled with the seed, and so are text options stating the same number.
 */
export function buildQuestion(item: Item, rng: Rng, difficulty: Difficulty = DEFAULT_DIFFICULTY): Question {
  const phrasings = [item.prompt, ...item.variants]
  const prompt = phrasings[randomIndex(rng, phrasings.length)] as string
  const entries: OptionEntry[] = [
    { text: item.key, why: null },
    ...chooseDistractors(item, difficulty, rng).map(d => ({ text: d.text, why: d.why })),
  ]
  const shuffled = item.kind === 'number' ? entries : shuffle(entries, rng)
  return questionFrom(item, prompt, inQuantityOrder(shuffled, e => e.text) ?? shuffled)
}

/** An option with its reason for being wrong; `null` for the key. */
export interface OptionEntry {
  text: string
  why: string | null
}

/** The question an item makes with this phrasing and these options, in this order. */
export function questionFrom(item: Item, prompt: string, options: readonly OptionEntry[]): Question {
  return {
    id: item.id,
    topic: item.topic,
    fact: item.fact,
    form: item.form,
    kind: item.kind,
    prompt,
    options: options.map(e => e.text),
    answer: options.findIndex(e => e.why === null),
    reasons: options.map(e => e.why),
    explanation: item.explanation,
    sources: item.sources,
    cites: item.cites,
  }
}

/** Same bank, seed and settings give the same quiz, question for question and option for option. */
export function buildQuiz(bank: Bank, settings: QuizSettings, templates: readonly ScenarioTemplate[] = SCENARIO_TEMPLATES): Quiz {
  const { seed, topic, count, difficulty } = settings
  const rng = createRng(`${seed}|${topic ?? '*'}|${count}|${difficulty}`)
  const ordered = orderByPreference(candidatesFor(bank, topic, templates), difficulty, rng)
  const questions = chooseItems(ordered, Math.max(0, count), rng, difficulty).map(item => buildQuestion(item, rng, difficulty))
  return { ...settings, count: questions.length, mode: 'quiz', questions }
}

/**
 * The items a quiz on chosen items asks, whatever its seed: taken in bank order, one per fact,
 * passing over one that an item already taken states the key of both ways round (chooseItems),
 * at most `limit`. The article names this many questions on each paragraph's quiz button.
 */
export function itemsQuizItems(bank: Bank, ids: readonly string[], limit: number): Item[] {
  const wanted = new Set(ids)
  const pool = bank.items.filter(i => wanted.has(i.id)).map(itemCandidate)
  // Bank items are made without drawing: the rng and difficulty go unused.
  return chooseItems(pool, Math.max(0, limit), createRng('items'), DEFAULT_DIFFICULTY)
}

/**
 * A quiz on chosen items (those citing a paragraph of the article, say): the items
 * itemsQuizItems takes, asked in an order shuffled with the seed.
 */
export function buildItemsQuiz(bank: Bank, ids: readonly string[], seed: string, limit: number, difficulty: Difficulty = DEFAULT_DIFFICULTY): Quiz {
  const rng = createRng(`items|${seed}|${ids.join(',')}`)
  const taken = itemsQuizItems(bank, ids, limit)
  // Items that can be asked together in one order can be in any other that puts each before those stating its key.
  const questions = chooseItems(shuffle(taken.map(itemCandidate), rng), taken.length, rng, difficulty).map(item => buildQuestion(item, rng, difficulty))
  return { seed, topic: null, count: questions.length, difficulty, mode: 'quiz', questions }
}

/** How many orders a review session tries to fit in every due fact. */
const REVIEW_SHUFFLES = 8

/**
 * A review session: one question for each due fact (most overdue first, at most `limit`), each
 * from any item or template that tests the fact, so the student meets it in a new phrasing.
 * Facts are taken in a shuffled order, each trying its items in a shuffled order until one can
 * be asked with those already taken. When a fact is left out (its items and those taken state
 * each other's keys), other shuffles are tried, a few at most, and the session that asks the
 * most facts is kept; a fact left out stays due for the next session. Facts the bank no longer
 * has are skipped.
 */
export function buildReviewQuiz(bank: Bank, facts: readonly string[], seed: string, limit: number, templates: readonly ScenarioTemplate[] = SCENARIO_TEMPLATES): Quiz {
  const rng = createRng(`review|${seed}`)
  const byFact = new Map<string, Candidate[]>()
  for (const c of candidatesFor(bank, null, templates))
    byFact.set(c.fact, [...(byFact.get(c.fact) ?? []), c])
  const due = facts.filter(fact => byFact.has(fact)).slice(0, Math.max(0, limit))
  let items: Item[] = []
  for (let attempt = 0; attempt < REVIEW_SHUFFLES && items.length < due.length; attempt++) {
    const tried = shuffle(due, rng).flatMap(fact => shuffle(byFact.get(fact) ?? [], rng))
    const taken = chooseItems(tried, due.length, rng, DEFAULT_DIFFICULTY)
    if (taken.length > items.length)
      items = taken
  }
  const questions = items.map(item => buildQuestion(item, rng, DEFAULT_DIFFICULTY))
  return { seed, topic: null, count: questions.length, difficulty: DEFAULT_DIFFICULTY, mode: 'review', questions }
}
