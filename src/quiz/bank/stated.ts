import type { AnswerKind, Item, Question } from '../types.ts'

/**
 * What a question shows a student states answers: a tally printed in one stem answers "how many
 * voted…?" later in the quiz. This is the text search behind that check (ITEM-WRITING.md, "One
 * quiz never gives itself away"): numbers are searched as whole numbers, other answers as
 * phrases with case, punctuation and spacing folded.
 */

const CARDINALS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ')
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ')

/** Number words, cardinal and ordinal, read as the numbers they are: "nine" states 9. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(CARDINALS.map((w, i) => [w, i + 1])),
  ...Object.fromEntries(ORDINALS.map((w, i) => [w, i + 1])),
  fifteenth: 15,
  twentieth: 20,
  thirty: 30,
  thirtieth: 30,
  forty: 40,
  fifty: 50,
}
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi')

/**
 * Identifiers are names, not quantities: the numbers of Charter articles and their paragraphs,
 * rules, resolutions and UN documents say nothing of a count, and nor does the day of a date.
 * "Article 18(2)" does not state 18 votes against, nor "28 February" a margin of 28. One
 * exception is kept on purpose: an emergency special session's symbol, ES-11, names the
 * session's number, which a question may ask. Years are kept: a question may ask for one.
 */
const IDENTIFIERS: readonly RegExp[] = [
  /\b\d{1,2}(?=\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
  /\bArticles?\s\d+(?:\(\d+\))*(?:(?:,\s?|\s(?:and|to|or)\s)(?:\d+(?:\(\d+\))*|(?:\(\d+\))+))*/gi,
  /\brules?\s+\d+(?:\s*\([a-z]\))?/gi,
  /\bresolutions?\s+\d+(?!\s*\/)/gi,
  /\b\d+\s+[A-Z]\s+\([IVXLC]+\)/g,
  /\b\d+\s+\([IVXLC]+\)/g,
  // Document symbols: A/ES-11/L.10, S/PV.9866, GA/12677, 76/262, ES-11/7 (keeping "ES-11").
  /[\w.-]*\/[\w./-]*/g,
]
const SESSION_SYMBOL = /\bES-(\d+)/g

function numberWordsAsDigits(text: string): string {
  return text.replace(NUMBER_WORD, word => String(NUMBER_WORDS[word.toLowerCase()]))
}

/** Text folded for phrase search: case, punctuation and spacing, with a space at each end. */
export function foldText(text: string): string {
  const folded = numberWordsAsDigits(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return ` ${folded} `
}

function withoutIdentifiers(text: string): string {
  let plain = text
  for (const pattern of IDENTIFIERS)
    plain = plain.replace(pattern, ' ')
  return plain
}

/** Numbers in digits, not inside a name such as MH17. */
const DIGITS = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*/gu

/** The quantities a text states: its numbers, written in digits or words, outside identifiers. */
export function numbersIn(text: string): Set<string> {
  const plain = text.normalize('NFKC')
  const sessions = [...plain.matchAll(SESSION_SYMBOL)].map(m => m[1] ?? '')
  const found = new Set(sessions)
  for (const m of numberWordsAsDigits(withoutIdentifiers(plain)).matchAll(DIGITS))
    found.add(m[0])
  return found
}

/**
 * The first quantity a text states in digits, outside identifiers: 84 in "84 %", 93 in "about
 * 93 countries", 111 in "Of the 111 votes cast, …"; null if none. Number words are left out:
 * "two-thirds" or "one vote" does not make an option numeric.
 */
export function leadingQuantity(text: string): number | null {
  const m = withoutIdentifiers(text.normalize('NFKC')).match(DIGITS)
  return m === null ? null : Number(m[0].replace(/,/g, ''))
}

/** One text as the search reads it: its quantities, and its words folded. */
interface ReadText {
  numbers: ReadonlySet<string>
  folded: string
  /** Phrase probes already tried on this text: the answer for each. */
  tried: Map<Probe, boolean>
}

/** Texts already read: the same stems, reasons and quotes recur in quiz after quiz. */
const readTexts = new Map<string, ReadText>()
const READ_TEXTS_KEPT = 20_000

function read(text: string): ReadText {
  let found = readTexts.get(text)
  if (found === undefined) {
    if (readTexts.size >= READ_TEXTS_KEPT)
      readTexts.clear()
    found = { numbers: numbersIn(text), folded: foldText(text), tried: new Map() }
    readTexts.set(text, found)
  }
  return found
}

/** What a student can read of a set of texts, ready to be searched. */
export interface Shown {
  readonly texts: readonly ReadText[]
}

export function shown(texts: readonly string[]): Shown {
  return { texts: texts.map(read) }
}

/**
 * Every text a student may be shown of an item, in any phrasing and at any difficulty, with
 * feedback on or off: its stems, every option (a hard quiz shows more of them), every reason
 * a wrong option is wrong, the explanation and the sources it quotes or names.
 */
export function itemTexts(item: Item): string[] {
  return [
    item.prompt,
    ...item.variants,
    item.key,
    ...item.distractors.flatMap(d => [d.text, d.why]),
    item.explanation,
    ...sourceTexts(item.sources),
  ]
}

/** What one question shows: its stem, options, reasons, explanation and sources. */
export function questionTexts(q: Question): string[] {
  return [q.prompt, ...q.options, ...q.reasons.filter(r => r !== null), q.explanation, ...sourceTexts(q.sources)]
}

function sourceTexts(sources: Item['sources']): string[] {
  return sources.flatMap(s => (s.kind === 'article' ? [s.quote] : [s.ref, ...(s.quote === undefined ? [] : [s.quote])]))
}

/** Spellings of one country, as the bank's options fold them (rule 4); "US" is left out, as "us". */
const COUNTRY_SPELLINGS: readonly (readonly string[])[] = [
  ['united states', 'u s', 'usa', 'washington'],
  ['united kingdom', 'uk', 'u k', 'britain', 'london'],
  ['france', 'paris'],
  ['russia', 'russian federation', 'moscow'],
  ['ukraine', 'kyiv'],
]

/** How a text would state an answer: the numbers that are it, or the phrases that say it. */
export type Probe = { numbers: readonly string[] } | { phrases: readonly string[] }

const keyProbes = new Map<string, Probe>()

/** The probe for a key: its number if it is one, else the key (and its other spellings) as a phrase. */
export function keyProbe(key: string, kind: AnswerKind): Probe {
  if (kind === 'number' || /^\d+$/.test(key))
    return { numbers: [String(Number(key))] }
  // One probe per key, so that each text remembers its answer to it.
  let probe = keyProbes.get(key)
  if (probe === undefined) {
    const folded = foldText(key).replace(/^ (?:the|a|an) /, ' ')
    const spellings = COUNTRY_SPELLINGS.find(s => s.includes(folded.trim()))
    probe = { phrases: spellings === undefined ? [folded] : spellings.map(s => ` ${s} `) }
    if (keyProbes.size >= READ_TEXTS_KEPT)
      keyProbes.clear()
    keyProbes.set(key, probe)
  }
  return probe
}

/** The probe for phrases written by hand (see key-statements.ts). */
export function phraseProbe(phrases: readonly string[]): Probe {
  return { phrases: phrases.map(foldText) }
}

export function states(text: Shown, probe: Probe): boolean {
  if ('numbers' in probe)
    return text.texts.some(t => probe.numbers.some(n => t.numbers.has(n)))
  return text.texts.some((t) => {
    let said = t.tried.get(probe)
    if (said === undefined) {
      said = probe.phrases.some(p => t.folded.includes(p))
      t.tried.set(probe, said)
    }
    return said
  })
}
