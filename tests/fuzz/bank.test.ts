import type { Bank, BankFileInput } from '~/quiz/types'
// @vitest-environment node
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readArticle, readBankFiles } from '~/build/load-bank'
import { BankError, normaliseOption, parseBank, parseBankFile } from '~/quiz/bank/bank'
import { isCloseNumber } from '~/quiz/bank/quantities'
import { BANK_FORMAT_VERSION, ITEM_FORMS } from '~/quiz/bank/schema'
import { ANSWER_KINDS } from '~/quiz/types'
import { fuzz, FUZZ_TIMEOUT_MS, medianMs, QUICK_MS } from './fuzz'
import { anyText, ensure, expectPlainData, expectPrototypesClean, jsonMutationsArb, mutateJson, nastyValue } from './mutate'

/**
 * The bank parser throws by design: a bad bank must stop the build. So "never throws" here means
 * it throws nothing but a BankError naming the file, the item and the field, and whatever it
 * returns keeps every promise the parser makes about a bank.
 */

const SEED = 20_260_305
const root = fileURLToPath(new URL('../..', import.meta.url))
const REAL = readBankFiles(`${root}/questions`, root)
const ARTICLE = readArticle(`${root}/seeds`)

type Fields = Record<string, unknown>
const itemsOf = (input: BankFileInput): Fields[] => (input.data as { items: Fields[] }).items
const ALL_ITEMS = REAL.flatMap(itemsOf)

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v === v.trim()

// --- inputs ---------------------------------------------------------------------------------

/** A real bank file cut to a few of its items (cheap to parse ten thousand times). */
const realFileArb: fc.Arbitrary<BankFileInput> = fc.record({
  file: fc.nat({ max: REAL.length - 1 }),
  picks: fc.uniqueArray(fc.nat({ max: 200 }), { minLength: 1, maxLength: 3 }),
}).map(({ file, picks }) => {
  const input = REAL[file] as BankFileInput
  const items = itemsOf(input)
  const chosen = [...new Set(picks.map(p => p % items.length))].map(i => items[i] as Fields)
  // What the kept items reveal of facts cut away would be refused, and rightly: keep the rest.
  const facts = new Set(chosen.map(i => i.fact))
  const kept = chosen.map(i => ({ ...i, reveals: (i.reveals as string[] | undefined ?? []).filter(f => facts.has(f)) }))
  return { file: input.file, data: { ...(input.data as Fields), items: kept } }
})

/** Field values to swap between items: real ones, near misses the rules must catch, and hostile ones. */
function pool(field: string, extra: unknown[]): fc.Arbitrary<unknown> {
  const real = ALL_ITEMS.map(i => i[field]).filter(v => v !== undefined)
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: fc.constantFrom(undefined, ...extra) }, { weight: 1, arbitrary: nastyValue })
}

const optionTexts = ['US', 'the United States', 'USA', 'United States of America', 'Washington', 'U.S.', 'UK', 'Britain', 'constructor', 'Constructor', '__proto__', 'toString', '93', '093', ' 93', '９３', '9 3', 'Russia', 'russia!', 'Moscow', 'Kyiv', 'Ukraine']
const distractorArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALL_ITEMS.flatMap(i => i.distractors as unknown[])) },
  { weight: 4, arbitrary: fc.record({ text: fc.constantFrom(...optionTexts), why: fc.constantFrom('Wrong.', 'Also wrong.', 'Not so.', ' Wrong.', ''), near: fc.boolean() }, { noNullPrototype: true }) },
)

/** Near misses for each field, which the rules must catch (undefined deletes the field). */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  id: pool('id', ['constructor', '__proto__', 'Upper-Case', 'a--b', '-a', 'a-', 'ok-id']),
  fact: pool('fact', ['constructor', 'has space', '']),
  reveals: pool('reveals', [[], ['tally-yes', 'tally-yes'], ['Not Kebab'], 'tally-no', [null], ['constructor'], ['__proto__']]),
  form: pool('form', ['scenario', 'WHO', '']),
  kind: pool('kind', ['number', 'Number']),
  level: pool('level', [0, 4, 1.5, '1', 2]),
  prompt: pool('prompt', ['No question mark', ' Leading space?', 'Trailing space? ', '?', 'Is it?']),
  variants: fc.oneof(pool('variants', [[], ['Is it?', 'Is it?'], ['Is it?'], 'Is it?', [null]]), fc.array(fc.constantFrom('Is it?', 'Is it so?', 'Is it', ' Is it?'), { maxLength: 4 })),
  key: fc.oneof(pool('key', optionTexts), fc.constantFrom(...optionTexts)),
  distractors: fc.oneof({ weight: 1, arbitrary: pool('distractors', []) }, { weight: 3, arbitrary: fc.array(distractorArb, { minLength: 2, maxLength: 5 }) }),
  explanation: pool('explanation', ['', ' x']),
  sources: pool('sources', [[], [{ kind: 'article', quote: 'not in the article' }], [{ kind: 'charter' }], [{ kind: 'rules', ref: 'r', quote: '' }], [{ kind: 'blog', ref: 'x' }]]),
  extra: fc.constantFrom(undefined, 1),
  // Key and distractors together, from names that fold alike ("US", "the United States").
  options: fc.record({
    key: fc.constantFrom(...optionTexts),
    distractors: fc.array(fc.record({ text: fc.constantFrom(...optionTexts), why: fc.constant('Wrong.'), near: fc.boolean() }, { noNullPrototype: true }), { minLength: 3, maxLength: 4 }),
  }, { noNullPrototype: true }),
}

