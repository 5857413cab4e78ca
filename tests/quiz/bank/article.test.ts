import { describe, expect, it } from 'vitest'
import { sentencesCited, splitSentences } from '~/quiz/bank/article'
import { articleModel } from '~/quiz/bank/article-view'
import { makeBank, makeItem } from '../../builders'

const texts = (body: string) => splitSentences(body).map(s => s.text)

describe('splitSentences', () => {
  it.each([
    ['full stops', 'It passed. Russia voted no.', ['It passed.', 'Russia voted no.']],
    ['question and exclamation marks', 'Why? Because! Done.', ['Why?', 'Because!', 'Done.']],
    ['a closing quote, kept with its sentence', 'He said “Go now.” Then he left.', ['He said “Go now.”', 'Then he left.']],
    ['an opening quote starting the next sentence', 'It passed. “A step,” he said.', ['It passed.', '“A step,” he said.']],
    ['several spaces between sentences', 'One vote.   Two votes.', ['One vote.', 'Two votes.']],
    ['no break before a lowercase word', 'It was e.g. late. Then it ended.', ['It was e.g. late.', 'Then it ended.']],
    ['no break without white space after the stop', 'Version 2.0 shipped.Then it ended.', ['Version 2.0 shipped.Then it ended.']],
    ['no break after an abbreviation mid-sentence', 'The U.S. Ambassador spoke. Then he left.', ['The U.S. Ambassador spoke.', 'Then he left.']],
    ['no break after an abbreviation starting the sentence', 'Mr. Smith spoke. Then he left.', ['Mr. Smith spoke.', 'Then he left.']],
    ['a break after a word merely ending like an abbreviation', 'He lives in AU.K. Then he left.', ['He lives in AU.K.', 'Then he left.']],
    ['no break after an abbreviation before a name', 'He met Dr. Who. Then he left.', ['He met Dr. Who.', 'Then he left.']],
    ['a text without a final stop', 'It passed. Then', ['It passed.', 'Then']],
  ])('splits at %s', (_, body, expected) => {
    expect(texts(body)).toEqual(expected)
  })

  it('numbers sentences through the text and paragraphs by non-blank line, with offsets into the body', () => {
    const body = 'One vote. Two votes.\n\n   \n  Three votes.'
    expect(splitSentences(body)).toEqual([
      { n: 1, paragraph: 1, text: 'One vote.', start: 0, end: 9 },
      { n: 2, paragraph: 1, text: 'Two votes.', start: 10, end: 20 },
      { n: 3, paragraph: 2, text: 'Three votes.', start: 28, end: 40 },
    ])
    for (const s of splitSentences(body))
      expect(body.slice(s.start, s.end)).toBe(s.text)
  })

  it('finds nothing in a blank text', () => {
    expect(splitSentences('\n  \n')).toEqual([])
  })
})

describe('sentencesCited', () => {
  const body = 'One vote. Two votes. Three votes.'
  const sentences = splitSentences(body)
  const cited = (quote: string) => sentencesCited(sentences, body, quote).map(s => s.n)

  it.each([
    ['one whole sentence', 'Two votes.', [2]],
    ['part of a sentence', 'wo vot', [2]],
    ['a quote across two sentences', 'vote. Two', [1, 2]],
    ['a quote ending where the next sentence starts', 'One vote. ', [1]],
    ['a quote starting where the sentence before ends', ' Two', [2]],
    ['all of it', body, [1, 2, 3]],
    ['a quote not in the text', 'Four votes.', []],
    ['an empty quote', '', []],
  ])('cites %s', (_, quote, expected) => {
    expect(cited(quote)).toEqual(expected)
  })
})

describe('articleModel', () => {
  const body = 'Alpha one. Beta two.\nGamma three.\nDelta four.'
  const bank = makeBank([
    makeItem({ id: 'a', fact: 'shared', sources: [{ kind: 'article', quote: 'Alpha one.' }] }),
    makeItem({ id: 'b', fact: 'shared', sources: [{ kind: 'article', quote: 'Beta two.' }, { kind: 'article', quote: 'Alpha' }] }),
    makeItem({ id: 'c', fact: 'own', sources: [{ kind: 'article', quote: 'Gamma' }, { kind: 'charter', ref: 'Art. 27' }] }),
    makeItem({ id: 'd', fact: 'other', sources: [{ kind: 'article', quote: 'two.\nGamma' }] }),
  ])

  it('counts a paragraph\'s questions as it is told to', () => {
    expect(articleModel(bank, 'The headline', body, ids => 10 * ids.length).paragraphs.map(p => p.questions)).toEqual([30, 20, 0])
  })

  it('groups sentences into paragraphs, each with the items citing it once and one question per fact', () => {
    expect(articleModel(bank, 'The headline', body)).toEqual({
      headline: 'The headline',
      paragraphs: [
        {
          n: 1,
          sentences: [
            { n: 1, text: 'Alpha one.', items: ['a', 'b'] },
            { n: 2, text: 'Beta two.', items: ['b', 'd'] },
          ],
          items: ['a', 'b', 'd'],
          questions: 2,
        },
        { n: 2, sentences: [{ n: 3, text: 'Gamma three.', items: ['c', 'd'] }], items: ['c', 'd'], questions: 2 },
        { n: 3, sentences: [{ n: 4, text: 'Delta four.', items: [] }], items: [], questions: 0 },
      ],
    })
  })
})
