import type { Bank, Quiz } from '../types.ts'
import { isListedNonReveal, KEY_STATEMENTS, NOT_REVEALS, probeFor } from '../bank/key-statements.ts'
import { itemTexts, questionTexts, shown, states } from '../bank/stated.ts'

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
