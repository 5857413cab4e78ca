import type { Item, Question } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { articleAgreement, auditQuestion, checkItem, checkNegativeShare, checkQuestion, isNegativeStem, questionSentence, stemOverlap } from '~/quiz/audit/item-rules'
import { makeItem, makeQuestion, makeTextItem } from '../../builders'

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
    ['a wrong country the stem names', { kind: 'country', prompt: 'Which European country opposed the amendments France pushed for?', options: ['France', 'Hungary', 'Ukraine'] }, 'distractor-in-stem'],
    ['a wrong country the stem names by another spelling', { kind: 'country', prompt: 'Which country could not support the U.S. text?', options: ['United States', 'United Kingdom', 'China'] }, 'distractor-in-stem'],
  ])('flags %s', (_, over, rule) => {
    expect(auditQuestion(makeQuestion(over)).map(f => f.rule)).toContain(rule)
  })

  it('flags nothing on a balanced question', () => {
    expect(auditQuestion(makeQuestion())).toEqual([])
  })

  it.each<[string, Partial<Question>]>([
    ['the key named in the stem', { kind: 'country', prompt: 'Which country drafted the U.S. text?', options: ['France', 'United States', 'Ukraine'] }],
    ['a text option that shares a stem word', { kind: 'text', prompt: 'How did France vote?', options: ['France voted no', 'It abstained', 'It voted yes'] }],
  ])('does not flag %s as a wrong option the stem names', (_, over) => {
    expect(auditQuestion(makeQuestion(over)).map(f => f.rule)).not.toContain('distractor-in-stem')
  })
})