/** A real item with a few fields swapped for near misses or another item's, or deleted. */
const plausibleItemArb: fc.Arbitrary<Fields> = fc.tuple(
  fc.constantFrom(...ALL_ITEMS),
  fc.array(fc.constantFrom(...Object.keys(FIELD_VALUES)).chain(field => fc.tuple(fc.constant(field), FIELD_VALUES[field] ?? fc.constant(undefined))), { minLength: 1, maxLength: 3 }),
).map(([item, swaps]) => {
  const out: Fields = { ...item }
  for (const [field, value] of swaps) {
    if (field === 'options')
      Object.assign(out, value)
    else if (value === undefined)
      delete out[field]
    else
      out[field] = value
  }
  return out
})

const topicArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...REAL.map(r => (r.data as Fields).topic)) },
  { weight: 1, arbitrary: fc.record({ id: fc.constantFrom('vote', 'Vote', 'new-topic', 'constructor', ''), title: fc.constantFrom('T', ' T', ''), order: fc.constantFrom(1, 100, -3, 1.5, 1e308, '1', null) }, { requiredKeys: ['id', 'title'], noNullPrototype: true }) },
  { weight: 1, arbitrary: nastyValue },
)

const plausibleFileArb: fc.Arbitrary<BankFileInput> = fc.record({
  file: fc.constantFrom('questions/a.json', 'questions/b.json'),
  version: fc.oneof({ weight: 16, arbitrary: fc.constant(BANK_FORMAT_VERSION) }, { weight: 1, arbitrary: nastyValue }),
  topic: topicArb,
  items: fc.oneof({ weight: 8, arbitrary: fc.array(plausibleItemArb, { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: nastyValue }),
}).map(({ file, ...data }) => ({ file, data: JSON.parse(JSON.stringify(data)) as unknown }))

/** A bank file of any of the kinds above, or anything at all, damaged in its structure. */
const fileArb: fc.Arbitrary<BankFileInput> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(realFileArb, jsonMutationsArb(0, 3)).map(([input, mutations]) => ({ file: input.file, data: mutateJson(input.data, mutations) })) },
  { weight: 6, arbitrary: plausibleFileArb },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(data => ({ file: 'questions/any.json', data })) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 3 }).map(data => ({ file: 'questions/object.json', data: JSON.parse(JSON.stringify(data)) as unknown })) },
)

// --- what a parse may end in ----------------------------------------------------------------

/** A BankError naming a file that was given, a field, and an item that file holds. */
function ensureBankError(error: unknown, inputs: readonly BankFileInput[]): void {
  ensure(error instanceof BankError, () => `threw ${String(error)} instead of a BankError`)
  const input = inputs.find(i => i.file === error.file)
  ensure(input !== undefined, () => `names file ${error.file}, which was not given`)
  ensure(typeof error.field === 'string' && error.field.length > 0 && typeof error.problem === 'string' && error.problem.length > 0, 'names no field or problem')
  ensure(error.message.includes(error.file) && error.message.includes(`field "${error.field}"`), () => `message ${error.message} does not name file and field`)
  const data = input.data as Fields
  const items = typeof data === 'object' && data !== null && Array.isArray(data.items) ? data.items as unknown[] : []
  if (error.itemId !== null) {
    ensure(error.message.includes(`item "${error.itemId}"`), 'message does not name the item')
    ensure(items.some(i => typeof i === 'object' && i !== null && (i as Fields).id === error.itemId), () => `names item ${error.itemId}, which ${error.file} does not hold`)
  }
  const at = /^items\[(\d+)\]/.exec(error.field)
  if (at !== null)
    ensure(Number(at[1]) < items.length, () => `names ${error.field} of ${items.length} items`)
}

