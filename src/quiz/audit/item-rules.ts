import type { Item, Question, Source } from '../types.ts'
import { normaliseOption } from '../bank/bank.ts'
import { inQuantityOrder } from '../bank/quantities.ts'
import { keyProbe, shown, states } from '../bank/stated.ts'

/**
 * The rules of ../shared/ITEM-WRITING.md as code. Hard rules reject a bank item or a generated
 * question; soft rules are counted by the audit.
 */

export interface Violation {
  /** Rule number in ITEM-WRITING.md's list of hard rules. */
  rule: number
  message: string
}

export interface Finding {
  rule: SoftRule
  message: string
}

export type SoftRule = 'key-longest' | 'key-echoes-stem' | 'key-middle' | 'absolute-key' | 'long-stem' | 'long-option' | 'distractor-in-stem'

export const MAX_STEM_WORDS = 35
export const MAX_OPTION_WORDS = 12
/** Share of items that may have a negative (NOT / EXCEPT) stem. */
export const MAX_NEGATIVE_SHARE = 0.1

const BANNED_OPTIONS = /\b(?:all|none) of (?:the above|these|them)\b|\bboth\b.+\band\b|\bneither\b.+\bnor\b/i
const SOURCE_NAMED = /\b(?:article|charter|rules? of procedure|rules|resolution|record|practice|court|press release)\b/i
// "Which of these does the article report…?", "Which statement matches…?": only the options say what is asked.
const ASKS_THE_OPTIONS = /\bwhich (?:of (?:these|the following|them)|statements?|options?)\b/i
const ABSOLUTE = /\b(?:always|never|only|all|none|every)\b/i
/** Option kinds that name someone or something: a stem naming one rules it out as the answer. */
const NAMED_KINDS: ReadonlySet<Item['kind']> = new Set(['country', 'person', 'organisation'])
const STOP_WORDS = new Set('a an and are as at be by did does do for from had has have how in is it its of on or that the their them they this to was were what when where which who whom whose why will with would'.split(' '))

/** Countries a country option may name, besides any the article names. */
export const KNOWN_COUNTRIES = [
  'United States',
  'Russia',
  'China',
  'France',
  'United Kingdom',
  'Ukraine',
  'Hungary',
  'Belarus',
  'North Korea',
  'Sudan',
  'Denmark',
  'Greece',
  'Slovenia',
  'Germany',
  'Poland',
  'India',
  'Brazil',
  'Israel',
]

export interface RuleContext {
  /** The article body; article quotes must be found in it, and person options must be named in it. */
  article: string
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(w => w !== '')
}

