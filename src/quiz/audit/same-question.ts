import type { Item, Source } from '../types.ts'
import { normaliseOption } from '../bank/bank.ts'

/**
 * Two items ask the same question when their keys mean the same and they rest on the same
 * source: a teacher exporting the bank would get one question twice, and a student would meet
 * it twice. Keys are compared as options are (case, punctuation, aliases) and with small
 * numbers in words read as digits ("Five" is "5"); a source is the same article sentence, or the
 * same Charter article, rule or record.
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']

/** What a key says, folded so that two ways of writing one answer are equal. */
export function keyMeaning(key: string): string {
  return normaliseOption(key).split(' ').map((word) => {
    const n = NUMBER_WORDS.indexOf(word)
    return n < 0 ? word : String(n)
  }).join(' ')
}

function sourceNames(item: Item): Set<string> {
  const named = (s: Source) => (s.kind === 'article' ? null : `${s.kind}: ${s.ref}`)
  return new Set([...item.cites.map(n => `article sentence ${n}`), ...item.sources.map(named).filter(s => s !== null)])
}

/** Each pair of items that ask the same question, by id, in bank order. */
export function sameQuestions(items: readonly Item[]): [string, string][] {
  const read = items.map(item => ({ id: item.id, key: keyMeaning(item.key), sources: sourceNames(item) }))
  const pairs: [string, string][] = []
  read.forEach((a, i) => {
    for (const b of read.slice(i + 1)) {
      if (a.key === b.key && [...a.sources].some(s => b.sources.has(s)))
        pairs.push([a.id, b.id])
    }
  })
  return pairs
}
