import type { LmsQuestion } from '~/quiz/lms/lms'
// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeGift, lmsFromQuestion, toGift } from '~/quiz/lms/lms'
import { makeQuestion } from '../../builders'
import { BANK_QUESTIONS, categoryNames, compared, exactly, expectedCategoryNames, lmsQuestionArb, normalised, sessionQuestions, SESSIONS } from './fixtures'
import { parseGift } from './gift'

function question(over: Partial<LmsQuestion> = {}): LmsQuestion {
  return { ...lmsFromQuestion(makeQuestion(), 'The diplomacy'), ...over }
}

describe('escapeGift', () => {
  it.each([
    ['plain words', 'plain words'],
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['line\nbreak', 'line\\nbreak'],
    ['a backslash then n: \\n', 'a backslash then n\\: \\\\n'],
    ['ends in a backslash\\', 'ends in a backslash\\\\'],
    ['1 + 1 = 2 {ok}', '1 + 1 \\= 2 \\{ok\\}'],
    ['<b>&amp;</b> [html] %50% //', '<b>&amp;</b> [html] %50% //'],
  ])('%j is written %j', (text, escaped) => {
    expect(escapeGift(text)).toBe(escaped)
  })
})

describe('toGift', () => {
  it('writes a category, the named question in plain format, its answers and general feedback', () => {
    const gift = toGift([question({ options: ['France', 'United States'], answer: 1, feedback: ['France: amendments.', null], explanation: 'Drafted by the U.S.', sources: [{ kind: 'charter', ref: 'Art. 27' }] })])
    expect(gift).toBe([
      '// Quorum questions in GIFT format. Each question is named by its Quorum id.',
      '',
      '$CATEGORY: $course$/Quorum/The diplomacy',
      '',
      '::q-1::[plain]Which country drafted the competing resolution? {',
      '\t~France#France\\: amendments.',
      '\t=United States',
      '\t####Drafted by the U.S.\\n\\nSource\\: Art. 27',
      '}',
      '',
    ].join('\n'))
  })

  it('writes a category line only when the topic changes', () => {
    const gift = toGift([question({ id: 'a' }), question({ id: 'b' }), question({ id: 'c', category: 'The vote' }), question({ id: 'd' })])
    expect(gift.match(/^\$CATEGORY: .*$/gm)).toEqual([
      '$CATEGORY: $course$/Quorum/The diplomacy',
      '$CATEGORY: $course$/Quorum/The vote',
      '$CATEGORY: $course$/Quorum/The diplomacy',
    ])
  })

  it.each([
    ['[html]<b>bold</b>', '~[plain][html]<b>bold</b>'],
    ['%50%half', '~[plain]%50%half'],
    ['100%', '~100%'],
  ])('marks the option %j as plain where Moodle would misread its start', (option, line) => {
    const gift = toGift([question({ options: [option, 'Key'], answer: 1, feedback: [null, null] })])
    expect(gift.split('\n').map(l => l.trim())).toContain(line)
  })

  it('doubles backslashes in a category, the only escape Moodle reads there', () => {
    expect(toGift([question({ category: 'C:\\n' })])).toContain('$CATEGORY: $course$/Quorum/C:\\\\n\n')
  })
})

describe('parseGift (the test reader)', () => {
  it('reads comments, categories, titles, formats, escapes, weights and multi-line questions', () => {
    const parsed = parseGift([
      '// a comment',
      '$CATEGORY: $course$/Maths',
      '',
      '::Q\\: one::[html]What is',
      '// a comment inside a question',
      '1 \\+ 1 \\= ? {',
      '  =two # right\\! \\# 1',
      '  ~%50%three#[markdown]close',
      '  ~four',
      '  #### [plain]Because\\nit is.',
      '}',
      '',
      'Untitled {~a ~b =c}',
    ].join('\r\n'))
    expect(parsed).toEqual([
      {
        category: '$course$/Maths',
        name: 'Q: one',
        prompt: 'What is\n \n1 \\+ 1 = ?',
        options: ['two', 'three', 'four'],
        fractions: [100, 50, 0],
        feedback: ['right\\! # 1', 'close', null],
        generalFeedback: '[plain]Because\nit is.',
        shuffle: null,
        single: true,
        answerNumbering: null,
        defaultGrade: null,
        formats: ['html', 'markdown'],
      },
      expect.objectContaining({ category: '$course$/Maths', name: null, prompt: 'Untitled', options: ['a', 'b', 'c'], fractions: [0, 0, 100], generalFeedback: null, formats: ['moodle'] }),
    ])
  })

  it.each([
    ['::t::Q {~a =b', /no closing "\}"/],
    ['::t::Q } {~a =b}', /"\}" before its "\{"/],
    ['::t::Q {~a {=b}', /"\{" inside the answers/],
    ['::t::Q {~a =b} more text', /missing-word/],
    ['::t Q {~a =b}', /title has no closing "::"/],
    ['::t::Just a description', /description/],
    ['::t::Q {}', /essay/],
    ['::t::Q {#3:1}', /numerical/],
    ['::t::Q {=a =b}', /no "~" answer/],
    ['::t::Q {T}', /no "~" answer/],
    ['::t::Q {stray ~a =b}', /text before the first answer/],
    ['::t::Q {~ =b}', /answer 1 is empty/],
    ['::t::Q {~only}', /at least two answers/],
    ['$CATEGORY: a\\:b', /does not unescape "\\:"/],
    ['$CATEGORY: a\nQ {~a =b}', /must stand alone/],
  ])('throws on %j', (text, message) => {
    expect(() => parseGift(text)).toThrow(message)
  })
})

describe('gIFT round trip', () => {
  it('carries every item of the real bank, field by field', () => {
    const parsed = parseGift(toGift(BANK_QUESTIONS))
    expect(parsed).toHaveLength(BANK_QUESTIONS.length)
    parsed.forEach((p, i) => {
      const q = BANK_QUESTIONS[i]!
      expect(compared(p), q.id).toEqual(exactly(q))
      expect(categoryNames(p)).toEqual(['$course$', 'Quorum', q.category])
      expect(p.formats).toEqual(['plain'])
      expect(p.single).toBe(true)
    })
  })

  it.each(SESSIONS.map(s => [`${s.topic ?? 'all topics'}, ${s.difficulty}, seed ${s.seed}`, s] as const))('carries a session quiz (%s) as the students saw it', (_, settings) => {
    const questions = sessionQuestions(settings)
    expect(questions.length).toBeGreaterThan(0)
    expect(parseGift(toGift(questions)).map(compared)).toEqual(questions.map(exactly))
  })

  it('carries any text, after the documented normalisation (property)', () => {
    fc.assert(fc.property(fc.array(lmsQuestionArb, { minLength: 1, maxLength: 4 }), (qs) => {
      const parsed = parseGift(toGift(qs))
      expect(parsed.map(compared)).toEqual(qs.map(normalised))
      expect(parsed.map(categoryNames)).toEqual(qs.map(expectedCategoryNames))
      for (const p of parsed)
        expect(p.formats).toEqual(['plain'])
    }), { numRuns: 300 })
  })
})