/** Every promise parseBank makes about what it returns. */
function ensureBank(bank: Bank, inputs: readonly BankFileInput[], article: string | undefined, whole: boolean): void {
  expectPrototypesClean()
  expectPlainData(bank, 'bank')
  ensure(Object.keys(bank).sort().join() === 'items,topics', 'bank fields')
  const topicIds = bank.topics.map(t => t.id)
  ensure(new Set(topicIds).size === topicIds.length && bank.topics.length === inputs.length, 'one topic per file, none twice')
  bank.topics.forEach((t, i) => {
    ensure(Object.keys(t).sort().join() === 'id,order,title' && KEBAB.test(t.id) && isText(t.title) && Number.isInteger(t.order), () => `topic ${JSON.stringify(t)}`)
    const prev = bank.topics[i - 1]
    ensure(prev === undefined || prev.order < t.order || (prev.order === t.order && prev.id < t.id), 'topics out of order')
  })
  const given = inputs.flatMap(itemsOf)
  ensure(bank.items.length === given.length, 'items were dropped or added')
  // Ids are unique across the whole bank: parseBank checks that, not parseBankFile.
  ensure(!whole || new Set(bank.items.map(i => i.id)).size === bank.items.length, 'an item id is used twice')
  bank.items.forEach((item, n) => {
    const p = `items[${n}] (${item.id})`
    const source = given[n] as Fields
    ensure(Object.keys(item).sort().join() === 'cites,distractors,explanation,fact,form,id,key,kind,level,prompt,reveals,sources,topic,variants', `${p}: fields`)
    ensure(item.id === source.id && item.prompt === source.prompt && item.key === source.key && item.explanation === source.explanation, `${p}: text changed in parsing`)
    ensure(KEBAB.test(item.id) && KEBAB.test(item.fact) && topicIds.includes(item.topic), `${p}: id, fact or topic`)
    ensure(ITEM_FORMS.includes(item.form) && ANSWER_KINDS.includes(item.kind) && [1, 2, 3].includes(item.level), `${p}: form, kind or level`)
    ensure(isText(item.prompt) && item.prompt.endsWith('?'), `${p}: prompt`)
    ensure(item.variants.every(v => isText(v) && v.endsWith('?')) && new Set([item.prompt, ...item.variants]).size === item.variants.length + 1, `${p}: variants`)
    ensure(isText(item.key) && isText(item.explanation), `${p}: key or explanation`)
    const reveals = item.reveals ?? []
    ensure(reveals.every(f => KEBAB.test(f) && f !== item.fact) && new Set(reveals).size === reveals.length, `${p}: reveals`)
    // That each names a fact of the bank is parseBank's to check, across files.
    ensure(!whole || reveals.every(f => bank.items.some(other => other.fact === f)), `${p}: reveals a fact no item tests`)
    ensure(item.distractors.length >= 3 && item.distractors.every(d => isText(d.text) && isText(d.why) && typeof d.near === 'boolean'), `${p}: distractors`)
    ensure(item.distractors.some(d => d.near) && item.distractors.some(d => !d.near), `${p}: needs a near and a far distractor`)
    ensure(item.kind !== 'number' || item.distractors.filter(d => !isCloseNumber(d.text, item.key)).length >= 2, `${p}: needs two wrong numbers off the key for easy questions`)
    const options = [item.key, ...item.distractors.map(d => d.text)]
    const folded = options.map(normaliseOption)
    ensure(folded.every(f => typeof f === 'string') && new Set(folded).size === options.length, () => `${p}: options ${JSON.stringify(options)} repeat one another`)
    ensure(item.kind !== 'number' || options.every(o => /^\d+$/.test(o)), `${p}: a number item with an option not in digits`)
    ensure(item.sources.length >= 1, `${p}: no source`)
    item.sources.forEach((s) => {
      const fields = Object.keys(s).sort().join()
      ensure(s.kind === 'article' ? fields === 'kind,quote' && isText(s.quote) : ['charter', 'rules', 'record'].includes(s.kind) && isText(s.ref) && (fields === 'kind,ref' || (fields === 'kind,quote,ref' && isText(s.quote))), () => `${p}: source ${JSON.stringify(s)}`)
      ensure(article === undefined || s.kind !== 'article' || article.includes(s.quote), `${p}: quote not in the article`)
    })
    ensure(item.cites.every((c, i) => Number.isInteger(c) && c >= 1 && (i === 0 || c > (item.cites[i - 1] ?? 0))), `${p}: cites not ascending sentence numbers`)
    ensure(article !== undefined || item.cites.length === 0, `${p}: cites without an article`)
    ensure(article === undefined || (item.cites.length > 0) === item.sources.some(s => s.kind === 'article'), `${p}: an article quote that cites no sentence`)
  })
}