/** The last sentence of a stem: the question itself, after any premise. */
export function questionSentence(stem: string): string {
  const parts = stem.split(/(?<=[.!])\s+(?=[A-Z“"])/)
  return parts[parts.length - 1] ?? stem
}

/** A stem phrased negatively in capitals, as rule 8 allows. */
export function isNegativeStem(stem: string): boolean {
  return /\b(?:NOT|EXCEPT)\b/.test(stem)
}

/** Words spelt with a consonant but said with a vowel: "an hour", "an MP", "an 18-vote margin". */
const AN_BEFORE_CONSONANT_SOUND = /^(?:[Hh]our|[Hh]onest|[Hh]onou?r|[Hh]eir|[FHLMNRSX][A-Z]+\b|8|11\b|11-|18\b|18-)/
/** Words spelt with a vowel but said with a consonant: "a one-vote margin", "a UN rule", "a U.S. envoy". */
const A_BEFORE_VOWEL_SOUND = /^(?:[Oo]ne\b|[Oo]nce\b|[Uu]ni|[Uu]nan|[Uu]se|[Uu]su|[Ee]uro|U\.|U[A-Z])/

/** Rule 9: "a" before a consonant sound, "an" before a vowel sound (with the common exceptions). */
export function articleAgreement(text: string): string[] {
  const problems: string[] = []
  for (const m of text.matchAll(/\b(a|an|A|An)\s+([“"‘]?)([\w.’'-]+)/g)) {
    const article = (m[1] ?? '').toLowerCase()
    const next = m[3] ?? ''
    const vowelLetter = /^[aeiou]/i.test(next)
    const startsWithVowelSound = AN_BEFORE_CONSONANT_SOUND.test(next) || (vowelLetter && !A_BEFORE_VOWEL_SOUND.test(next))
    if (article === 'a' && startsWithVowelSound)
      problems.push(`"a ${next}" should be "an ${next}"`)
    if (article === 'an' && !startsWithVowelSound)
      problems.push(`"an ${next}" should be "a ${next}"`)
  }
  return problems
}

function checkSources(sources: readonly Source[], ctx: RuleContext): Violation[] {
  const out: Violation[] = []
  if (sources.length === 0)
    out.push({ rule: 2, message: 'has no source' })
  for (const s of sources) {
    if (s.kind === 'article' && !ctx.article.includes(s.quote))
      out.push({ rule: 2, message: `quotes the article, but not verbatim: "${s.quote.slice(0, 60)}…"` })
    if (s.kind !== 'article' && s.ref.trim() === '')
      out.push({ rule: 2, message: `cites a ${s.kind} source without a reference` })
  }
  return out
}

function checkStem(stem: string): Violation[] {
  const out: Violation[] = []
  if (!stem.endsWith('?'))
    out.push({ rule: 7, message: `stem is not a question ending in "?": "${stem}"` })
  if (!/^[A-Z0-9“"‘]/.test(stem))
    out.push({ rule: 7, message: `stem does not start as a sentence: "${stem}"` })
  if (words(stem).length < 4)
    out.push({ rule: 7, message: `stem is too short to be a complete question: "${stem}"` })
  // A negative stem ("Which of these is NOT…?") is rule 8's to allow, sparingly.
  if (ASKS_THE_OPTIONS.test(questionSentence(stem)) && !isNegativeStem(questionSentence(stem)))
    out.push({ rule: 7, message: `stem cannot be answered with the options covered: "${questionSentence(stem)}"` })
  const question = questionSentence(stem)
  if (/\b(?:not|except)\b/.test(question) && !isNegativeStem(question))
    out.push({ rule: 8, message: `negative stem not in capitals: "${question}"` })
  for (const p of articleAgreement(stem))
    out.push({ rule: 9, message: `in the stem, ${p}` })
  return out
}

/** Rules 3 to 6 and 9 on a set of options (key first or not: order only matters for options stating numbers). */
function checkOptions(options: readonly string[], kind: Item['kind'], ctx: RuleContext, sorted: boolean): Violation[] {
  const out: Violation[] = []
  const seen = new Map<string, string>()
  for (const o of options) {
    if (BANNED_OPTIONS.test(o))
      out.push({ rule: 3, message: `option combines or points to others: "${o}"` })
    const n = normaliseOption(o)
    const twin = seen.get(n)
    if (twin !== undefined)
      out.push({ rule: 4, message: `options "${twin}" and "${o}" are the same` })
    seen.set(n, o)
    for (const p of articleAgreement(o))
      out.push({ rule: 9, message: `in option "${o}", ${p}` })
  }
  switch (kind) {
    case 'number':
      if (!options.every(o => /^\d+$/.test(o)))
        out.push({ rule: 5, message: `number options must all be whole numbers in digits: ${options.join(' | ')}` })
      else if (sorted && options.some((o, i) => i > 0 && Number(options[i - 1]) >= Number(o)))
        out.push({ rule: 6, message: `number options are not in ascending order: ${options.join(' | ')}` })
      break
    case 'person':
      for (const o of options) {
        if (!ctx.article.includes(o))
          out.push({ rule: 5, message: `person option "${o}" is not a name the article gives` })
      }
      break
    case 'country':
      for (const o of options) {
        if (!KNOWN_COUNTRIES.includes(o) && !ctx.article.includes(o))
          out.push({ rule: 5, message: `country option "${o}" is not a known country name` })
      }
      break
    default: {
      if (sorted && inQuantityOrder(options, o => o)?.some((o, i) => o !== options[i]))
        out.push({ rule: 6, message: `options stating numbers are not in ascending order: ${options.join(' | ')}` })
      const capitalised = options.map(o => /^[A-Z0-9“"‘]/.test(o))
      if (capitalised.some(c => c !== capitalised[0]))
        out.push({ rule: 5, message: `options mix capitalised and lowercase starts: ${options.join(' | ')}` })
      const stopped = options.map(o => /[.!]$/.test(o))
      if (stopped.some(c => c !== stopped[0]))
        out.push({ rule: 5, message: `options mix sentences and phrases: ${options.join(' | ')}` })
    }
  }
  if ((kind === 'person' || kind === 'country') && options.some(o => /,|\band\b/.test(o)))
    out.push({ rule: 9, message: `a ${kind} option names more than one: ${options.join(' | ')}` })
  return out
}

function checkExplanation(explanation: string, reasons: readonly (string | null)[]): Violation[] {
  const out: Violation[] = []
  if (!SOURCE_NAMED.test(explanation))
    out.push({ rule: 10, message: 'explanation does not name its source (the article, the Charter, a rule or a record)' })
  if (reasons.some(r => r !== null && r.trim() === ''))
    out.push({ rule: 10, message: 'a distractor has no reason why it is wrong' })
  return out
}

/** Every hard rule that can be checked on one bank item, for each of its phrasings. */
export function checkItem(item: Item, ctx: RuleContext): Violation[] {
  const options = [item.key, ...item.distractors.map(d => d.text)]
  const sortedOptions = inQuantityOrder(options, o => o) ?? options
  return [
    ...[item.prompt, ...item.variants].flatMap(checkStem),
    ...checkOptions(sortedOptions, item.kind, ctx, true),
    ...checkSources(item.sources, ctx),
    ...checkExplanation(item.explanation, item.distractors.map(d => d.why)),
  ]
}

/** Every hard rule on a question as a student sees it. */
export function checkQuestion(q: Question, ctx: RuleContext): Violation[] {
  const out: Violation[] = []
  if (q.options.length < 3)
    out.push({ rule: 1, message: `only ${q.options.length} options` })
  if (q.answer < 0 || q.answer >= q.options.length || q.reasons[q.answer] !== null)
    out.push({ rule: 1, message: 'the answer does not point at the one key' })
  if (q.reasons.filter(r => r === null).length !== 1 || q.reasons.length !== q.options.length)
    out.push({ rule: 1, message: 'there must be exactly one key, and a reason for every other option' })
  return [
    ...out,
    ...checkStem(q.prompt),
    ...checkOptions(q.options, q.kind, ctx, true),
    ...checkSources(q.sources, ctx),
    ...checkExplanation(q.explanation, q.reasons),
  ]
}

/** Rule 8 across the bank: at most a tenth of items may be negative. */
export function checkNegativeShare(items: readonly Item[]): Violation[] {
  const negative = items.filter(i => isNegativeStem(i.prompt)).length
  return negative > MAX_NEGATIVE_SHARE * items.length
    ? [{ rule: 8, message: `${negative} of ${items.length} items have negative stems; at most ${Math.floor(MAX_NEGATIVE_SHARE * items.length)} may` }]
    : []
}

function contentWords(text: string): Set<string> {
  return new Set(
    text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(w => w.length > 2 && !STOP_WORDS.has(w)),
  )
}

/** Content words an option shares with the stem. */
export function stemOverlap(stem: string, option: string): number {
  const s = contentWords(stem)
  return [...contentWords(option)].filter(w => s.has(w)).length
}

/** The soft rules on one question as shown. */
export function auditQuestion(q: Question): Finding[] {
  const out: Finding[] = []
  const key = q.options[q.answer] ?? ''
  const others = q.options.filter((_, i) => i !== q.answer)
  const longestOther = Math.max(...others.map(o => o.length))
  if (q.kind !== 'number' && key.length > 1.5 * longestOther && key.length - longestOther >= 12)
    out.push({ rule: 'key-longest', message: `key "${key}" is much longer than every distractor` })
  const keyOverlap = stemOverlap(q.prompt, key)
  if (keyOverlap > 0 && others.every(o => stemOverlap(q.prompt, o) < keyOverlap))
    out.push({ rule: 'key-echoes-stem', message: `key "${key}" repeats more words of the stem than any distractor` })
  if (q.kind === 'number' && q.options.length % 2 === 1 && q.answer === (q.options.length - 1) / 2)
    out.push({ rule: 'key-middle', message: `key ${key} is the middle value` })
  // "Which European government opposed the amendments France pushed for?" rules out France.
  if (NAMED_KINDS.has(q.kind)) {
    const stem = shown([q.prompt])
    for (const o of others.filter(o => states(stem, keyProbe(o, q.kind))))
      out.push({ rule: 'distractor-in-stem', message: `wrong option "${o}" is named in the stem, which rules it out` })
  }
  if (ABSOLUTE.test(key) && !others.some(o => ABSOLUTE.test(o)))
    out.push({ rule: 'absolute-key', message: `only the key uses an absolute word: "${key}"` })
  if (words(q.prompt).length > MAX_STEM_WORDS)
    out.push({ rule: 'long-stem', message: `stem has ${words(q.prompt).length} words` })
  for (const o of q.options) {
    if (words(o).length > MAX_OPTION_WORDS)
      out.push({ rule: 'long-option', message: `option "${o}" has ${words(o).length} words` })
  }
  return out
}
