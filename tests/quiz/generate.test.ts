import { describe, expect, it } from 'vitest'
import { buildQuestion, buildQuiz, selectPool } from '../../src/quiz/generate'
import { createRng } from '../../src/quiz/random'
import { makeBigBank, makeItem, makeTextItem } from '../builders'

const bank = makeBigBank(30)

describe('buildQuiz', () => {
  it('gives an identical quiz for the same seed and settings', () => {
    const settings = { seed: '42', count: 10, topic: null }
    expect(buildQuiz(bank, settings)).toEqual(buildQuiz(bank, settings))
  })

  it.each([
    [{ seed: '42', count: 10, topic: null }, { seed: '43', count: 10, topic: null }],
    [{ seed: '42', count: 10, topic: null }, { seed: '42', count: 10, topic: 'people' }],
  ])('gives a different quiz for other settings', (a, b) => {
    expect(buildQuiz(bank, a).questions.map(q => q.id)).not.toEqual(buildQuiz(bank, b).questions.map(q => q.id))
  })

  it.each([
    [{ count: 10, topic: null }, 10],
    [{ count: 5, topic: 'vote' }, 5],
    [{ count: 100, topic: null }, 30],
    [{ count: 100, topic: 'people' }, 15],
    [{ count: 0, topic: null }, 0],
    [{ count: 5, topic: 'nowhere' }, 0],
  ])('with %j has %i questions', (settings, expected) => {
    const quiz = buildQuiz(bank, { seed: 's', ...settings })
    expect(quiz.questions).toHaveLength(expected)
    expect(quiz.count).toBe(expected)
  })

  it('never asks the same item twice', () => {
    for (let s = 0; s < 50; s++) {
      const ids = buildQuiz(bank, { seed: String(s), count: 20, topic: null }).questions.map(q => q.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('keeps to the topic asked for', () => {
    const quiz = buildQuiz(bank, { seed: 'x', count: 10, topic: 'vote' })
    expect(quiz.questions.every(q => q.topic === 'vote')).toBe(true)
  })
})

describe('buildQuestion', () => {
  it('puts the key and every distractor in the options, with the answer pointing at the key', () => {
    const item = makeTextItem('people-who')
    for (let s = 0; s < 30; s++) {
      const q = buildQuestion(item, createRng(String(s)))
      expect(q.options.slice().sort()).toEqual([item.key, ...item.distractors.map(d => d.text)].sort())
      expect(q.options[q.answer]).toBe(item.key)
      expect(q.reasons[q.answer]).toBeNull()
      q.options.forEach((o, i) => {
        if (i !== q.answer)
          expect(q.reasons[i]).toBe(item.distractors.find(d => d.text === o)?.why)
      })
    }
  })

  it('puts the key in every position over many seeds', () => {
    const item = makeTextItem('people-who')
    const counts = [0, 0, 0]
    for (let s = 0; s < 900; s++)
      counts[buildQuestion(item, createRng(String(s))).answer]!++
    for (const c of counts)
      expect(c).toBeGreaterThan(250)
  })

  it.each([
    [['93', '65', '18'], ['18', '65', '93'], 2],
    [['9', '15', '5'], ['5', '9', '15'], 1],
    [['100', '7', '30'], ['7', '30', '100'], 2],
  ])('sorts numeric options ascending (%j)', (values, sorted, answer) => {
    const [key, d1, d2] = values as [string, string, string]
    const item = makeItem({ key, distractors: [{ text: d1, why: 'a' }, { text: d2, why: 'b' }] })
    const q = buildQuestion(item, createRng('n'))
    expect(q.options).toEqual(sorted)
    expect(q.answer).toBe(answer)
  })
})

describe('selectPool', () => {
  it('keeps bank order', () => {
    expect(selectPool(bank, 'vote').map(i => i.id)).toEqual(bank.items.filter(i => i.topic === 'vote').map(i => i.id))
  })
})
