import type { QuestionForm } from '../types.ts'
import * as v from 'valibot'
import { isPlainObject } from '../json.ts'
import { ANSWER_KINDS, QUESTION_FORMS } from '../types.ts'

/**
 * The shape of a bank file (questions/README.md), field by field: types, required fields, the
 * values a field may take. Each message says what the field must be; rules that weigh one field
 * against another, or one item against another, are in bank.ts.
 */

export const BANK_FORMAT_VERSION = 2
/** Forms a bank file may use; `scenario` questions are made by code, not written. */
export const ITEM_FORMS: readonly QuestionForm[] = QUESTION_FORMS.filter(form => form !== 'scenario')
/** Sources other than the article, cited by reference. */
const REF_KINDS = ['charter', 'rules', 'record'] as const
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Three so that easy and hard quizzes can show different ones (one near, one far at least). */
const MIN_DISTRACTORS = 3
/** Topics without an order come after those with one. */
const DEFAULT_TOPIC_ORDER = 100

const NOT_TEXT = 'must be a non-empty string'

/** Text a student reads: something in it, and no white space around it. */
const text = v.pipe(
  v.string(NOT_TEXT),
  v.check(s => s.trim() !== '', NOT_TEXT),
  v.check(s => s === s.trim(), 'must not start or end with white space'),
)

const question = v.pipe(text, v.endsWith('?', 'must be a complete question ending in "?"'))

function kebabCase(message: string) {
  return v.pipe(v.string(message), v.regex(ID_PATTERN, message))
}

function oneOf<const T extends readonly (string | number)[]>(options: T) {
  return v.picklist(options, `must be one of ${options.join(', ')}`)
}

/**
 * An object with these fields. Valibot reports a missing field with the object's own message;
 * here it says what the field must be, as it does for a field that is there but wrong.
 */
function fields<const T extends v.ObjectEntries>(entries: T) {
  return v.object(entries, (issue) => {
    const entry = entries[String(issue.path?.[0]?.key)]
    return (entry && v.safeParse(entry, undefined).issues?.[0].message) ?? 'is missing'
  })
}

/** An object with fields: JSON's lists are objects to valibot, but not to the bank. */
function plainObject(message: string) {
  return v.custom<Record<string, unknown>>(isPlainObject, message)
}

function record<const T extends v.ObjectEntries>(notAnObject: string, entries: T) {
  return v.pipe(plainObject(notAnObject), fields(entries))
}

const NOT_ORDER = 'must be a whole number (topics are listed in this order)'

const topic = record('must be an object with "id" and "title"', {
  id: v.pipe(text, v.regex(ID_PATTERN, 'must be lowercase kebab-case')),
  title: text,
  order: v.nullish(v.pipe(v.number(NOT_ORDER), v.integer(NOT_ORDER)), DEFAULT_TOPIC_ORDER),
})

const NOT_DISTRACTORS = `must be a list of at least ${MIN_DISTRACTORS}`

const distractor = record('must be an object with "text", "why" and "near"', {
  text,
  why: text,
  near: v.boolean('must be true (a tempting, close distractor) or false (one easily ruled out)'),
})

const NOT_SOURCES = 'must list at least one source'

const source = v.pipe(
  plainObject('must be an object'),
  v.variant('kind', [
    fields({ kind: v.literal('article'), quote: text }),
    fields({ kind: v.picklist(REF_KINDS), ref: text, quote: v.optional(text) }),
  ], `must be one of ${['article', ...REF_KINDS].join(', ')}`),
)

/** One item, its fields in the order they are checked: the id first, to name the item by. */
export const ITEM_SCHEMA = record('must be an object', {
  id: kebabCase('must be a lowercase kebab-case string'),
  fact: v.optional(kebabCase('must be a lowercase kebab-case name of the fact the item tests')),
  reveals: v.nullish(v.array(kebabCase('must be a lowercase kebab-case fact name'), 'must be a list of the facts whose key the item states'), () => []),
  form: oneOf(ITEM_FORMS),
  kind: oneOf(ANSWER_KINDS),
  level: v.picklist([1, 2, 3], 'must be 1 (a headline fact), 2 (a clear detail) or 3 (a fine point)'),
  prompt: question,
  variants: v.nullish(v.array(question, 'must be a list of other phrasings of the prompt'), () => []),
  key: text,
  distractors: v.pipe(v.array(distractor, NOT_DISTRACTORS), v.minLength(MIN_DISTRACTORS, NOT_DISTRACTORS)),
  explanation: text,
  sources: v.pipe(v.array(source, NOT_SOURCES), v.nonEmpty(NOT_SOURCES)),
})

/** A file: its format version, its topic, and its items, each checked on its own by ITEM_SCHEMA. */
export const FILE_SCHEMA = record('must be a JSON object', {
  version: v.literal(BANK_FORMAT_VERSION, `must be ${BANK_FORMAT_VERSION} (this app reads format version ${BANK_FORMAT_VERSION})`),
  topic,
  // Not an array of ITEM_SCHEMA: a huge list is refused at its first bad item, without a copy.
  items: v.custom<unknown[]>(items => Array.isArray(items) && items.length > 0, 'must be a non-empty list'),
})

/** Where in the checked value an issue is, as the bank names fields: `distractors[1].text`. */
export function fieldOf(issue: v.BaseIssue<unknown>): string {
  let field = ''
  for (const { key } of issue.path ?? [])
    field = typeof key === 'number' ? `${field}[${key}]` : field === '' ? String(key) : `${field}.${String(key)}`
  return field
}
