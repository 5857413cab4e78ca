import type { ReviewCard } from '~/quiz/practice/review'
import type { StudentData } from '~/quiz/practice/transfer'
import { describe, expect, it } from 'vitest'
import { mergeDecks } from '~/quiz/practice/deck'
import { mergeHistory } from '~/quiz/practice/history'
import { decodeImport, encodeExport, EXPORT_KIND, MAX_IMPORT_BYTES, mergeStudentData } from '~/quiz/practice/transfer'
import { makeAttempt, makeCurrentQuiz } from '../../builders'

const card = (fact: string, over: Partial<ReviewCard> = {}): ReviewCard => ({ fact, box: 2, due: '2026-11-28', seen: 2, lapses: 1, ...over })

function makeData(over: Partial<StudentData> = {}): StudentData {
  return {
    history: [makeAttempt({ id: 'a', finishedAt: '2026-11-02T10:00:00.000Z' }), makeAttempt({ id: 'b', finishedAt: '2026-11-01T10:00:00.000Z' })],
    review: { 'tally-yes': card('tally-yes') },
    currentQuiz: makeCurrentQuiz({ answers: [1, null], index: 1 }),
    ...over,
  }
}

describe('encodeExport / decodeImport', () => {
  it.each([
    ['everything', makeData()],
    ['no unfinished quiz', makeData({ currentQuiz: null })],
    ['nothing at all', makeData({ history: [], review: {}, currentQuiz: null })],
  ])('round-trips %s', (_, data) => {
    expect(decodeImport(encodeExport(data, '2026-11-27T10:00:00.000Z'))).toEqual({ ok: true, data })
  })

  it('names the file kind and format version', () => {
    expect(JSON.parse(encodeExport(makeData(), '2026-11-27T10:00:00.000Z'))).toMatchObject({ kind: EXPORT_KIND, version: 2, exportedAt: '2026-11-27T10:00:00.000Z' })
  })

  const valid = JSON.parse(encodeExport(makeData(), '2026-11-27T10:00:00.000Z')) as Record<string, unknown>
  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['a JSON array', '[]', 'not a Quorum data file'],
    ['another app’s file', JSON.stringify({ kind: 'other', version: 1 }), 'not a Quorum data file'],
    ['a newer format', JSON.stringify({ ...valid, version: 3 }), 'format version 3'],
    ['format 1 under the new name', JSON.stringify({ ...valid, version: 1 }), 'format version 1'],
    ['a bad result', JSON.stringify({ ...valid, history: [{ ...makeAttempt(), total: 9 }] }), 'results could not be read: history[0].total'],
    ['a bad review card', JSON.stringify({ ...valid, review: { 'tally-yes': card('tally-yes', { box: 0 }) } }), 'review schedule could not be read: review.tally-yes.box'],
    ['a bad unfinished quiz', JSON.stringify({ ...valid, currentQuiz: { quiz: null } }), 'unfinished quiz could not be read: currentQuiz.quiz'],
    ['an oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too large'],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = decodeImport(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
  })

  it.each([
    ['a number', 3, '3'],
    ['a string', '2.0-beta', '2.0-beta'],
    ['a long string, cut short', 'v'.repeat(500), 'v'.repeat(20)],
    ['an object that cannot be made text', { toString: 1 }, 'unknown'],
    ['nothing', null, 'unknown'],
  ])('names a format version of another kind, %s, without trusting it', (_, version, shown) => {
    expect(decodeImport(JSON.stringify({ ...valid, version }))).toEqual({ ok: false, reason: `The file is in format version ${shown}; this app reads versions 1 and 2.` })
  })
})