// What an author reads: each violation names the rule and quotes what breaks it.
describe('checkItem messages', () => {
  const LONG_QUOTE = 'It passed with 94 votes for, a tally no report of the vote gives anywhere at all.'
  it.each<[string, Partial<Item>, { rule: number, message: string }[]]>([
    ['no source', { sources: [] }, [{ rule: 2, message: 'has no source' }]],
    ['a long quote not in the article', { sources: [{ kind: 'article', quote: LONG_QUOTE }] }, [{ rule: 2, message: `quotes the article, but not verbatim: "${LONG_QUOTE.slice(0, 60)}…"` }]],
    ['a Charter source without a reference', { sources: [{ kind: 'charter', ref: '  ' }] }, [{ rule: 2, message: 'cites a charter source without a reference' }]],
    ['a stem without a question mark', { prompt: 'Name the number of yes votes.' }, [{ rule: 7, message: 'stem is not a question ending in "?": "Name the number of yes votes."' }]],
    ['a stem starting in lowercase', { prompt: 'how many UN members voted yes?' }, [{ rule: 7, message: 'stem does not start as a sentence: "how many UN members voted yes?"' }]],
    ['a stem of three words, however spaced', { prompt: 'Did it  pass?' }, [{ rule: 7, message: 'stem is too short to be a complete question: "Did it  pass?"' }]],
    ['a stem that only the options explain', { prompt: 'The vote was close. Which of these does the article report about it?' }, [{ rule: 7, message: 'stem cannot be answered with the options covered: "Which of these does the article report about it?"' }]],
    ['a stem asking which statement is true', { prompt: 'Which statement matches the article?' }, [{ rule: 7, message: 'stem cannot be answered with the options covered: "Which statement matches the article?"' }]],
    ['a stem asking which of the following', { prompt: 'Which of the following could win a seat?' }, [{ rule: 7, message: 'stem cannot be answered with the options covered: "Which of the following could win a seat?"' }]],
    ['a lowercase negative', { prompt: 'Which number was not the tally?' }, [{ rule: 8, message: 'negative stem not in capitals: "Which number was not the tally?"' }]],
    ['"a" before a vowel in the stem', { prompt: 'How many votes did a  amended text get?' }, [{ rule: 9, message: 'in the stem, "a amended" should be "an amended"' }]],
    ['"an" before a consonant in an option', { kind: 'text', key: 'An resolution', distractors: [{ text: 'A vote', why: 'x', near: true }, { text: 'A debate', why: 'y', near: false }] }, [{ rule: 9, message: 'in option "An resolution", "an resolution" should be "a resolution"' }]],
    ['"all of the above"', { kind: 'text', key: 'All of the above', distractors: [{ text: 'Paris', why: 'x', near: true }, { text: 'London', why: 'y', near: false }] }, [{ rule: 3, message: 'option combines or points to others: "All of the above"' }]],
    ['two names for one country', { kind: 'country', key: 'United States', distractors: [{ text: 'Washington', why: 'x', near: true }, { text: 'France', why: 'y', near: false }] }, [
      { rule: 4, message: 'options "United States" and "Washington" are the same' },
      { rule: 5, message: 'country option "Washington" is not a known country name' },
    ]],
    ['digits then letters', { distractors: [{ text: '65th', why: 'x', near: true }, { text: '18', why: 'y', near: false }] }, [{ rule: 5, message: 'number options must all be whole numbers in digits: 18 | 65th | 93' }]],
    ['letters then digits', { distractors: [{ text: 'n65', why: 'x', near: true }, { text: '18', why: 'y', near: false }] }, [{ rule: 5, message: 'number options must all be whole numbers in digits: 93 | n65 | 18' }]],
    ['a person the article never names', { kind: 'person', key: 'Dorothy Shea', distractors: [{ text: 'Richard Gowan', why: 'x', near: true }, { text: 'Emmanuel Macron', why: 'y', near: false }] }, [{ rule: 5, message: 'person option "Emmanuel Macron" is not a name the article gives' }]],
    ['an invented country', { kind: 'country', key: 'Russia', distractors: [{ text: 'Freedonia', why: 'x', near: true }, { text: 'France', why: 'y', near: false }] }, [{ rule: 5, message: 'country option "Freedonia" is not a known country name' }]],
    ['options in mixed case', { kind: 'text', key: 'Paris', distractors: [{ text: 'london', why: 'x', near: true }, { text: 'Rome', why: 'y', near: false }] }, [{ rule: 5, message: 'options mix capitalised and lowercase starts: Paris | london | Rome' }]],
    ['options in mixed case, the first in lowercase', { kind: 'text', key: 'paris', distractors: [{ text: 'London', why: 'x', near: true }, { text: 'rome', why: 'y', near: false }] }, [{ rule: 5, message: 'options mix capitalised and lowercase starts: paris | London | rome' }]],
    ['sentences mixed with phrases', { kind: 'text', key: 'It abstained', distractors: [{ text: 'It voted for!', why: 'x', near: true }, { text: 'It voted against', why: 'y', near: false }] }, [{ rule: 5, message: 'options mix sentences and phrases: It abstained | It voted for! | It voted against' }]],
    ['a person option naming two', { kind: 'person', key: 'Dorothy Shea', distractors: [{ text: 'Richard Gowan, Dorothy', why: 'x', near: true }, { text: 'Trump', why: 'y', near: false }] }, [{ rule: 9, message: 'a person option names more than one: Dorothy Shea | Richard Gowan, Dorothy | Trump' }]],
    ['an explanation without its source', { explanation: 'Because 93 is right.' }, [{ rule: 10, message: 'explanation does not name its source (the article, the Charter, a rule or a record)' }]],
    ['a distractor without a reason', { distractors: [{ text: '65', why: ' ', near: true }, { text: '18', why: 'y', near: false }] }, [{ rule: 10, message: 'a distractor has no reason why it is wrong' }]],
  ])('%s', (_, over, violations) => {
    expect(checkItem(makeItem(over), { article: `${ctx.article} Richard Gowan, Dorothy Shea.` })).toEqual(violations)
  })

  it('accepts text options stating numbers in any order, which it sorts, and the same number twice', () => {
    const distractors = [{ text: '18 members voted against it', why: 'x', near: true }, { text: '17 members had their votes vetoed', why: 'y', near: false }]
    expect(checkItem(makeItem({ kind: 'text', form: 'cause', prompt: 'Why were 17 members left out of the count?', key: '17 members did not take part', distractors }), ctx)).toEqual([])
  })

  it('accepts a stem of four words and number options out of order, which it sorts', () => {
    expect(checkItem(makeItem({ prompt: 'How many voted yes?', distractors: [{ text: '111', why: 'x', near: true }, { text: '18', why: 'y', near: false }] }), ctx)).toEqual([])
  })

  it('does not read a premise with two spaces before the question as part of it', () => {
    expect(questionSentence('Abstentions do not count.  How many voted?')).toBe('How many voted?')
    expect(checkItem(makeItem({ prompt: 'Abstentions do not count.  How many voted?' }), ctx)).toEqual([])
  })
})

