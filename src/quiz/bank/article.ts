import type { Bank } from '../types.ts'

/**
 * The article as a list of sentences, each with its place in the text, so items can be traced
 * back to the sentences they cite.
 */

export interface Sentence {
  /** 1-based number in reading order. */
  n: number
  /** 1-based paragraph number. */
  paragraph: number
  text: string
  start: number
  end: number
}

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = ['U.S.', 'U.N.', 'U.K.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.']

function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATIONS.some(a => text.endsWith(` ${a}`) || text === a)
}

/**
 * Splits the article body into sentences. A sentence ends at . ! or ? (with any closing quote)
 * followed by white space and a capital letter or an opening quote; so a quotation of several
 * sentences yields several sentences, each citable on its own.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  let offset = 0
  for (const line of body.split('\n')) {
    const lineStart = offset
    offset += line.length + 1
    if (line.trim() === '')
      continue
    paragraph++
    const boundary = /[.!?][”’"]?(?=\s+[A-Z“"‘])/g
    let from = 0
    const cut = (to: number) => {
      const raw = line.slice(from, to)
      const text = raw.trim()
      if (text !== '') {
        const start = lineStart + from + raw.indexOf(text)
        sentences.push({ n: sentences.length + 1, paragraph, text, start, end: start + text.length })
      }
      from = to
    }
    for (const m of line.matchAll(boundary)) {
      const to = m.index + m[0].length
      if (!endsWithAbbreviation(line.slice(from, to).trim()))
        cut(to)
    }
    cut(line.length)
  }
  return sentences
}

/** The sentences a verbatim quote overlaps; none when the quote is not in the text. */
export function sentencesCited(sentences: readonly Sentence[], body: string, quote: string): Sentence[] {
  const start = body.indexOf(quote)
  if (start < 0 || quote === '')
    return []
  const end = start + quote.length
  return sentences.filter(s => s.start < end && start < s.end)
}

export interface SentenceCoverage {
  sentence: Sentence
  items: string[]
}

export function sentenceCoverage(bank: Bank, body: string): SentenceCoverage[] {
  const sentences = splitSentences(body)
  const cover = new Map<number, Set<string>>(sentences.map(s => [s.n, new Set<string>()]))
  for (const item of bank.items) {
    for (const source of item.sources) {
      if (source.kind !== 'article')
        continue
      for (const s of sentencesCited(sentences, body, source.quote))
        cover.get(s.n)?.add(item.id)
    }
  }
  return sentences.map(s => ({ sentence: s, items: [...(cover.get(s.n) ?? [])].sort() }))
}