describe('mergeStudentData', () => {
  // The tie-breaks are mergeHistory's and mergeDecks' (history.test.ts, deck.test.ts): the device's side is `stored`.
  it('joins results and schedules by the rules two tabs use, the device winning ties', () => {
    const mine = makeData({ review: { x: card('x', { seen: 5, box: 4 }), y: card('y', { seen: 1 }) } })
    const theirs = makeData({
      history: [makeAttempt({ id: 'c', finishedAt: '2026-11-03T10:00:00.000Z' }), makeAttempt({ id: 'a', finishedAt: '2026-11-02T10:00:00.000Z', correct: 0 })],
      review: { x: card('x', { seen: 2, box: 1 }), y: card('y', { seen: 3, box: 5 }), z: card('z') },
    })
    const merged = mergeStudentData(mine, theirs)
    expect(merged.history).toEqual(mergeHistory(mine.history, theirs.history))
    expect(merged.history.map(a => [a.id, a.correct])).toEqual([['c', 1], ['a', 1], ['b', 1]])
    expect(merged.review).toEqual(mergeDecks(mine.review, theirs.review))
    expect([merged.review.x?.box, merged.review.y?.box, merged.review.z?.fact]).toEqual([4, 5, 'z'])
  })

  it('keeps the device’s own unfinished quiz, or takes the imported one', () => {
    const own = makeData()
    const other = makeData({ currentQuiz: makeCurrentQuiz({ index: 0 }) })
    expect(mergeStudentData(own, other).currentQuiz).toBe(own.currentQuiz)
    expect(mergeStudentData(makeData({ currentQuiz: null }), other).currentQuiz).toBe(other.currentQuiz)
  })
})

describe('decodeImport, further', () => {
  const valid = () => JSON.parse(encodeExport(makeData(), '2026-11-27T10:00:00.000Z')) as Record<string, unknown>

  it.each(['null', '42', '"data"', 'true'])('refuses the JSON value %s as not a data file', (text) => {
    expect(decodeImport(text)).toEqual({ ok: false, reason: 'The file is not a Quorum data file.' })
  })

  it('reads a file of exactly the largest size, and says how large one byte more is', () => {
    expect(decodeImport(' '.repeat(MAX_IMPORT_BYTES))).toEqual({ ok: false, reason: 'The file is not a Quorum data file: it is not valid JSON.' })
    expect(decodeImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'The file is too large (30.0 MB): Quorum reads data files of up to 30.0 MB, far more than any it writes.' })
  })

  it('reads a real export of 15 MB: 2,000 results of ten questions', () => {
    const question = { id: 'vote-yes-count', prompt: 'How many countries voted for the resolution on the war in Ukraine, which the United States opposed?', chosen: 'Ninety-three countries', key: 'Ninety-three countries', correct: true }
    const history = Array.from({ length: 2000 }, (_, i) => makeAttempt({ id: `a-${i}`, finishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(), total: 10, correct: 10, questions: Array.from({ length: 10 }, () => question) }))
    const text = encodeExport(makeData({ history }), '2026-11-27T10:00:00.000Z')
    expect(text.length).toBeGreaterThan(5_000_000)
    const decoded = decodeImport(text)
    expect(decoded.ok && decoded.data.history).toHaveLength(2000)
  })

  it('reads a file with no unfinished quiz at all', () => {
    const { currentQuiz: _, ...rest } = valid()
    expect(decodeImport(JSON.stringify(rest))).toEqual({ ok: true, data: makeData({ currentQuiz: null }) })
  })

  it('reads format 1, whose kind was quorum-progress and whose unfinished quiz was called progress', () => {
    const { currentQuiz, ...rest } = valid()
    const format1 = { ...rest, kind: 'quorum-progress', version: 1, progress: currentQuiz }
    expect(decodeImport(JSON.stringify(format1))).toEqual({ ok: true, data: makeData() })
    expect(decodeImport(JSON.stringify({ ...format1, progress: { quiz: null } }))).toEqual({ ok: false, reason: expect.stringContaining('progress.quiz should be an object') })
    expect(decodeImport(JSON.stringify({ ...format1, version: 2 }))).toEqual({ ok: false, reason: expect.stringContaining('format version 2') })
  })

  it('fills in the fields an unfinished quiz from an older version lacks', () => {
    const file = valid()
    const progress = file.currentQuiz as { quiz: { questions: Record<string, unknown>[] } }
    for (const q of progress.quiz.questions) {
      delete q.fact
      delete q.form
      delete q.kind
      delete q.cites
    }
    const decoded = decodeImport(JSON.stringify(file))
    expect(decoded.ok && decoded.data.currentQuiz?.quiz.questions.map(q => [q.fact, q.form, q.kind, q.cites])).toEqual([['q-1', 'who', 'text', []], ['q-2', 'who', 'text', []]])
  })
})
