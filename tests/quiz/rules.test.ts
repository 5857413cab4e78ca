import { describe, expect, it } from 'vitest'
import { articleAgreement, auditQuestion, checkItem, checkNegativeShare, checkQuestion, isNegativeStem, questionSentence, stemOverlap } from '../../src/quiz/rules'
import type { Question } from '../../src/quiz/types'
import { makeItem, makeQuestion, makeTextItem } from '../builders'

const ctx = {
  article: 'The United States voted alongside Russia. Dorothy Shea, the U.S. envoy, spoke. Richard Gowan remarked. It passed with 93 votes for. Trump’s administration had drafted a competing resolution.',
}

const rulesOf = (violations: { rule: number }[]) => [...new Set(violations.map(v => v.rule))].sort()

describe('checkItem', () => {
  it('passes a well-formed item', () => {
    expect(checkItem(makeItem(), ctx)).toEqual([])
  })

  it.each([
    ['a quote not in the article', { sources: [{ kind: 'article' as const, quote: 'It passed with 94 votes for.' }] }, 2],
    ['no source', { sources: [] }, 2],
    ['"all of the above"', { kind: 'text' as const, key: 'All of the above', distractors: [{ text: 'Paris', why: 'x', near: true }, { text: 'London', why: 'y', near: false }] }, 3],
    ['a "both … and" option', { kind: 'text' as const, key: 'Both France and Britain', distractors: [{ text: 'France', why: 'x', near: true }, { text: 'Italy', why: 'y', near: false }] }, 3],
    ['aliases of one country', { kind: 'country' as const, key: 'United States', distractors: [{ text: 'Washington', why: 'x', near: true }, { text: 'France', why: 'y', near: false }] }, 4],
    ['a number in words', { distractors: [{ text: 'eighteen', why: 'x', near: true }, { text: '65', why: 'y', near: false }] }, 5],
    ['a person the article never names', { kind: 'person' as const, key: 'Dorothy Shea', distractors: [{ text: 'Richard Gowan', why: 'x', near: true }, { text: 'Emmanuel Macron', why: 'y', near: false }] }, 5],
    ['an invented country', { kind: 'country' as const, key: 'Russia', distractors: [{ text: 'Freedonia', why: 'x', near: true }, { text: 'France', why: 'y', near: false }] }, 5],
    ['text options mixing sentences and phrases', { kind: 'text' as const, key: 'It abstained', distractors: [{ text: 'It voted for.', why: 'x', near: true }, { text: 'It voted against', why: 'y', near: false }] }, 5],
    ['a stem with no question mark', { prompt: 'Name the number of yes votes.' }, 7],
    ['a stem too short', { prompt: 'Yes votes?' }, 7],
    ['a lowercase negative stem', { prompt: 'Which of these is not a tally of the vote?' }, 8],
    ['a variant with a lowercase negative', { variants: ['Which number was not the count of yes votes?'] }, 8],
    ['"a" before a vowel', { prompt: 'How many votes did a amended resolution get?' }, 9],
    ['"an" before a consonant', { prompt: 'How many votes did an resolution get?' }, 9],
    ['a country option naming two', { kind: 'country' as const, key: 'Russia', distractors: [{ text: 'France and Britain', why: 'x', near: true }, { text: 'China', why: 'y', near: false }] }, 9],
    ['an explanation without its source', { explanation: 'Because 93 is right.' }, 10],
    ['a distractor without a reason', { distractors: [{ text: '65', why: ' ', near: true }, { text: '18', why: 'y', near: false }] }, 10],
  ])('rejects %s (rule %i)', (_, over, rule) => {
    expect(rulesOf(checkItem(makeItem(over), ctx))).toContain(rule)
  })

  it.each([
    ['a capitalised negative stem', 'Which of these is NOT a tally of the vote?'],
    ['a premise with "not" before the question', 'Abstentions do not count as votes. How many votes were cast?'],
    ['"a UN" and "an abstention"', 'Which is a UN rule on an abstention?'],
    ['"a U.S." and "an 18-vote"', 'What did a U.S. envoy call an 18-vote minority?'],
  ])('accepts %s', (_, prompt) => {
    expect(checkItem(makeItem({ prompt }), ctx)).toEqual([])
  })

  it('accepts person options the article names', () => {
    const item = makeTextItem('people-shea', 'people', { prompt: 'Who is the U.S. envoy to the UN?', key: 'Dorothy Shea', distractors: [{ text: 'Richard Gowan', why: 'x', near: true }, { text: 'Trump', why: 'y', near: false }] })
    expect(checkItem(item, ctx)).toEqual([])
  })
})