function parseOutcome(inputs: readonly BankFileInput[], parse: () => Bank, whole: boolean, article?: string): Bank | null {
  let bank: Bank
  try {
    bank = parse()
  }
  catch (error) {
    ensureBankError(error, inputs)
    expectPrototypesClean()
    return null
  }
  ensureBank(bank, inputs, article, whole)
  return bank
}

// --- the properties -------------------------------------------------------------------------

describe('parseBankFile (fuzz)', () => {
  it('throws only BankErrors that name file, item and field; what it returns is a valid bank', () => {
    fuzz(fc.property(fileArb, (input) => {
      parseOutcome([input], () => parseBankFile(input), false)
    }), { seed: SEED })
  }, FUZZ_TIMEOUT_MS)

  it('accepts every real bank file cut to any of its items', () => {
    fuzz(fc.property(realFileArb, (input) => {
      ensure(parseOutcome([input], () => parseBankFile(input), false) !== null, 'a real item was refused')
    }), { seed: SEED + 1 })
  }, FUZZ_TIMEOUT_MS)
})

describe('parseBank (fuzz)', () => {
  const filesArb = fc.array(fc.oneof({ weight: 3, arbitrary: realFileArb }, { weight: 1, arbitrary: fileArb }), { minLength: 1, maxLength: 3 })
    .map(files => files.map((f, i) => ({ ...f, file: `${f.file}#${i}` })))

  it('across files, with or without the article: only BankErrors, and what it returns is a valid bank', () => {
    fuzz(fc.property(filesArb, fc.boolean(), (files, withArticle) => {
      const article = withArticle ? ARTICLE : undefined
      parseOutcome(files, () => parseBank(files, { article }), true, article)
    }), { seed: SEED + 2 })
  }, FUZZ_TIMEOUT_MS)
})

describe('normaliseOption (fuzz)', () => {
  it('always folds to plain words: lowercase letters and digits, single spaces', () => {
    fuzz(fc.property(fc.oneof(anyText(30), fc.constantFrom(...optionTexts), fc.constantFrom('constructor', 'Constructor', 'the constructor', '__proto__', 'hasOwnProperty', 'valueOf')), (text) => {
      const folded = normaliseOption(text)
      ensure(typeof folded === 'string', () => `${JSON.stringify(text)} folds to a ${typeof folded}`)
      ensure(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u.test(folded), () => `${JSON.stringify(text)} folds to ${JSON.stringify(folded)}`)
    }), { seed: SEED + 3 })
  }, FUZZ_TIMEOUT_MS)
})

describe('regressions found by fuzzing', () => {
  it.each(['constructor', 'Constructor', 'the constructor', 'hasOwnProperty', 'toString'])('normaliseOption folds %j to text, not to an Object.prototype member', (text) => {
    expect(normaliseOption(text)).toBe(text.toLowerCase().replace(/^the /, ''))
  })
})

describe('huge bank input is refused at its first fault, in linear time', () => {
  const item = (over: Fields = {}): Fields => ({ ...(ALL_ITEMS[0] as Fields), ...over })
  const file = (items: unknown[]): BankFileInput => ({ file: 'questions/huge.json', data: { version: BANK_FORMAT_VERSION, topic: { id: 'huge', title: 'Huge' }, items } })
  const variants = Array.from({ length: 20_000 }, (_, i) => `Variant number ${i}?`)
  const cases: [string, BankFileInput, string][] = [
    ['20,000 variants, the last a repeat (quadratic before)', file([item({ variants: [...variants, variants[0]] })]), 'variants[20000]'],
    ['a million items, the first malformed', file([null, ...Array.from({ length: 1_000_000 }, () => item())]), 'items[0]'],
    ['a 10 MB prompt that is no question', file([item({ prompt: 'x'.repeat(10_000_000) })]), 'prompt'],
    ['a 10 MB key that starts with a space', file([item({ key: ` ${'x'.repeat(10_000_000)}` })]), 'key'],
    ['20,000 distractors, the last malformed', file([item({ distractors: [...Array.from({ length: 20_000 }, (_, i) => ({ text: `Option ${i}`, why: 'Why.', near: i % 2 === 0 })), { text: 'Last' }] })]), 'distractors[20000].why'],
  ]

  it.each(cases)('refuses %s in under 200 ms', (_, input, field) => {
    let error: unknown
    try {
      parseBankFile(input)
    }
    catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BankError)
    expect((error as BankError).field).toBe(field)
    expect(medianMs(() => {
      try {
        parseBankFile(input)
      }
      catch {}
    })).toBeLessThan(QUICK_MS)
  }, 30_000)
})
