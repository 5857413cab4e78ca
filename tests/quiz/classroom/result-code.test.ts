import type { RawResult } from './code-builders'
import type { ResultSpec } from '~/quiz/classroom/result-code'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALPHABET, groupCode } from '~/quiz/classroom/bits'
import { decodeSessionCode, encodeSessionCode, SESSION_CODE_LENGTH } from '~/quiz/classroom/join-code'
import { decodeResultCode, encodeResultCode, MAX_NAME_BYTES, MAX_RESULT_CODE_LENGTH, nameProblem, sessionResultCode } from '~/quiz/classroom/result-code'
import { cleanName } from '~/quiz/text'
import { makeCurrentQuiz, makeQuestion, makeQuiz } from '../../builders'
import { propertyRuns, UNDER_MUTATION } from '../../mutation'
import { oneCharChanges, rawJoinCode, rawResultCode, resultArb, session } from './code-builders'

describe('result codes', () => {
  const result: ResultSpec = { session: session(), name: 'Amal', answers: [0, 1, null, 3, 2] }

  it('round-trip the session, the name and every answer', () => {
    expect(decodeResultCode(encodeResultCode(result))).toEqual({ ok: true, value: result })
  })

  it('round-trip any result (property)', () => {
    fc.assert(fc.property(resultArb, (r) => {
      const decoded = decodeResultCode(encodeResultCode(r))
      expect(decoded.ok).toBe(true)
      if (decoded.ok) {
        expect(decoded.value.session).toEqual(r.session)
        expect(decoded.value.answers).toEqual(r.answers)
        expect(cleanName(r.name).startsWith(decoded.value.name)).toBe(true)
      }
    }), { seed: 42, numRuns: 1000 })
  })

  it('reject every single-character mistake', () => {
    fc.assert(fc.property(resultArb, (r) => {
      for (const wrong of oneCharChanges(encodeResultCode(r)))
        expect(decodeResultCode(wrong).ok).toBe(false)
    }), { seed: 9, numRuns: propertyRuns(40) })
  })

  it('never throw on any input, including code-like text (property)', () => {
    const codeLike = fc.string({ unit: fc.constantFrom(...ALPHABET, '-', ' '), maxLength: 120 })
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), codeLike), (text) => {
      const decoded = decodeResultCode(text)
      expect(typeof decoded.ok).toBe('boolean')
      if (decoded.ok)
        expect(decoded.value.answers.length).toBeLessThanOrEqual(31)
    }), { seed: 3, numRuns: 5000 })
  })

  // A wall-clock budget means nothing in code instrumented for mutation testing.
  it.skipIf(UNDER_MUTATION)('refuses oversized input quickly', () => {
    const start = performance.now()
    expect(decodeResultCode('A'.repeat(1_000_000)).ok).toBe(false)
    expect(performance.now() - start).toBeLessThan(100)
  })

  it.each([
    ['control and bidirectional-override characters', 'Ali\u202Ece\u0007', 'Alice'],
    ['markup, which stays text', '<b>Bo</b>', '<b>Bo</b>'],
    ['spaces', '  Ann   Lee ', 'Ann Lee'],
  ])('clean names of %s', (_, name, clean) => {
    const decoded = decodeResultCode(encodeResultCode({ ...result, name }))
    expect(decoded.ok && decoded.value.name).toBe(clean)
  })

  it(`keeps names to ${MAX_NAME_BYTES} bytes without splitting a character`, () => {
    const decoded = decodeResultCode(encodeResultCode({ ...result, name: 'é'.repeat(70) }))
    expect(decoded.ok && decoded.value.name).toBe('é'.repeat(60))
    const marks = decodeResultCode(encodeResultCode({ ...result, name: 'e\u0301'.repeat(50) }))
    expect(marks.ok && marks.value.name).toBe('e\u0301'.repeat(40))
  })

  it.each([
    ['a Greek name', 'Παπαδόπουλος-Ζαχαρίου Ευαγγελία'],
    ['another Greek name sharing its first 20 letters', 'Παπαδόπουλος-Ζαχαρίου Αικατερίνη'],
    ['forty Chinese characters', '联合国大会'.repeat(8)],
    ['a Korean name', '김민준'],
    ['emoji with joiners', 'Ana 👨‍👩‍👧 🏳️‍🌈'],
    ['combining marks', 'Zoe\u0308 Jose\u0301'],
  ])('carries %s whole', (_, name) => {
    expect(nameProblem(name)).toBeNull()
    const decoded = decodeResultCode(encodeResultCode({ ...result, name }))
    expect(decoded).toEqual({ ok: true, value: { ...result, name } })
  })

  it('reads a format-1 result code, as older versions wrote them', () => {
    const spec = { topicIndex: 0, count: 5, difficulty: 'easy', feedback: false, seed: 77, bank: 517 }
    expect(decodeResultCode(rawResultCode({ session: { version: 1 }, name: [65, 108], answers: [1] }))).toEqual({ ok: true, value: { session: spec, name: 'Al', answers: [1] } })
  })
})

