import type { Attempt } from '~/quiz/practice/attempt'
import type { ImportResult, StudentData } from '~/quiz/practice/transfer'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCurrentQuiz } from '~/quiz/practice/current-quiz'
import { checkDeck, laterCard } from '~/quiz/practice/deck'
import { checkAttempts, MAX_HISTORY } from '~/quiz/practice/history'
import { decodeImport, encodeExport, EXPORT_KIND, EXPORT_VERSION, MAX_IMPORT_BYTES, mergeStudentData } from '~/quiz/practice/transfer'
import { checkValue } from '~/quiz/saved/check'
import { fuzz, FUZZ_TIMEOUT_MS, medianMs, QUICK_MS } from './fuzz'
import { anyText, canonical, ensure, expectPlainData, expectPrototypesClean, jsonMutationsArb, mutateJson, mutateText, nastyValue, textMutationArb } from './mutate'
import { attemptArb, currentQuizArb, deckArb, ensureAttempt, ensureCurrentQuiz, ensureDeck, poolOf, studentDataArb } from './saved-data'

const SEED = 20_260_303
const EXPORTED_AT = '2026-11-27T10:00:00.000Z'

/** What decodeImport promises: a reason, or data every saved-data check accepts, with nothing smuggled in. */
function ensureImport(result: ImportResult): void {
  ensure(typeof result === 'object' && typeof result.ok === 'boolean', 'not an ImportResult')
  expectPrototypesClean()
  if (!result.ok) {
    ensure(typeof result.reason === 'string' && result.reason.length > 0, 'refused without a reason')
    return
  }
  const { data } = result
  ensure(Object.keys(data).sort().join() === 'currentQuiz,history,review', () => `data has fields ${Object.keys(data).join()}`)
  expectPlainData(data, 'data')
  ensure(Array.isArray(data.history), 'history is not a list')
  data.history.forEach((a, i) => ensureAttempt(a, `history[${i}]`))
  ensureDeck(data.review, 'review')
  if (data.currentQuiz !== null)
    ensureCurrentQuiz(data.currentQuiz, 'currentQuiz')
  ensure(checkValue(checkAttempts, data.history, 'history').ok && checkValue(checkDeck, data.review, 'review').ok, 'the saved-data checkers refuse what was imported')
  ensure(data.currentQuiz === null || checkValue(checkCurrentQuiz, data.currentQuiz, 'currentQuiz').ok, 'the saved-data checker refuses the imported unfinished quiz')
  // Exported again, it imports as the same data: nothing was half-read.
  const again = decodeImport(encodeExport(data, EXPORTED_AT))
  ensure(again.ok && canonical(again.data) === canonical(data), 'the imported data does not survive export and import')
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value
}

function fileOf(data: StudentData): Record<string, unknown> {
  return JSON.parse(encodeExport(data, EXPORTED_AT)) as Record<string, unknown>
}

describe('decodeImport (fuzz)', () => {
  it('never throws on a valid file damaged in its structure or its text; what it accepts is valid', () => {
    fuzz(fc.property(poolOf(studentDataArb, SEED), jsonMutationsArb(0, 4), textMutationArb, (data, mutations, textMutation) => {
      const text = mutateText(JSON.stringify(mutateJson(fileOf(data), mutations)), textMutation)
      const result = decodeImport(text)
      ensureImport(result)
      if (mutations.length === 0 && textMutation.kind === 'none')
        ensure(result.ok && canonical(result.data) === canonical(data), () => `a valid file was refused or changed: ${JSON.stringify(result)}`)
    }), { seed: SEED })
  }, FUZZ_TIMEOUT_MS)

  const partArb = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, nastyValue, fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined))
  const fileArb = fc.oneof(
    { weight: 3, arbitrary: fc.record({
      kind: fc.oneof({ weight: 5, arbitrary: fc.constant(EXPORT_KIND) }, { weight: 1, arbitrary: nastyValue }),
      version: fc.oneof({ weight: 5, arbitrary: fc.constant(EXPORT_VERSION) }, { weight: 1, arbitrary: nastyValue }),
      history: partArb(fc.array(attemptArb, { maxLength: 3 })),
      review: partArb(deckArb),
      currentQuiz: partArb(fc.option(currentQuizArb, { nil: null })),
    }).map(file => JSON.stringify(file)) },
    { weight: 1, arbitrary: fc.jsonValue().map(v => JSON.stringify(v)) },
    { weight: 1, arbitrary: anyText(100) },
  )

  it('never throws on arbitrary text, JSON values, or a file whose parts are anything at all', () => {
    fuzz(fc.property(fileArb, (text) => {
      ensureImport(decodeImport(text))
    }), { seed: SEED + 1 })
  }, FUZZ_TIMEOUT_MS)
})

