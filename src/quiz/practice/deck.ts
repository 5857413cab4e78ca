import type { Check, Salvaged } from '../saved/check.ts'
import type { ReadResult } from '../saved/envelope.ts'
import type { ReviewCard, ReviewDeck } from './review.ts'
import { fail, int, Invalid, record, str } from '../saved/check.ts'
import { firstOf, readEnvelope, salvaged } from '../saved/envelope.ts'
import { isDay, MAX_BOX } from './review.ts'

/** The review schedule kept on the device: how it is read back and how two copies merge. */

const FACT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const reviewCard: Check<ReviewCard> = (v, p) => {
  const r = record(v, p)
  const fact = str(r.fact, `${p}.fact`)
  if (!FACT_NAME.test(fact))
    fail(`${p}.fact`, 'a fact name')
  const box = int(r.box, `${p}.box`)
  if (box < 1 || box > MAX_BOX)
    fail(`${p}.box`, `a box from 1 to ${MAX_BOX}`)
  const due = str(r.due, `${p}.due`)
  if (!isDay(due))
    fail(`${p}.due`, 'a day such as 2026-11-27')
  const seen = int(r.seen, `${p}.seen`)
  const lapses = int(r.lapses, `${p}.lapses`)
  if (lapses > seen || seen === 0)
    fail(`${p}.lapses`, 'at most the times seen, which is at least one')
  return { fact, box, due, seen, lapses }
}

/** Adds a card under its fact name. Defined, not assigned: no fact name can reach a prototype. */
function put(deck: ReviewDeck, fact: string, card: ReviewCard): void {
  Object.defineProperty(deck, fact, { value: card, enumerable: true, writable: true, configurable: true })
}

/** A deck from a stored object; the fact name is checked before it is used as a key. */
function deckOf(v: unknown, p: string, onBadCard: (error: Invalid) => void): ReviewDeck {
  const r = record(v, p)
  const deck: ReviewDeck = {}
  for (const [key, value] of Object.entries(r)) {
    try {
      const card = reviewCard(value, `${p}.${key}`)
      if (card.fact !== key)
        fail(`${p}.${key}.fact`, 'the name it is stored under')
      put(deck, key, card)
    }
    catch (error) {
      if (!(error instanceof Invalid))
        throw error
      onBadCard(error)
    }
  }
  return deck
}

/** Reads the review schedule; cards that do not check out are dropped and reported, the rest kept. */
export function readReview(raw: string | null): ReadResult<ReviewDeck> {
  const result = readEnvelope(raw, (v, p): Salvaged<ReviewDeck> => {
    const dropped: string[] = []
    return { kept: deckOf(v, p, error => dropped.push(error.message)), dropped }
  }, 'review')
  return salvaged(result, dropped => `${dropped.length} review card${dropped.length === 1 ? '' : 's'} could not be read (${firstOf(dropped)})`)
}

export const checkDeck: Check<ReviewDeck> = (v, p) => deckOf(v, p, (error) => {
  throw error
})

/**
 * Of two cards for one fact, the later. Cards carry no answer time, but `seen` counts answers,
 * so the card answered more often has the later answer. Two cards answered as often come from
 * the same card answered in two places at once: the one with more lapses, then the lower box,
 * then the earlier due day wins, so the fact comes back sooner rather than later; and on a
 * full tie, `stored`.
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
  for (const [fact, card] of Object.entries(stored))
    put(merged, fact, Object.hasOwn(mine, fact) ? laterCard(card, mine[fact]!) : card)
  for (const [fact, card] of Object.entries(mine)) {
    if (!Object.hasOwn(stored, fact))
      put(merged, fact, card)
  }
  return merged
}