describe('decoding codes no version of Quorum wrote', () => {
  it('reads a well-formed join code and result code built bit by bit', () => {
    const spec = { topicIndex: 0, count: 5, difficulty: 'easy', feedback: false, seed: 77, bank: 517 }
    expect(decodeSessionCode(rawJoinCode({}))).toEqual({ ok: true, value: spec })
    expect(decodeResultCode(rawResultCode({ name: [65, 108], answers: [1, 7] }))).toEqual({ ok: true, value: { session: spec, name: 'Al', answers: [1, null] } })
  })

  it.each([
    ['from another format version', { version: 3 }, 'That join code cannot be used: it was made by a different version of Quorum (format 3).'],
    ['with a quiz length Quorum does not offer', { count: 3 }, 'That join code cannot be used: its settings are not ones Quorum offers.'],
    ['with a difficulty Quorum does not offer', { difficulty: 3 }, 'That join code cannot be used: its settings are not ones Quorum offers.'],
  ])('refuses a join code %s', (_, s, reason) => {
    expect(decodeSessionCode(rawJoinCode(s))).toEqual({ ok: false, reason })
  })

  it('says a join code with a wrong character has a mistake in it', () => {
    const code = rawJoinCode({})
    const wrong = `${code.slice(0, 4)}${code[4] === 'A' ? 'B' : 'A'}${code.slice(5)}`
    expect(decodeSessionCode(wrong)).toEqual({ ok: false, reason: 'That join code has a mistake in it: check each character.' })
  })

  const MISTAKE = 'That result code has a mistake in it: check each character.'
  it.each<[string, RawResult, string]>([
    // Regression: the rest was read in this version's layout first, and the code called a mistake.
    ['from another format version', { session: { version: 3 } }, 'That result code cannot be used: it was made by a different version of Quorum (format 3).'],
    ['with settings Quorum does not offer', { session: { count: 3 } }, 'That result code cannot be used: its settings are not ones Quorum offers.'],
    ['with a name longer than any code carries', { name: Array.from({ length: 41 }, () => 65) }, MISTAKE],
    ['whose name is not UTF-8', { name: [0xFF, 0x41] }, MISTAKE],
    ['with padding that is not zero', { padding: [0, 0, 1] }, MISTAKE],
    ['with a whole character of padding too many', { padding: [0, 0, 0, 0, 0, 0, 0, 0] }, MISTAKE],
    ['too short for its own fields', { truncate: true }, MISTAKE],
    ['claiming more name than it holds', { nameLength: 20, name: [65] }, MISTAKE],
  ])('refuses a result code %s', (_, raw, reason) => {
    expect(decodeResultCode(rawResultCode(raw))).toEqual({ ok: false, reason })
  })
})

describe('codes with room around them', () => {
  it('reads a join code padded with spaces to four times its length, and refuses one character more', () => {
    const code = encodeSessionCode(session())
    const padded = code.padEnd(4 * SESSION_CODE_LENGTH, ' ')
    expect(decodeSessionCode(padded)).toEqual({ ok: true, value: session() })
    expect(decodeSessionCode(`${padded} `)).toEqual({ ok: false, reason: 'That is far too long to be a join code.' })
  })

  it('reads a result code padded with spaces to four times the longest, and refuses one character more', () => {
    const result: ResultSpec = { session: session(), name: 'Amal', answers: [0, 1] }
    const padded = encodeResultCode(result).padEnd(4 * MAX_RESULT_CODE_LENGTH, ' ')
    expect(decodeResultCode(padded)).toEqual({ ok: true, value: result })
    expect(decodeResultCode(`${padded} `)).toEqual({ ok: false, reason: 'That is far too long to be a result code.' })
  })

  it('groups an empty code as nothing', () => {
    expect(groupCode('')).toBe('')
  })
})

describe('the result code of a finished class session', () => {
  const spec = { topicIndex: 0, count: 5, difficulty: 'normal', feedback: true, seed: 4242, bank: 517 } as const
  const quiz = { ...makeQuiz([makeQuestion({ id: 'q-1' }), makeQuestion({ id: 'q-2' }), makeQuestion({ id: 'q-3' })]), mode: 'challenge' as const }

  it('carries the session, the student’s name and every answer, a timed-out one as none', () => {
    const progress = makeCurrentQuiz({ quiz, answers: [0, -1, 2], index: 2, session: { code: encodeSessionCode(spec), name: 'Amal', feedback: true } })
    const code = sessionResultCode(progress)
    expect(code).not.toBeNull()
    expect(decodeResultCode(code!)).toEqual({ ok: true, value: { session: spec, name: 'Amal', answers: [0, null, 2] } })
  })

  it('is none outside a class session, and none when the join code does not read', () => {
    expect(sessionResultCode(makeCurrentQuiz({ quiz, answers: [0, 1, 2], index: 2 }))).toBeNull()
    const session = { code: 'AAAAAAAAAA', name: 'Amal', feedback: true }
    expect(sessionResultCode(makeCurrentQuiz({ quiz, answers: [0, 1, 2], index: 2, session }))).toBeNull()
  })
})

describe('nameProblem', () => {
  it.each([
    ['Amal', null],
    ['  ', 'Enter your name or a nickname'],
    ['\u202E', 'Enter your name or a nickname'],
    ['x'.repeat(40), null],
    ['x'.repeat(41), 'Your name has 41 characters, and a result code carries at most 40'],
    ['👨‍👩‍👧'.repeat(40), 'too long for a result code'],
    ['联'.repeat(40), null],
  ])('%j: %j', (name, problem) => {
    const found = nameProblem(name)
    if (problem === null)
      expect(found).toBeNull()
    else
      expect(found).toContain(problem)
  })
})