describe('mergeStudentData (fuzz)', () => {
  /** Sometimes a history past MAX_HISTORY, cheaply: one attempt under many ids and times. */
  const historyArb = fc.oneof(
    { weight: 12, arbitrary: fc.array(attemptArb, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.tuple(attemptArb, fc.integer({ min: MAX_HISTORY - 5, max: MAX_HISTORY + 20 }), fc.nat({ max: 50 })).map(([a, n, offset]): Attempt[] =>
      Array.from({ length: n }, (_, i) => ({ ...a, id: `h-${i + offset}`, finishedAt: new Date(Date.UTC(2026, 0, 1) + (i + offset) * 60_000).toISOString() }))) },
  )
  // Frozen, so that any change mergeStudentData made to its inputs would throw.
  const dataArb = poolOf(fc.record({ history: historyArb, review: deckArb, currentQuiz: fc.option(currentQuizArb, { nil: null }) }), SEED + 2).map(deepFreeze)

  it('keeps every result once, newest first, the later card of each fact, and my unfinished quiz', () => {
    fuzz(fc.property(dataArb, dataArb, (mine, theirs) => {
      const merged = mergeStudentData(mine, theirs)
      expectPrototypesClean()
      expectPlainData(merged, 'merged')

      const ids = merged.history.map(a => a.id)
      const union = new Map<string, Attempt>()
      for (const a of [...mine.history, ...theirs.history]) {
        if (!union.has(a.id))
          union.set(a.id, a)
      }
      ensure(new Set(ids).size === ids.length, 'a result is kept twice')
      ensure(ids.length === Math.min(MAX_HISTORY, union.size), () => `${ids.length} results kept of ${union.size}`)
      ensure(merged.history.every(a => union.get(a.id) === a), 'a result is not the first one of its id')
      ensure(merged.history.every((a, i) => i === 0 || (merged.history[i - 1]?.finishedAt ?? '') >= a.finishedAt), 'results are not newest first')
      const oldestKept = merged.history.at(-1)?.finishedAt ?? ''
      const kept = new Set(ids)
      ensure([...union.values()].every(a => kept.has(a.id) || a.finishedAt <= oldestKept), 'a newer result was dropped for an older one')

      const facts = new Set([...Object.keys(mine.review), ...Object.keys(theirs.review)])
      ensure(Object.keys(merged.review).length === facts.size && [...facts].every(f => Object.hasOwn(merged.review, f)), () => `facts ${[...facts].join()} became ${Object.keys(merged.review).join()}`)
      for (const f of facts) {
        const a = Object.hasOwn(mine.review, f) ? mine.review[f] : undefined
        const b = Object.hasOwn(theirs.review, f) ? theirs.review[f] : undefined
        const expected = a === undefined ? b : b === undefined ? a : laterCard(a, b)
        ensure(merged.review[f] === expected, () => `fact ${f}: kept the wrong schedule`)
      }
      ensureDeck(merged.review, 'merged.review')
      ensure(merged.currentQuiz === (mine.currentQuiz ?? theirs.currentQuiz), 'not my unfinished quiz (or theirs if I have none)')
      merged.history.forEach((a, i) => ensureAttempt(a, `merged.history[${i}]`))
    }), { seed: SEED + 2 })
  }, FUZZ_TIMEOUT_MS)
})

describe('regressions found by fuzzing', () => {
  const valid = { kind: EXPORT_KIND, history: [], review: {}, currentQuiz: null }
  it.each([
    ['an object with its own toString', '{"toString":1}'],
    ['an object whose toString and valueOf are not functions', '{"toString":{},"valueOf":{}}'],
    ['a list holding such an object', '[{"toString":1}]'],
  ])('decodeImport refuses a format version that is %s, rather than throwing a TypeError', (_, version) => {
    const text = `{"kind":"${EXPORT_KIND}","version":${version},"history":[],"review":{},"currentQuiz":null}`
    const result = decodeImport(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(`this app reads versions 1 and ${EXPORT_VERSION}`)
  })

  it('decodeImport names a readable format version that is not its own', () => {
    const result = decodeImport(JSON.stringify({ ...valid, version: 3 }))
    expect(!result.ok && result.reason).toContain('format version 3')
  })

  it('mergeStudentData keeps an imported review card for the fact "constructor" (an Object.prototype name)', () => {
    const card = { fact: 'constructor', box: 3, due: '2026-11-28', seen: 2, lapses: 0 }
    const theirs = decodeImport(JSON.stringify({ ...valid, version: EXPORT_VERSION, review: { constructor: card } }))
    expect(theirs.ok).toBe(true)
    const merged = mergeStudentData({ history: [], review: {}, currentQuiz: null }, theirs.ok ? theirs.data : { history: [], review: {}, currentQuiz: null })
    expect(Object.hasOwn(merged.review, 'constructor')).toBe(true)
    expect(merged.review.constructor).toEqual(card)
  })
})

describe('oversized data files are refused unread', () => {
  const over = MAX_IMPORT_BYTES + 1
  const attempt = JSON.stringify({ id: 'a', finishedAt: '2026-01-02T10:00:00.000Z', seed: 's', topic: null, correct: 0, total: 0, questions: [], pad: 'x'.repeat(280) })
  const attempts = `[${Array.from({ length: Math.ceil(over / attempt.length) }, () => attempt).join(',')}]`
  const cases: [string, string][] = [
    ['a file of spaces one byte too large', ' '.repeat(over)],
    ['a data file of 90,000 results', `{"kind":"${EXPORT_KIND}","version":${EXPORT_VERSION},"history":${attempts},"review":{},"currentQuiz":null}`],
    ['a 40 MB string', 'x'.repeat(40_000_000)],
    ['a nest of lists one byte too large', `${'['.repeat(Math.ceil(over / 2))}${']'.repeat(Math.ceil(over / 2))}`],
  ]

  it.each(cases)('decodeImport refuses %s as too large, in under 200 ms', (_, text) => {
    expect(text.length).toBeGreaterThan(MAX_IMPORT_BYTES)
    const result = decodeImport(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain('too large')
    expect(medianMs(() => decodeImport(text))).toBeLessThan(QUICK_MS)
  })
})
