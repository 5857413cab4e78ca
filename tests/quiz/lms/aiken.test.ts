import type { ParsedQuestion } from './parsed'
import type { LmsQuestion } from '~/quiz/lms/lms'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aikenProblem, lmsFromQuestion, lmsLine, toAiken } from '~/quiz/lms/lms'
import { makeQuestion } from '../../builders'
import { parseAiken } from './aiken'
import { anyText, BANK_QUESTIONS, lmsQuestionArb, sessionQuestions, SESSIONS } from './fixtures'

function question(over: Partial<LmsQuestion> = {}): LmsQuestion {
  return { ...lmsFromQuestion(makeQuestion(), 'The diplomacy'), ...over }
}

/** All Aiken carries of a question: the question line, the options in order and the key. */
const carried = (p: ParsedQuestion) => ({ prompt: p.prompt, options: p.options, fractions: p.fractions })
function expected(q: LmsQuestion) {
  return {
    prompt: lmsLine(q.prompt),
    options: q.options.map(lmsLine),
    fractions: q.options.map((_, i) => i === q.answer ? 100 : 0),
  }
}

describe('toAiken', () => {
  it('writes the question line, lettered options and the answer line, a blank line between questions', () => {
    const { text, skipped } = toAiken([
      question({ prompt: 'Which\ncountry?', options: ['France', 'United\r\nStates'], answer: 1 }),
      question({ prompt: 'Second?', options: ['a', 'b', 'c'], answer: 0 }),
    ])
    expect(text).toBe('Which country?\nA. France\nB. United States\nANSWER: B\n\nSecond?\nA. a\nB. b\nC. c\nANSWER: A\n')
    expect(skipped).toEqual([])
  })

  it('writes nothing for nothing', () => {
    expect(toAiken([])).toEqual({ text: '', skipped: [] })
  })

  it.each([
    ['more options than letters', { options: Array.from({ length: 27 }, (_, i) => `o${i}`), answer: 0 }, /27 options; Aiken letters run from A to Z/],
    ['a question line read as an option', { prompt: 'A. Lincoln said what?' }, /starts like an option line/],
    ['a question line read as an option, with ")"', { prompt: 'B)\tor this?' }, /starts like an option line/],
    ['a question starting with an abbreviation, which current Moodle reads as an option', { prompt: 'U.S. envoys voted how?' }, /starts like an option line/],
    ['a question line read as an option with no space after the dot', { prompt: 'A.no space after the dot' }, /starts like an option line/],
    ['a question line read as the answer', { prompt: 'ANSWER: which one?' }, /starts like the answer line/],
    ['a question line too short to be read', { prompt: '?' }, /shorter than two characters/],
    ['a blank question', { prompt: '\n \u0001' }, /shorter than two characters/],
    ['an empty option', { options: ['France', ' \n', 'Ukraine'] }, /option B is empty/],
    ['a single option', { options: ['France'], answer: 0 }, /fewer than two options/],
  ])('skips %s and says why', (_, over, reason) => {
    const { text, skipped } = toAiken([question({ id: 'bad', ...over }), question({ id: 'good' })])
    expect(skipped).toEqual([{ id: 'bad', reason: expect.stringMatching(reason) }])
    expect(parseAiken(text)).toHaveLength(1)
  })

  it.each([
    ['é?'],
    ['a. lower-case letter'],
    ['ANSWER B'],
    ['Answer: C'],
  ])('keeps the question %j, which no importer misreads', (prompt) => {
    const { text, skipped } = toAiken([question({ prompt })])
    expect(skipped).toEqual([])
    expect(parseAiken(text)[0]?.prompt).toBe(prompt)
  })

  it('lets no option text read as the answer line: options start with their letter', () => {
    const { text } = toAiken([question({ options: ['ANSWER: A', 'B. C'], answer: 1 })])
    expect(parseAiken(text).map(carried)).toEqual([{ prompt: 'Which country drafted the competing resolution?', options: ['ANSWER: A', 'B. C'], fractions: [0, 100] }])
  })
})

describe('parseAiken (the test reader)', () => {
  it('reads "." and ")" options, trims lines and skips blank ones', () => {
    expect(parseAiken('\uFEFF  Q one?  \r\nA) x\r\nB.\ty \r\nANSWER:B\r\n\r\n\r\nQ two?\nA. 1\nB. 2\nANSWER: A').map(carried)).toEqual([
      { prompt: 'Q one?', options: ['x', 'y'], fractions: [0, 100] },
      { prompt: 'Q two?', options: ['1', '2'], fractions: [100, 0] },
    ])
  })

  it.each([
    ['A. x\nANSWER: A', /line 1: an option before any question/],
    ['Q?\nA. x\nC. y\nANSWER: A', /line 3: option C where B was expected/],
    ['Q?\nA. x\nB. y\nANSWER: C', /the answer C is not one of the 2 options/],
    ['Q?\nA. x\nB. y\nANSWER: maybe', /is not "ANSWER: " and a letter/],
    ['Q?\nA. x\nANSWER: A', /at least two options/],
    ['Q?\nmore question\nA. x\nB. y\nANSWER: A', /line 2: a second question line/],
    ['Q?\nA. x\nB. y\nNext?\nA. 1\nB. 2\nANSWER: A', /the question from line 1 has no ANSWER line/],
    ['Q?\nA. x\nB. y', /line 1: the file ends before/],
    ['ANSWER: A', /an ANSWER line before any question/],
  ])('throws on %j', (text, message) => {
    expect(() => parseAiken(text)).toThrow(message)
  })
})

describe('aiken round trip', () => {
  it('carries every item of the real bank, skipping none', () => {
    const { text, skipped } = toAiken(BANK_QUESTIONS)
    expect(skipped).toEqual([])
    expect(parseAiken(text).map(carried)).toEqual(BANK_QUESTIONS.map(q => ({
      prompt: q.prompt,
      options: q.options,
      fractions: q.options.map((_, i) => i === q.answer ? 100 : 0),
    })))
  })

  it.each(SESSIONS.map(s => [`${s.topic ?? 'all topics'}, ${s.difficulty}, seed ${s.seed}`, s] as const))('carries a session quiz (%s) in the order the students saw', (_, settings) => {
    const questions = sessionQuestions(settings)
    const { text, skipped } = toAiken(questions)
    expect(skipped).toEqual([])
    expect(parseAiken(text).map(carried)).toEqual(questions.map(expected))
  })

  it('carries any question it does not skip, and skips exactly those it cannot write (property)', () => {
    const promptArb = fc.oneof(anyText, fc.constantFrom('A. ', 'Z) ', 'ANSWER:', '?', 'x').chain(start => anyText.map(rest => start + rest)))
    const arb = fc.tuple(lmsQuestionArb, promptArb, fc.array(fc.oneof(anyText, fc.constant(' ')), { maxLength: 2 }))
      .map(([q, prompt, extra]) => ({ ...q, prompt, options: [...q.options, ...extra] }))
    fc.assert(fc.property(fc.array(arb, { minLength: 1, maxLength: 4 }), (qs) => {
      const { text, skipped } = toAiken(qs)
      const fits = qs.filter(q => aikenProblem(lmsLine(q.prompt), q.options.map(lmsLine), q.answer) === null)
      expect(skipped.map(s => s.id)).toEqual(qs.filter(q => !fits.includes(q)).map(q => q.id))
      expect(parseAiken(text).map(carried)).toEqual(fits.map(expected))
    }), { numRuns: 300 })
  })
})
