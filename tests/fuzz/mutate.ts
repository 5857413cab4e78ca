import fc from 'fast-check'

/**
 * Generators that reach past a decoder's first check: look-alike characters, edits of valid
 * text, and structural damage to valid JSON (fields deleted, retyped, nested, repeated, and
 * keys such as `__proto__` that trip up careless object handling).
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Every code symbol, its look-alikes, separators, and the invisible and exotic characters pastes carry. */
const TRICKY_CHARS = [
  ...ALPHABET,
  ...ALPHABET.toLowerCase(),
  'I',
  'L',
  'O',
  'U',
  'i',
  'l',
  'o',
  'u',
  ' ',
  '-',
  '\t',
  '\n',
  '\r',
  ',',
  ';',
  '\u000B',
  '\u000C',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u3000',
  '\u2010',
  '\u2013',
  '\u2212',
  '\uFE63',
  '\uFF0D',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u2066',
  '\u061C',
  '\u0000',
  '\u0007',
  '\u007F',
  '\uFF21',
  '\uFF11',
  '\u2160',
  'ß',
  'İ',
  'é',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  '<',
  '>',
]

export const trickyChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
)

/** Any text: arbitrary code points (lone surrogates included), graphemes, or tricky characters. */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: trickyChar, maxLength }),
  )
}

export type EditKind = 'replace' | 'insert' | 'delete' | 'transpose' | 'case' | 'truncate'

export interface Edit {
  kind: EditKind
  at: number
  char: string
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('replace', 'insert', 'delete', 'transpose', 'case', 'truncate'),
  at: fc.nat(),
  char: trickyChar,
})

export const editsArb = (minLength = 1, maxLength = 4) => fc.array(editArb, { minLength, maxLength })

/** Applies single-character edits at positions taken modulo the text's length. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const chars = [...text]
  for (const e of edits) {
    const i = chars.length === 0 ? 0 : e.at % chars.length
    switch (e.kind) {
      case 'replace':
        chars.splice(i, 1, e.char)
        break
      case 'insert':
        chars.splice(e.at % (chars.length + 1), 0, e.char)
        break
      case 'delete':
        chars.splice(i, 1)
        break
      case 'transpose':
        if (i + 1 < chars.length)
          chars.splice(i, 2, chars[i + 1] ?? '', chars[i] ?? '')
        break
      case 'case': {
        const c = chars[i] ?? ''
        chars[i] = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()
        break
      }
      case 'truncate':
        chars.length = i
        break
    }
  }
  return chars.join('')
}

// --- JSON ------------------------------------------------------------------------------------

/** `obj[key] = value` that makes an own property even for `__proto__`, as JSON.parse does. */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

const DEEP = JSON.parse(`${'['.repeat(400)}1${']'.repeat(400)}`) as unknown

/** Values that have broken decoders somewhere: wrong types, edges of number ranges, hostile keys. */
const NASTY_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  1.5,
  7,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  -1e-308,
  Number.MAX_VALUE,
  '',
  ' ',
  '0',
  '1',
  '-1',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '2026-13-45',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  'Tue Mar 03 2026',
  'Ali\u202Ece',
  'a\u0000b\u0007',
  '\u200B',
  '\uD800',
  '😀',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  [],
  {},
  [null],
  [[]],
  [{}],
  DEEP,
  JSON.parse('{"toString":1}'),
  JSON.parse('{"toString":{},"valueOf":{}}'),
  JSON.parse('[{"toString":1}]'),
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"__proto__":[]}'),
]

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 40 }) },
)

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '0', 'length') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)

/** The most characters of JSON one `grow` adds. */
const GROW_BUDGET = 200_000

export type JsonMutationKind = 'delete' | 'replace' | 'add' | 'retype' | 'nest' | 'grow'

export interface JsonMutation {
  kind: JsonMutationKind
  /** Child choices (modulo the number of children) from the root to the node mutated. */
  steps: number[]
  key: string
  value: unknown
  /** How many copies for `grow`, how deep for `nest`. */
  count: number
}

export const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.record({
  kind: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<JsonMutationKind>('delete', 'replace', 'add', 'retype') },
    { weight: 1, arbitrary: fc.constantFrom<JsonMutationKind>('nest', 'grow') },
  ),
  // Mostly deep: a damaged root is refused at the first check and tells us little.
  steps: fc.oneof(
    { weight: 1, arbitrary: fc.constant<number[]>([]) },
    { weight: 2, arbitrary: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 2 }) },
    { weight: 20, arbitrary: fc.array(fc.nat({ max: 1000 }), { minLength: 3, maxLength: 10 }) },
  ),
  key: hostileKey,
  value: nastyValue,
  count: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 21, max: 3000 }) }),
})

export const jsonMutationsArb = (minLength = 1, maxLength = 4) => fc.array(jsonMutationArb, { minLength, maxLength })

function retype(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : [value]
  if (typeof value === 'string')
    return value === '' ? 0 : value.length
  if (typeof value === 'boolean')
    return value ? 'true' : 0
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return Object.fromEntries(value.map((v, i) => [String(i), v]))
  return Object.values(value as object)
}

function nest(value: unknown, depth: number): unknown {
  let out = value
  for (let i = 0; i < depth; i++)
    out = i % 2 === 0 ? [out] : { data: out }
  return out
}

function childKeys(node: object): (string | number)[] {
  return Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)
}