describe('checkQuestion', () => {
  it('passes a well-formed question', () => {
    expect(checkQuestion(makeQuestion(), ctx)).toEqual([])
  })

  it.each<[string, Partial<Question>, number]>([
    ['an answer pointing at a distractor', { answer: 0 }, 1],
    ['two keys', { reasons: [null, null, 'x'] }, 1],
    ['two options', { options: ['France', 'United States'], reasons: ['x', null], answer: 1 }, 1],
    ['numbers out of order', { kind: 'number', options: ['93', '18', '65'], reasons: [null, 'x', 'y'], answer: 0, prompt: 'How many voted for it?' }, 6],
    ['duplicate options', { options: ['UK', 'United States', 'Britain'] }, 4],
  ])('rejects %s (rule %i)', (_, over, rule) => {
    expect(rulesOf(checkQuestion(makeQuestion(over), ctx))).toContain(rule)
  })
})

describe('checkNegativeShare', () => {
  it.each([
    [1, 10, false],
    [2, 10, true],
    [0, 5, false],
  ])('%i negative stems of %i items breaks rule 8: %j', (negative, total, breaks) => {
    const items = Array.from({ length: total }, (_, i) => makeItem({ id: `i-${i}`, prompt: i < negative ? 'Which is NOT a tally?' : 'Which is a tally?' }))
    expect(checkNegativeShare(items).length > 0).toBe(breaks)
  })
})

describe('helpers', () => {
  it.each([
    ['Abstentions do not count. How many voted?', 'How many voted?'],
    ['How many voted?', 'How many voted?'],
    ['The U.S. abstained. Why?', 'Why?'],
  ])('the question of %j is %j', (stem, question) => {
    expect(questionSentence(stem)).toBe(question)
  })

  it.each([
    ['Which is NOT true?', true],
    ['Which is not true?', false],
    ['Which EXCEPT?', true],
  ])('%j is a negative stem: %j', (stem, negative) => {
    expect(isNegativeStem(stem)).toBe(negative)
  })

  it.each([
    ['a amendment', 1],
    ['an amendment', 0],
    ['an veto', 1],
    ['a one-vote margin', 0],
    ['an hour', 0],
    ['a UN rule', 0],
    ['an 11-member council', 0],
    ['a 15-member council', 0],
    ['an unamended text', 0],
    ['a unanimous vote', 0],
    ['an European text', 1],
    ['a European text', 0],
    ['an UN rule', 1],
  ])('%j has %i a/an problems', (text, n) => {
    expect(articleAgreement(text)).toHaveLength(n)
  })

  it('counts content words shared with the stem', () => {
    expect(stemOverlap('Who drafted the competing resolution?', 'The competing resolution’s author')).toBe(2)
    expect(stemOverlap('Who drafted the competing resolution?', 'France')).toBe(0)
  })
})

describe('auditQuestion (soft rules)', () => {
  it.each<[string, Partial<Question>, string]>([
    ['a key far longer than the rest', { options: ['France', 'The United States of America under Trump', 'Ukraine'] }, 'key-longest'],
    ['a key echoing the stem', { prompt: 'Which country drafted the competing text?', options: ['France', 'The country that drafted it', 'Ukraine'] }, 'key-echoes-stem'],
    ['a middle numeric key', { kind: 'number', options: ['18', '93', '111'], reasons: ['x', null, 'y'], answer: 1 }, 'key-middle'],
    ['an absolute word in the key alone', { options: ['France', 'Only the United States', 'Ukraine'] }, 'absolute-key'],
    ['a long stem', { prompt: `${'word '.repeat(36)}?` }, 'long-stem'],
    ['a long option', { options: ['France', 'one two three four five six seven eight nine ten eleven twelve thirteen', 'Ukraine'] }, 'long-option'],
  ])('flags %s', (_, over, rule) => {
    expect(auditQuestion(makeQuestion(over)).map(f => f.rule)).toContain(rule)
  })

  it('flags nothing on a balanced question', () => {
    expect(auditQuestion(makeQuestion())).toEqual([])
  })
})
