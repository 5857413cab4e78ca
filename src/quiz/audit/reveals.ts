import type { ScenarioTemplate } from '../generate/scenarios/template.ts'
import type { Bank, Quiz } from '../types.ts'
import { isListedNonReveal, KEY_STATEMENTS, NOT_REVEALS, probeFor } from '../bank/key-statements.ts'
import { itemTexts, questionTexts, shown, states } from '../bank/stated.ts'
import { createRng } from '../random.ts'
import { DIFFICULTIES } from '../settings.ts'

/**
 * Whether a quiz gives itself away, found by searching text rather than trusting the bank's
 * `reveals` lists: the check that catches a forgotten declaration.
 */

export interface UndeclaredReveal {
  /** The item whose text states the key… */
  id: string
  /** …of this fact, which it does not list in `reveals`… */
  fact: string
  /** …as this item's key. */
  of: string
}

/** Every key an item's text states without declaring it, found by the text search. */
export function undeclaredReveals(bank: Bank): UndeclaredReveal[] {
  const out: UndeclaredReveal[] = []
  for (const item of bank.items) {
    const text = shown(itemTexts(item))
    const declared = new Set([item.fact, ...(item.reveals ?? [])])
    for (const other of bank.items) {
      if (!declared.has(other.fact) && !isListedNonReveal(other.id, item.id) && states(text, probeFor(other)))
        out.push({ id: item.id, fact: other.fact, of: other.id })
    }
  }
  return out
}

/**
 * A template's questions state a fact's key by their fixed wording (an explanation that names
 * the Council's nine votes) or by chance (a drawn tally of 93). Wording recurs: a fact found in
 * at least this share of its draws at some difficulty is the template's to declare. The
 * generator finds the rest in each question it makes.
 */
export const TEMPLATE_WORDING_SHARE = 1 / 3

export interface UndeclaredTemplateReveal {
  template: string
  fact: string
  /** Share of the draws, at the difficulty where it is highest, whose text states the fact's key. */
  share: number
}

/** Facts a template's wording states that it does not declare, or that it names but the bank lacks. */
export function undeclaredTemplateReveals(bank: Bank, templates: readonly ScenarioTemplate[], draws: number): UndeclaredTemplateReveal[] {
  const facts = new Set(bank.items.map(i => i.fact))
  const out: UndeclaredTemplateReveal[] = []
  for (const template of templates) {
    const declared = new Set(template.reveals ?? [])
    const share = new Map<string, number>()
    for (const difficulty of DIFFICULTIES) {
      const rng = createRng(`reveals|${template.id}|${difficulty}`)
      const found = new Map<string, number>()
      for (let i = 0; i < draws; i++) {
        const text = shown(itemTexts(template.generate(rng, difficulty)))
        for (const fact of new Set(bank.items.filter(other => states(text, probeFor(other))).map(other => other.fact)))
          found.set(fact, (found.get(fact) ?? 0) + 1)
      }
      for (const [fact, n] of found)
        share.set(fact, Math.max(share.get(fact) ?? 0, n / draws))
    }
    for (const [fact, s] of share) {
      if (s >= TEMPLATE_WORDING_SHARE && !declared.has(fact))
        out.push({ template: template.id, fact, share: s })
    }
    for (const fact of declared) {
      if (!facts.has(fact))
        out.push({ template: template.id, fact, share: 0 })
    }
  }
  return out
}

/** Item ids the exception lists name that the bank does not have: entries left behind. */
export function unknownStatementIds(bank: Bank): string[] {
  const ids = new Set(bank.items.map(i => i.id))
  const named = [...Object.keys(KEY_STATEMENTS), ...NOT_REVEALS.flatMap(e => [e.id, ...e.in])]
  return [...new Set(named)].filter(id => !ids.has(id))
}

export interface StatedEarlier {
  seed: string
  /** 0-based place of the question whose key was already shown… */
  position: number
  id: string
  /** …and the earlier question that showed it. */
  by: string
}

/**
 * Questions whose key an earlier question of the same quiz already showed: in its stem, an
 * option, a reason, the explanation or a source. Everything counts, as options are always
 * shown and feedback is shown at the end even when a class session hides it.
 */
export function keysStatedEarlier(quizzes: readonly Quiz[]): StatedEarlier[] {
  const out: StatedEarlier[] = []
  for (const quiz of quizzes) {
    const texts = quiz.questions.map(q => shown(questionTexts(q)))
    quiz.questions.forEach((q, position) => {
      const probe = probeFor({ id: q.id, key: q.options[q.answer] ?? '', kind: q.kind })
      const earlier = quiz.questions.findIndex((p, i) =>
        i < position && p.fact !== q.fact && !isListedNonReveal(q.id, p.id) && states(texts[i]!, probe))
      if (earlier >= 0)
        out.push({ seed: quiz.seed, position, id: q.id, by: quiz.questions[earlier]!.id })
    })
  }
  return out
}