function mutateOnce(holder: Record<string, unknown>, m: JsonMutation): void {
  let parent: Record<string | number, unknown> = holder
  let key: string | number = 'root'
  for (const [s, step] of m.steps.entries()) {
    const node = parent[key] as Record<string | number, unknown>
    if (typeof node !== 'object' || node === null)
      break
    const keys = childKeys(node)
    // On the way down, go into lists and objects; only the last step may stop at a leaf.
    const inner = s === m.steps.length - 1 ? keys : keys.filter(k => typeof node[k] === 'object' && node[k] !== null)
    const choices = inner.length > 0 ? inner : keys
    if (choices.length === 0)
      break
    parent = node
    key = choices[step % choices.length] ?? 0
  }
  const node = parent[key]
  // The pool of nasty values is shared by every run: insert a copy, never the value itself.
  const value = m.value === undefined ? undefined : JSON.parse(JSON.stringify(m.value)) as unknown
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent))
        parent.splice(Number(key), 1)
      else if (parent === holder)
        holder.root = value
      else
        delete parent[key]
      break
    case 'replace':
      setOwn(parent, key, value)
      break
    case 'add':
      if (Array.isArray(node))
        node.splice(m.count % (node.length + 1), 0, value)
      else if (typeof node === 'object' && node !== null)
        setOwn(node, m.key, value)
      else
        setOwn(parent, key, value)
      break
    case 'retype':
      setOwn(parent, key, retype(node))
      break
    case 'nest':
      setOwn(parent, key, nest(node, m.count % 300))
      break
    case 'grow': {
      // Huge, but within a budget: grown twice, a list of lists would not fit in memory.
      const size = typeof node === 'string' ? node.length : (JSON.stringify(node) ?? '').length
      const count = Math.max(2, Math.min(m.count, Math.floor(GROW_BUDGET / Math.max(1, size))))
      if (Array.isArray(node) && node.length > 0)
        setOwn(parent, key, Array.from({ length: count * node.length }, (_, i) => node[i % node.length]))
      else if (typeof node === 'string')
        setOwn(parent, key, node.repeat(count))
      else
        setOwn(parent, key, Array.from({ length: count }, () => node))
      break
    }
  }
}

/** A deep copy of `base` with the mutations applied in turn. */
export function mutateJson(base: unknown, mutations: readonly JsonMutation[]): unknown {
  const holder: Record<string, unknown> = { root: JSON.parse(JSON.stringify(base)) as unknown }
  for (const m of mutations)
    mutateOnce(holder, m)
  return holder.root
}

export type TextMutationKind = 'truncate' | 'insert' | 'number' | 'bom' | 'none'

export interface TextMutation {
  kind: TextMutationKind
  at: number
  char: string
  literal: string
}

/** Damage to the JSON text itself: cut short, a stray character, a number JSON cannot hold. */
export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constant<TextMutationKind>('none') },
    { weight: 1, arbitrary: fc.constantFrom<TextMutationKind>('truncate', 'insert', 'number', 'bom') },
  ),
  at: fc.nat(),
  char: trickyChar,
  literal: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0', '0x10', '01', '1.', '.5', '1e-400', '9007199254740993', 'undefined'),
})

export function mutateText(text: string, m: TextMutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length
  switch (m.kind) {
    case 'none':
      return text
    case 'truncate':
      return text.slice(0, at)
    case 'insert':
      return text.slice(0, at) + m.char + text.slice(at)
    case 'bom':
      return `\uFEFF${text}`
    case 'number': {
      // Replace the first number literal at or after `at` (or any, from the start).
      const re = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi
      re.lastIndex = at
      const found = re.exec(text) ?? /-?\d+/.exec(text)
      return found === null ? text : text.slice(0, found.index) + m.literal + text.slice(found.index + found[0].length)
    }
  }
}

// --- checks on what a decoder returned ------------------------------------------------------

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',')

/** Throws if anything was added to Object.prototype or Array.prototype. */
export function expectPrototypesClean(): void {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTOTYPE_NAMES)
    throw new Error(`Object.prototype was changed: ${Object.getOwnPropertyNames(Object.prototype).join(', ')}`)
  if (('polluted' in {}) || ('polluted' in []))
    throw new Error('Object.prototype was polluted')
}

/**
 * Throws unless every object in `value` is a plain object or array with the usual prototype,
 * and none carries an own `__proto__` key into the result.
 */
export function expectPlainData(value: unknown, path = 'value'): void {
  const stack: [unknown, string][] = [[value, path]]
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, string]
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' || typeof v === 'undefined')
      throw new Error(`${p} is a ${typeof v}`)
    if (typeof v === 'number' && !Number.isFinite(v))
      throw new Error(`${p} is ${v}`)
    if (typeof v !== 'object' || v === null)
      continue
    const proto = Object.getPrototypeOf(v) as unknown
    if (proto !== (Array.isArray(v) ? Array.prototype : Object.prototype))
      throw new Error(`${p} has an unusual prototype`)
    if (Object.hasOwn(v, '__proto__'))
      throw new Error(`${p} has an own __proto__ key`)
    for (const [k, child] of Object.entries(v))
      stack.push([child, `${p}.${k}`])
  }
}

/** A failed check with a message; cheaper than expect() in a loop of 10,000 runs. */
export function ensure(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition)
    throw new Error(typeof message === 'string' ? message : message())
}

/** JSON with every object's keys sorted: equal for equal data whatever order fields were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v))
}
