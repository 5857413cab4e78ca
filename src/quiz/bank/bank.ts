import type { AnswerKind, Bank, BankFileInput, Distractor, Item, Level, QuestionForm, Source, Topic } from '../types.ts'
import { isPlainObject } from '../json.ts'
import { ANSWER_KINDS, QUESTION_FORMS } from '../types.ts'
import { sentencesCited, splitSentences } from './article.ts'

export const BANK_FORMAT_VERSION = 2
/** Forms a bank file may use; `scenario` questions are made by code, not written. */
export const ITEM_FORMS: readonly QuestionForm[] = QUESTION_FORMS.filter(form => form !== 'scenario')
const SOURCE_KINDS = ['article', 'charter', 'rules', 'record'] as const
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const INTEGER_PATTERN = /^\d+$/
/** Three so that easy and hard quizzes can show different ones (one near, one far at least). */
const MIN_DISTRACTORS = 3
/** Topics without an order come after those with one. */
const DEFAULT_TOPIC_ORDER = 100

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

function text(file: string, itemId: string | null, value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new BankError(file, itemId, field, 'must be a non-empty string')
  if (value !== value.trim())
    throw new BankError(file, itemId, field, 'must not start or end with white space')
  return value
}

function parseTopic(file: string, value: unknown): Topic {
  if (!isPlainObject(value))
    throw new BankError(file, null, 'topic', 'must be an object with "id" and "title"')
  const id = text(file, null, value.id, 'topic.id')
  if (!ID_PATTERN.test(id))
    throw new BankError(file, null, 'topic.id', 'must be lowercase kebab-case')
  const order = value.order ?? DEFAULT_TOPIC_ORDER
  if (typeof order !== 'number' || !Number.isInteger(order))
    throw new BankError(file, null, 'topic.order', 'must be a whole number (topics are listed in this order)')
  return { id, title: text(file, null, value.title, 'topic.title'), order }
}

function parseSource(file: string, itemId: string, value: unknown, field: string): Source {
  if (!isPlainObject(value))
    throw new BankError(file, itemId, field, 'must be an object')
  const kind = value.kind
  if (kind === 'article')
    return { kind, quote: text(file, itemId, value.quote, `${field}.quote`) }
  if (kind === 'charter' || kind === 'rules' || kind === 'record') {
    const source: Source = { kind, ref: text(file, itemId, value.ref, `${field}.ref`) }
    if (value.quote !== undefined)
      source.quote = text(file, itemId, value.quote, `${field}.quote`)
    return source
  }
  throw new BankError(file, itemId, `${field}.kind`, `must be one of ${SOURCE_KINDS.join(', ')}`)
}

function parseDistractor(file: string, itemId: string, value: unknown, field: string): Distractor {
  if (!isPlainObject(value))
    throw new BankError(file, itemId, field, 'must be an object with "text", "why" and "near"')
  if (typeof value.near !== 'boolean')
    throw new BankError(file, itemId, `${field}.near`, 'must be true (a tempting, close distractor) or false (one easily ruled out)')
  return {
    text: text(file, itemId, value.text, `${field}.text`),
    why: text(file, itemId, value.why, `${field}.why`),
    near: value.near,
  }
}

function parsePrompt(file: string, itemId: string, value: unknown, field: string): string {
  const prompt = text(file, itemId, value, field)
  if (!prompt.endsWith('?'))
    throw new BankError(file, itemId, field, 'must be a complete question ending in "?"')
  return prompt
}

function parseItem(file: string, topic: string, value: unknown, index: number): Item {
  const where = `items[${index}]`
  if (!isPlainObject(value))
    throw new BankError(file, null, where, 'must be an object')
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id))
    throw new BankError(file, null, `${where}.id`, 'must be a lowercase kebab-case string')
  const id = value.id

  const fact = value.fact === undefined ? id : value.fact
  if (typeof fact !== 'string' || !ID_PATTERN.test(fact))
    throw new BankError(file, id, 'fact', 'must be a lowercase kebab-case name of the fact the item tests')

  const form = value.form
  if (typeof form !== 'string' || !(ITEM_FORMS as readonly string[]).includes(form))
    throw new BankError(file, id, 'form', `must be one of ${ITEM_FORMS.join(', ')}`)

  const kind = value.kind
  if (typeof kind !== 'string' || !(ANSWER_KINDS as readonly string[]).includes(kind))
    throw new BankError(file, id, 'kind', `must be one of ${ANSWER_KINDS.join(', ')}`)

  const level = value.level
  if (level !== 1 && level !== 2 && level !== 3)
    throw new BankError(file, id, 'level', 'must be 1 (a headline fact), 2 (a clear detail) or 3 (a fine point)')

  const prompt = parsePrompt(file, id, value.prompt, 'prompt')
  const rawVariants = value.variants ?? []
  if (!Array.isArray(rawVariants))
    throw new BankError(file, id, 'variants', 'must be a list of other phrasings of the prompt')
  const variants = rawVariants.map((v, i) => parsePrompt(file, id, v, `variants[${i}]`))
  // A set, not indexOf: a long list of variants must not take quadratic time.
  const phrasings = new Set([prompt])
  variants.forEach((v, i) => {
    if (phrasings.has(v))
      throw new BankError(file, id, `variants[${i}]`, 'repeats another phrasing of this item')
    phrasings.add(v)
  })

  const key = text(file, id, value.key, 'key')

  if (!Array.isArray(value.distractors) || value.distractors.length < MIN_DISTRACTORS)
    throw new BankError(file, id, 'distractors', `must be a list of at least ${MIN_DISTRACTORS}`)
  const distractors = value.distractors.map((d, i) => parseDistractor(file, id, d, `distractors[${i}]`))
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

  const explanation = text(file, id, value.explanation, 'explanation')

  if (!Array.isArray(value.sources) || value.sources.length === 0)
    throw new BankError(file, id, 'sources', 'must list at least one source')
  const sources = value.sources.map((s, i) => parseSource(file, id, s, `sources[${i}]`))

  return { id, topic, fact, form: form as QuestionForm, kind: kind as AnswerKind, level: level as Level, prompt, variants, key, distractors, explanation, sources, cites: [] }
}

/** Checks one bank file and returns its topic and items. */
export function parseBankFile(input: BankFileInput): Bank {
  const { file, data } = input
  if (!isPlainObject(data))
    throw new BankError(file, null, '(file)', 'must be a JSON object')
  if (data.version !== BANK_FORMAT_VERSION)
    throw new BankError(file, null, 'version', `must be ${BANK_FORMAT_VERSION} (this app reads format version ${BANK_FORMAT_VERSION})`)
  const topic = parseTopic(file, data.topic)
  if (!Array.isArray(data.items) || data.items.length === 0)
    throw new BankError(file, null, 'items', 'must be a non-empty list')
  // A loop, not map(): map() would first allocate a list as long as the input, however huge,
  // before finding that its first item is malformed.
  const items: Item[] = []
  for (let i = 0; i < data.items.length; i++)
    items.push(parseItem(file, topic.id, data.items[i], i))
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
  bank.topics.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
  return bank
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
