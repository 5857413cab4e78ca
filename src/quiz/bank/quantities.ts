import type { Item } from '../types.ts'
import { leadingQuantity } from './stated.ts'

/**
 * How options that are, or state, numbers are shown (ITEM-WRITING.md rule 6 and "Habits that
 * make weak items"): in ascending order, and with the nearest wrong numbers kept for hard
 * questions.
 */

/**
 * The options in the order a student sees them when each states a quantity: numbers ("93") and
 * text such as "84 %", "about 93 countries" or "Of the 111 votes cast, …", by the first number
 * each gives. Options stating the same number keep the order given. Null when some option
 * states none: then nothing orders them.
 */
export function inQuantityOrder<T>(options: readonly T[], text: (option: T) => string): T[] | null {
  const valued = options.map(o => ({ o, value: leadingQuantity(text(o)) }))
  if (valued.some(v => v.value === null))
    return null
  return valued.sort((a, b) => (a.value ?? 0) - (b.value ?? 0)).map(v => v.o)
}

/** Whether every option an item may show states a quantity, so that its questions are sorted. */
export function sortsByQuantity(item: Pick<Item, 'kind' | 'key' | 'distractors'>): boolean {
  return item.kind === 'number' || [item.key, ...item.distractors.map(d => d.text)].every(t => leadingQuantity(t) !== null)
}

/**
 * A wrong number this close to the key is the hardest kind to rule out (89 against 90): only
 * hard questions show one. Easy and normal ones keep to numbers further off.
 */
export const CLOSE_NUMBER_DISTANCE = 2

export function isCloseNumber(value: string, key: string): boolean {
  return Math.abs(Number(value) - Number(key)) <= CLOSE_NUMBER_DISTANCE
}
