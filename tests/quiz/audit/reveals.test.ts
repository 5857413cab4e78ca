import type { ScenarioTemplate } from '~/quiz/generate/scenarios/template'
import { describe, expect, it } from 'vitest'
import { keysStatedEarlier, undeclaredReveals, undeclaredTemplateReveals, unknownStatementIds } from '~/quiz/audit/reveals'
import { randomIndex } from '~/quiz/random'
import { makeBank, makeItem, makeQuestion, makeQuiz, makeTextItem } from '../../builders'

const yes = makeItem({ id: 'vote-yes-count', fact: 'tally-yes', key: '93', explanation: 'The article reports 93 votes for, 18 against.' })
const no = makeItem({
  id: 'vote-against-count',
  fact: 'tally-no',
  key: '18',
  distractors: [
    { text: '17', why: 'That took no part.', near: true },
    { text: '65', why: 'Abstentions.', near: true },
    { text: '193', why: 'Every member.', near: false },
  ],
  explanation: 'The article reports 18 against.',
  sources: [{ kind: 'charter', ref: 'UN Charter, Article 18' }],
})
const betsa = makeTextItem('people-betsa-role', 'people', { fact: 'betsa-title', kind: 'text', key: 'Ukraine’s Deputy Foreign Minister' })

describe('undeclaredReveals', () => {
  it('finds a key an item states without declaring it, and nothing once it is declared', () => {
    expect(undeclaredReveals(makeBank([yes, no]))).toEqual([{ id: 'vote-yes-count', fact: 'tally-no', of: 'vote-against-count' }])
    expect(undeclaredReveals(makeBank([{ ...yes, reveals: ['tally-no'] }, no]))).toEqual([])
  })

  it('reads a title in any item, and a number in a Charter article as no quantity', () => {
    const stem = makeTextItem('people-who', 'people', { prompt: 'What did Ukraine’s Deputy Foreign Minister, Mariana Betsa, stress?' })
    expect(undeclaredReveals(makeBank([betsa, stem, no]))).toEqual([{ id: 'people-who', fact: 'betsa-title', of: 'people-betsa-role' }])
  })

  it('never counts an item against another of its own fact', () => {
    expect(undeclaredReveals(makeBank([yes, { ...no, fact: 'tally-yes' }]))).toEqual([])
  })
})

describe('undeclaredTemplateReveals', () => {
  // Its wording always gives 18 against; its drawn tally is 93 one time in ten.
  const template = (reveals?: string[]): ScenarioTemplate => ({
    id: 'test',
    topic: 'procedure',
    title: 'Test',
    reveals,
    generate: rng => makeItem({
      id: 'scenario-test',
      fact: 'scenario-test',
      key: String(100 + randomIndex(rng, 50)),
      distractors: [{ text: '5', why: 'a', near: true }, { text: '6', why: 'b', near: false }, { text: '7', why: 'c', near: false }],
      explanation: `It had ${randomIndex(rng, 10) === 0 ? 93 : 94} yes votes and 18 against.`,
      sources: [{ kind: 'charter', ref: 'UN Charter, Article 18' }],
    }),
  })

  it('asks a template to declare what its wording states, not what a draw states by chance', () => {
    expect(undeclaredTemplateReveals(makeBank([yes, no]), [template()], 60)).toEqual([{ template: 'test', fact: 'tally-no', share: 1 }])
    expect(undeclaredTemplateReveals(makeBank([yes, no]), [template(['tally-no'])], 60)).toEqual([])
  })

  it('names a declared fact the bank does not have', () => {
    expect(undeclaredTemplateReveals(makeBank([yes, no]), [template(['tally-no', 'tally-gone'])], 10)).toEqual([{ template: 'test', fact: 'tally-gone', share: 0 }])
  })
})

describe('unknownStatementIds', () => {
  it('names the exception entries whose items the bank does not have', () => {
    expect(unknownStatementIds(makeBank([yes]))).toContain('vote-permanent-member-alongside-us')
    expect(unknownStatementIds(makeBank([yes]))).not.toContain('vote-yes-count')
  })
})

describe('keysStatedEarlier', () => {
  const tally = (id: string, fact: string, key: string, explanation: string) =>
    makeQuestion({ id, fact, kind: 'number', options: ['5', key, '500'], answer: 1, reasons: ['No.', null, 'No.'], explanation, sources: [] })

  it('finds a key shown by an earlier question, not by a later one', () => {
    const quiz = { ...makeQuiz([
      tally('a', 'tally-yes', '93', 'It passed 93–18–65.'),
      tally('b', 'tally-no', '18', 'The article reports 18 against.'),
      tally('c', 'tally-abstain', '65', 'Abstentions.'),
    ]), seed: 's' }
    expect(keysStatedEarlier([quiz])).toEqual([
      { seed: 's', position: 1, id: 'b', by: 'a' },
      { seed: 's', position: 2, id: 'c', by: 'a' },
    ])
    expect(keysStatedEarlier([{ ...quiz, questions: quiz.questions.slice(1).concat(quiz.questions[0]!) }])).toEqual([])
  })

  it('counts an option and a reason as shown', () => {
    const first = makeQuestion({ id: 'a', fact: 'f-a', options: ['Mariana Betsa', 'Dorothy Shea', 'Vassily Nebenzia'], answer: 1, reasons: ['She is Ukraine’s Deputy Foreign Minister.', null, 'Russia’s envoy.'] })
    const later = makeQuestion({ id: 'people-betsa-role', fact: 'betsa-title', kind: 'text', options: ['Ukraine’s President', 'Ukraine’s Deputy Foreign Minister', 'Hungary’s Prime Minister'], answer: 1, reasons: ['No.', null, 'No.'] })
    expect(keysStatedEarlier([{ ...makeQuiz([first, later]), seed: 's' }])).toEqual([{ seed: 's', position: 1, id: 'people-betsa-role', by: 'a' }])
  })
})