describe('checkQuestion messages', () => {
  it.each<[string, Partial<Question>, { rule: number, message: string }[]]>([
    ['two options', { options: ['France', 'United States'], reasons: ['x', null], answer: 1 }, [{ rule: 1, message: 'only 2 options' }]],
    ['a negative answer', { answer: -1 }, [{ rule: 1, message: 'the answer does not point at the one key' }]],
    ['an answer past the options, with a key there', { answer: 3, reasons: ['x', 'y', 'z', null] }, [
      { rule: 1, message: 'the answer does not point at the one key' },
      { rule: 1, message: 'there must be exactly one key, and a reason for every other option' },
    ]],
    ['a reason too few', { reasons: ['x', null] }, [{ rule: 1, message: 'there must be exactly one key, and a reason for every other option' }]],
    ['numbers out of order', { kind: 'number', options: ['93', '18', '65'], reasons: [null, 'x', 'y'], answer: 0, prompt: 'How many voted for it?' }, [{ rule: 6, message: 'number options are not in ascending order: 93 | 18 | 65' }]],
    ['text stating numbers out of order', { kind: 'text', options: ['84 %', '53 %', '48 %'], reasons: [null, 'x', 'y'], answer: 0, prompt: 'What share voted yes?' }, [{ rule: 6, message: 'options stating numbers are not in ascending order: 84 % | 53 % | 48 %' }]],
    ['a number twice', { kind: 'number', options: ['18', '18', '65'], reasons: [null, 'x', 'y'], answer: 0, prompt: 'How many voted for it?' }, [
      { rule: 4, message: 'options "18" and "18" are the same' },
      { rule: 6, message: 'number options are not in ascending order: 18 | 18 | 65' },
    ]],
  ])('%s', (_, over, violations) => {
    expect(checkQuestion(makeQuestion(over), ctx)).toEqual(violations)
  })
})

describe('checkNegativeShare message', () => {
  it('says how many items are negative and how many may be', () => {
    const items = Array.from({ length: 25 }, (_, i) => makeItem({ id: `i-${i}`, prompt: i < 3 ? 'Which is NOT a tally?' : 'Which is a tally?' }))
    expect(checkNegativeShare(items)).toEqual([{ rule: 8, message: '3 of 25 items have negative stems; at most 2 may' }])
  })
})

describe('stemOverlap', () => {
  it.each([
    ['Which UN body voted?', 'The UN body', 1],
    ['Who drafted the resolution text?', 'The drafted text', 2],
    ['Who drafted it?', 'It drafted', 1],
    ['Who voted?', 'Nobody', 0],
  ])('%j and %j share %i content words of three letters or more', (stem, option, n) => {
    expect(stemOverlap(stem, option)).toBe(n)
  })
})

describe('auditQuestion boundaries', () => {
  const text = (options: string[], answer: number, over: Partial<Question> = {}) =>
    makeQuestion({ kind: 'text', prompt: 'Which body acted first?', options, answer, reasons: options.map((_, i) => (i === answer ? null : 'x')), ...over })
  const x = (n: number) => 'x'.repeat(n)

  it.each<[string, Question, { rule: string, message: string }[]]>([
    ['a key just 1.5 times the longest distractor', text([x(24), x(36), 'y'], 1), []],
    ['a key 12 characters and more than half again longer', text([x(20), x(32), 'y'], 1), [{ rule: 'key-longest', message: `key "${x(32)}" is much longer than every distractor` }]],
    ['a key 11 characters longer', text([x(30), x(46).slice(0, 41), 'y'], 1), []],
    ['a key longer than the shortest distractor only', text(['ab', x(20), x(25)], 2), []],
    ['a long number key', makeQuestion({ kind: 'number', options: ['1', '2', '1234567890123456'], answer: 2, reasons: ['x', 'y', null] }), []],
    ['a key sharing as many stem words as a distractor', text(['Body acted', 'The first body', 'Other'], 1), []],
    ['a key sharing stem words, a distractor more', text(['Body acted first', 'The first one', 'Other'], 1), []],
    ['a key sharing more stem words than every distractor', text(['Nobody', 'The body acted', 'First'], 1), [{ rule: 'key-echoes-stem', message: 'key "The body acted" repeats more words of the stem than any distractor' }]],
    ['a number key at an end', makeQuestion({ kind: 'number', options: ['18', '65', '93'], answer: 0, reasons: [null, 'x', 'y'] }), []],
    ['a number key in the middle', makeQuestion({ kind: 'number', options: ['18', '65', '93'], answer: 1, reasons: ['x', null, 'y'] }), [{ rule: 'key-middle', message: 'key 65 is the middle value' }]],
    ['absolute words in the key and a distractor', text(['It never acted', 'It always acted', 'It acted'], 1), []],
    ['an absolute word in the key alone', text(['It rarely acted', 'It always acted', 'It acted'], 1), [{ rule: 'absolute-key', message: 'only the key uses an absolute word: "It always acted"' }]],
    ['a stem of 35 words', text(['A', 'B', 'C'], 0, { prompt: `${'word '.repeat(34)}end?` }), []],
    ['a stem of 36 words', text(['A', 'B', 'C'], 0, { prompt: `${'word '.repeat(35)}end?` }), [{ rule: 'long-stem', message: 'stem has 36 words' }]],
    ['options of 12 words', text(['A', 'w '.repeat(12).trim(), 'C'], 0), []],
    ['an option of 13 words', text(['A', 'w '.repeat(13).trim(), 'C'], 0), [{ rule: 'long-option', message: `option "${'w '.repeat(13).trim()}" has 13 words` }]],
  ])('%s', (_, q, findings) => {
    expect(auditQuestion(q)).toEqual(findings)
  })
})
