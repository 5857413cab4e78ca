import type { ClassRecord } from '../classroom/classes.ts'
import type { ReviewCard, ReviewDeck } from '../practice/review.ts'
import type { Attempt } from './saved.ts'
import { MAX_CLASSES } from '../classroom/classes.ts'
import { MAX_HISTORY } from './saved.ts'

/**
 * Joining what another tab stored with what this tab holds, before either is written. Nothing
 * either side has is lost (up to the caps), and the stored side wins ties and keeps its order:
 * when the stored value already holds everything this tab has, the merge is the stored value
 * itself, so two tabs that merge each other's writes settle instead of writing back and forth.
 */

/** Every attempt of both, one per id, newest first; an attempt only `mine` has goes in by its time. */
export function mergeHistory(stored: readonly Attempt[], mine: readonly Attempt[]): Attempt[] {
  const ids = new Set(stored.map(a => a.id))
  const merged = [...stored]
  for (const attempt of mine) {
    if (ids.has(attempt.id))
      continue
    ids.add(attempt.id)
    const at = merged.findIndex(a => a.finishedAt < attempt.finishedAt)
    merged.splice(at === -1 ? merged.length : at, 0, attempt)
  }
  return merged.slice(0, MAX_HISTORY)
}

/**
 * Of two cards for one fact, the later. Cards carry no answer time, but `seen` counts answers,
 * so the card answered more often has the later answer. Two cards answered as often come from
 * the same card answered in two tabs at once: the one with more lapses, then the lower box,
 * then the earlier due day wins, so the fact comes back sooner rather than later.
 */
export function laterCard(stored: ReviewCard, mine: ReviewCard): ReviewCard {
  const order = mine.seen - stored.seen
    || mine.lapses - stored.lapses
    || stored.box - mine.box
    || (mine.due < stored.due ? 1 : mine.due > stored.due ? -1 : 0)
  return order > 0 ? mine : stored
}

/** Every fact of both, each with its later card. */
export function mergeDecks(stored: ReviewDeck, mine: ReviewDeck): ReviewDeck {
  const merged: ReviewDeck = {}
  const put = (fact: string, card: ReviewCard) =>
    Object.defineProperty(merged, fact, { value: card, enumerable: true, writable: true, configurable: true })
  for (const [fact, card] of Object.entries(stored))
    put(fact, Object.hasOwn(mine, fact) ? laterCard(card, mine[fact]!) : card)
  for (const [fact, card] of Object.entries(mine)) {
    if (!Object.hasOwn(stored, fact))
      put(fact, card)
  }
  return merged
}

/** One session from both copies: the earlier creation time, every result of either by its code. */
function mergeClass(stored: ClassRecord, mine: ClassRecord): ClassRecord {
  const codes = new Set(stored.results.map(r => r.code))
  const extra = mine.results.filter(r => !codes.has(r.code))
  if (extra.length === 0 && stored.createdAt <= mine.createdAt)
    return stored
  return {
    joinCode: stored.joinCode,
    createdAt: stored.createdAt <= mine.createdAt ? stored.createdAt : mine.createdAt,
    results: [...stored.results, ...extra],
  }
}

/** Every session of both by join code; a session only `mine` has goes first, as the one just used. */
export function mergeClasses(stored: readonly ClassRecord[], mine: readonly ClassRecord[]): ClassRecord[] {
  const own = new Map(mine.map(r => [r.joinCode, r]))
  const storedCodes = new Set(stored.map(r => r.joinCode))
  const both = stored.map((r) => {
    const other = own.get(r.joinCode)
    return other === undefined ? r : mergeClass(r, other)
  })
  return [...mine.filter(r => !storedCodes.has(r.joinCode)), ...both].slice(0, MAX_CLASSES)
}

/** Whether two JSON values hold the same data, whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b)
    return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]))
  const ka = Object.keys(a)
  const rb = b as Record<string, unknown>
  return ka.length === Object.keys(b).length
    && ka.every(k => Object.hasOwn(rb, k) && sameData((a as Record<string, unknown>)[k], rb[k]))
}
