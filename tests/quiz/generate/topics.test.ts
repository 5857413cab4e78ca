import { describe, expect, it } from 'vitest'
import { toPublicQuestion } from '~/quiz/generate/public'
import { SCENARIO_TEMPLATES } from '~/quiz/generate/scenarios'
import { topicSummaries } from '~/quiz/generate/topics'
import { makeBank, makeQuestion, makeTextItem } from '../../builders'

describe('topicSummaries', () => {
  it('lists each topic with its facts once each, sorted, scenario templates included', () => {
    const bank = makeBank([
      makeTextItem('b-item', 'vote', { fact: 'tally-b' }),
      makeTextItem('a-item', 'vote', { fact: 'tally-a' }),
      makeTextItem('a-again', 'vote', { fact: 'tally-a' }),
      makeTextItem('rule-item', 'procedure', { fact: 'veto' }),
    ])
    const scenarioFacts = SCENARIO_TEMPLATES.filter(t => t.topic === 'procedure').map(t => `scenario-${t.id}`)
    expect(scenarioFacts.length).toBeGreaterThan(0)
    expect(topicSummaries(bank)).toEqual([
      { id: 'vote', title: 'vote', facts: ['tally-a', 'tally-b'] },
      { id: 'procedure', title: 'procedure', facts: [...scenarioFacts, 'veto'].sort() },
    ])
  })

  it('keeps the topic title apart from its id', () => {
    const bank = { ...makeBank([makeTextItem('x')]), topics: [{ id: 'people', title: 'Who’s who', order: 1 }] }
    expect(topicSummaries(bank)).toEqual([{ id: 'people', title: 'Who’s who', facts: ['x'] }])
  })
})

describe('toPublicQuestion', () => {
  it('keeps what tools read and nothing of how the question was made', () => {
    const q = makeQuestion()
    expect(toPublicQuestion(q)).toStrictEqual({
      id: q.id,
      topic: q.topic,
      prompt: q.prompt,
      options: q.options,
      answer: q.answer,
      explanation: q.explanation,
      sources: q.sources,
    })
  })
})
