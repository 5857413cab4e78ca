import type { LmsQuestion } from '~/quiz/lms/lms'
// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { aikenProblem, generalFeedback, lmsFromItem, lmsFromQuestion, sourceText, toGift, toMoodleXml } from '~/quiz/lms/lms'
import { hashSeed } from '~/quiz/random'
import { makeQuestion, makeTextItem } from '../../builders'

// What the round trips in tests/quiz/lms/ leave open: the edges of each rule, and the exact text.

function question(over: Partial<LmsQuestion> = {}): LmsQuestion {
  return { ...lmsFromQuestion(makeQuestion(), 'The diplomacy'), ...over }
}

describe('aikenProblem at its edges', () => {
  const two = ['France', 'Russia']
  it.each<[string, string, string[], number, string | null]>([
    ['26 options, one a letter', 'Which?', Array.from({ length: 26 }, (_, i) => `o${i}`), 0, null],
    ['a negative key', 'Which?', two, -1, 'its key is not one of its options'],
    ['a key one past the options', 'Which?', two, 2, 'its key is not one of its options'],
    ['a key between options', 'Which?', two, 0.5, 'its key is not one of its options'],
    ['the last option as key', 'Which?', two, 1, null],
    ['a question of one byte', '?', two, 0, 'the question text is shorter than two characters, and Aiken importers skip such lines'],
    ['a question of two ASCII characters', 'Q?', two, 0, null],
    ['a question of one two-byte character', 'é', two, 0, null],
    ['a question of U+0080, two bytes in UTF-8', '\u0080', two, 0, null],
    ['an empty first option', 'Which?', ['', 'Russia'], 1, 'option A is empty'],
    ['an empty second option', 'Which?', ['France', ''], 0, 'option B is empty'],
  ])('%s', (_, prompt, options, answer, problem) => {
    expect(aikenProblem(prompt, options, answer)).toBe(problem)
  })
})

describe('lmsFromItem and lmsFromQuestion', () => {
  it('lists each option once, the key among the distractors where its id hashes to', () => {
    const id = ['item-a', 'item-b', 'item-c', 'item-d', 'x'].find(i => hashSeed(i) % 4 > 0)!
    const item = makeTextItem(id)
    const q = lmsFromItem(item, 'T')
    const distractors = item.distractors.map(d => d.text)
    expect(q.options).toEqual([...distractors.slice(0, q.answer), item.key, ...distractors.slice(q.answer)])
    expect(q.answer).toBeGreaterThan(0)
  })

  it('copies the options and reasons of a question, leaving the quiz alone', () => {
    const source = makeQuestion()
    const q = lmsFromQuestion(source, 'T')
    q.options.push('extra')
    q.feedback.push('extra')
    expect(source.options).toEqual(makeQuestion().options)
    expect(source.reasons).toEqual(makeQuestion().reasons)
  })
})

describe('source and general feedback text', () => {
  it('puts a quote with line breaks on one line', () => {
    expect(sourceText({ kind: 'article', quote: 'a step\n  in the\r\nright direction' })).toBe('From the article: “a step in the right direction”')
  })

  it('leaves out an explanation of only spaces', () => {
    expect(generalFeedback(question({ explanation: '   ', sources: [{ kind: 'charter', ref: 'Art. 27' }] }))).toBe('Source: Art. 27')
  })

  it('writes no general feedback in GIFT when there is none', () => {
    expect(toGift([question({ explanation: '', sources: [] })])).not.toContain('####')
  })
})

describe('toMoodleXml, word for word', () => {
  it('declares the XML first, sets one grade, a single answer and abc numbering, and one category per run', () => {
    const xml = toMoodleXml([question({ id: 'a' }), question({ id: 'b' })])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <!-- Quorum questions. Each question is named by its Quorum id. -->\n')).toBe(true)
    expect(xml.endsWith('\n</quiz>\n')).toBe(true)
    expect(xml.match(/<defaultgrade>1<\/defaultgrade>\n {4}<single>true<\/single>\n {4}<shuffleanswers>0<\/shuffleanswers>\n {4}<answernumbering>abc<\/answernumbering>/g)).toHaveLength(2)
    expect(xml.match(/<question type="category">/g)).toHaveLength(1)
  })
})
