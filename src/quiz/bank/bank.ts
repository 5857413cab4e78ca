import type { Bank, BankFileInput, Item } from '../types.ts'
import * as v from 'valibot'
import { sentencesCited, splitSentences } from './article.ts'
import { CLOSE_NUMBER_DISTANCE, isCloseNumber } from './quantities.ts'
import { fieldOf, FILE_SCHEMA, ITEM_SCHEMA } from './schema.ts'

const INTEGER_PATTERN = /^\d+$/

/** A bank that breaks the format: names the file, the item and the field at fault. */
export class BankError extends Error {
  constructor(
    readonly file: string,
    readonly itemId: string | null,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${itemId === null ? '' : `item "${itemId}": `}field "${field}": ${problem}`)
    this.name = 'BankError'
  }
}

/** Names that mean the same option (rule 4 of ITEM-WRITING.md). */
const ALIASES: Record<string, string> = {
  'us': 'united states',
  'usa': 'united states',
  'u s': 'united states',
  'united states of america': 'united states',
  'washington': 'united states',
  'uk': 'united kingdom',
  'u k': 'united kingdom',
  'britain': 'united kingdom',
  'great britain': 'united kingdom',
  'london': 'united kingdom',
  'paris': 'france',
  'moscow': 'russia',
  'russian federation': 'russia',
  'kyiv': 'ukraine',
}

/** Folds case, spacing, punctuation and known aliases, so duplicate options can be found. */
export function normaliseOption(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
  // Own keys only: "constructor" is an option, not Object.prototype's.
  return Object.hasOwn(ALIASES, folded) ? ALIASES[folded] ?? folded : folded
}

/** The value as the schema reads it, or a BankError for the schema's first complaint. */
function check<const TSchema extends v.GenericSchema>(schema: TSchema, value: unknown, fail: (issue: v.BaseIssue<unknown>) => BankError): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value, { abortEarly: true })
  if (!result.success)
    throw fail(result.issues[0])
  return result.output
}

function parseItem(file: string, topic: string, value: unknown, index: number): Item {
  const { id, fact = id, reveals, form, kind, level, prompt, variants, key, distractors, explanation, sources } = check(ITEM_SCHEMA, value, (issue) => {
    const field = fieldOf(issue)
    // The id is checked first: until it is good, the item is named by its place in the file.
    if (field === '' || field === 'id')
      return new BankError(file, null, field === '' ? `items[${index}]` : `items[${index}].id`, issue.message)
    return new BankError(file, (value as { id: string }).id, field, issue.message)
  })

  // A set, not indexOf: a long list of variants must not take quadratic time.
  const phrasings = new Set([prompt])
  variants.forEach((variant, i) => {
    if (phrasings.has(variant))
      throw new BankError(file, id, `variants[${i}]`, 'repeats another phrasing of this item')
    phrasings.add(variant)
  })

  const revealed = new Set<string>()
  reveals.forEach((name, i) => {
    if (name === fact)
      throw new BankError(file, id, `reveals[${i}]`, `"${name}" is the item's own fact`)
    if (revealed.has(name))
      throw new BankError(file, id, `reveals[${i}]`, `names "${name}" twice`)
    revealed.add(name)
  })

  if (!distractors.some(d => d.near) || !distractors.some(d => !d.near))
    throw new BankError(file, id, 'distractors', 'must include at least one near (true) and one far (false) distractor')

  const seen = new Map<string, string>()
  for (const [i, option] of [key, ...distractors.map(d => d.text)].entries()) {
    const field = i === 0 ? 'key' : `distractors[${i - 1}].text`
    const norm = normaliseOption(option)
    const twin = seen.get(norm)
    if (twin !== undefined)
      throw new BankError(file, id, field, `"${option}" is the same option as ${twin}`)
    seen.set(norm, field)
    if (kind === 'number' && !INTEGER_PATTERN.test(option))
      throw new BankError(file, id, field, 'must be a whole number written in digits, as kind is "number"')
  }

  // Easy and normal questions show no wrong number this close to the key: they need two others.
  if (kind === 'number' && distractors.filter(d => !isCloseNumber(d.text, key)).length < 2)
    throw new BankError(file, id, 'distractors', `must include at least two numbers more than ${CLOSE_NUMBER_DISTANCE} from the key: easy and normal quizzes show no closer one`)

  return { id, topic, fact, reveals, form, kind, level, prompt, variants, key, distractors, explanation, sources, cites: [] }
}

/** Checks one bank file and returns its topic and items. */
export function parseBankFile(input: BankFileInput): Bank {
  const { file, data } = input
  const { topic, items: values } = check(FILE_SCHEMA, data, issue => new BankError(file, null, fieldOf(issue) || '(file)', issue.message))
  // A loop, not map(): map() would first allocate a list as long as the input, however huge,
  // before finding that its first item is malformed.
  const items: Item[] = []
  for (let i = 0; i < values.length; i++)
    items.push(parseItem(file, topic.id, values[i], i))
  return { topics: [topic], items }
}

export interface ParseBankOptions {
  /** The article text: when given, every article quote must be found in it verbatim. */
  article?: string
}

/** Checks every bank file and joins them; ids are unique across the whole bank. */
export function parseBank(files: readonly BankFileInput[], options: ParseBankOptions = {}): Bank {
  const bank: Bank = { topics: [], items: [] }
  const topicFiles = new Map<string, string>()
  const itemFiles = new Map<string, string>()
  for (const input of files) {
    const part = parseBankFile(input)
    for (const topic of part.topics) {
      const other = topicFiles.get(topic.id)
      if (other !== undefined)
        throw new BankError(input.file, null, 'topic.id', `"${topic.id}" is already the topic of ${other}`)
      topicFiles.set(topic.id, input.file)
      bank.topics.push(topic)
    }
    for (const item of part.items) {
      const other = itemFiles.get(item.id)
      if (other !== undefined)
        throw new BankError(input.file, item.id, 'id', `is also used in ${other}`)
      itemFiles.set(item.id, input.file)
      if (options.article !== undefined) {
        checkQuotes(input.file, item, options.article)
        item.cites = citedSentences(item, options.article)
      }
      bank.items.push(item)
    }
  }
  checkRevealedFacts(bank, itemFiles)
  bank.topics.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
  return bank
}

/** Every fact an item says it reveals is a fact some item of the bank tests. */
function checkRevealedFacts(bank: Bank, itemFiles: ReadonlyMap<string, string>): void {
  const facts = new Set(bank.items.map(i => i.fact))
  for (const item of bank.items) {
    item.reveals?.forEach((name, i) => {
      if (!facts.has(name))
        throw new BankError(itemFiles.get(item.id) ?? '', item.id, `reveals[${i}]`, `"${name}" is not the fact of any item`)
    })
  }
}

function citedSentences(item: Item, article: string): number[] {
  const sentences = splitSentences(article)
  const cited = item.sources.flatMap(s => (s.kind === 'article' ? sentencesCited(sentences, article, s.quote).map(x => x.n) : []))
  return [...new Set(cited)].sort((a, b) => a - b)
}

function checkQuotes(file: string, item: Item, article: string): void {
  item.sources.forEach((source, i) => {
    if (source.kind === 'article' && !article.includes(source.quote))
      throw new BankError(file, item.id, `sources[${i}].quote`, 'is not found verbatim in the article')
  })
}

/** The article body: the seed file less its headline and standfirst. */
export function articleBody(seedText: string): string {
  return seedText.split('\n').slice(2).join('\n').trim()
}
