import type { ScenarioTemplate } from '~/quiz/generate/scenarios/template'
import { describe, expect, it } from 'vitest'
import { templateVariety } from '~/quiz/audit/audit'
import { closeNumberShare, distractorShares, templateQuestions, templateReport, templateVarietyByDifficulty } from '~/quiz/audit/templates'
import { randomIndex } from '~/quiz/random'
import { makeItem, makeQuestion } from '../../builders'

/** A number template: key 50, wrong options 10, 20, 49 and 90; prompt drawn from `prompts`. */
function numberTemplate(prompts: number): ScenarioTemplate {
  return {
    id: 'n',
    topic: 'procedure',
    title: 'N',
    generate: (rng, difficulty) => makeItem({
      prompt: `${difficulty} ${randomIndex(rng, prompts)}?`,
      key: '50',
      distractors: [
        { text: '10', why: 'Ten.', near: false },
        { text: '20', why: 'Twenty.', near: false },
        { text: '49', why: 'One short.', near: true },
        { text: '90', why: 'Ninety.', near: false },
      ],
    }),
  }
}

describe('templateVarietyByDifficulty', () => {
  it('counts the distinct questions of each difficulty, from the draws templateVariety counts', () => {
    const t = numberTemplate(1000)
    const by = templateVarietyByDifficulty(t, 40)
    expect(by.easy + by.normal + by.hard).toBe(templateVariety(t, 40))
    expect(templateVarietyByDifficulty(numberTemplate(3), 40)).toEqual({ easy: 3, normal: 3, hard: 3 })
  })
})

describe('distractorShares', () => {
  it('gives each wrong option the share of questions showing it, most shown first', () => {
    const questions = [
      makeQuestion({ options: ['1', '2', '3'], answer: 0 }),
      makeQuestion({ options: ['1', '2', '4'], answer: 2 }),
      makeQuestion({ options: ['2', '3', '5'], answer: 1 }),
      makeQuestion({ options: ['2', '3', '4'], answer: 0 }),
    ]
    expect(distractorShares(questions)).toEqual([
      { value: '2', share: 0.75 },
      { value: '3', share: 0.5 },
      { value: '1', share: 0.25 },
      { value: '4', share: 0.25 },
      { value: '5', share: 0.25 },
    ])
    expect(distractorShares([])).toEqual([])
  })
})

describe('closeNumberShare', () => {
  it('is the share of number questions with a wrong option one or two from the key', () => {
    expect(closeNumberShare([
      makeQuestion({ kind: 'number', options: ['48', '50', '90'], answer: 1 }),
      makeQuestion({ kind: 'number', options: ['47', '50', '90'], answer: 1 }),
      makeQuestion({ kind: 'number', options: ['10', '50', '52'], answer: 1 }),
      makeQuestion({ kind: 'number', options: ['10', '50', '53'], answer: 1 }),
    ])).toBe(0.5)
    expect(closeNumberShare([makeQuestion({ kind: 'text' })])).toBeNull()
  })
})

describe('templateReport', () => {
  it('reports variety, the wrong options shown, key positions and close numbers by difficulty', () => {
    const t = numberTemplate(1000)
    const r = templateReport(t, 60)
    expect(r.distinct).toEqual(templateVarietyByDifficulty(t, 60))
    expect(r.distractors.map(v => v.value).sort()).toEqual(['10', '20', '49', '90'])
    const counts = r.keyPositions.get(3)!
    expect(counts.reduce((a, b) => a + b, 0)).toBe(180)
    // Only 90 is above 50, so the key is never the lowest of three.
    expect(counts[0]).toBe(0)
    expect(counts[1]).toBeGreaterThan(0)
    expect(counts[2]).toBeGreaterThan(0)
    // Easy quizzes take the far numbers, hard ones 49 first.
    expect(r.close.easy).toBe(0)
    expect(r.close.easy).toBe(closeNumberShare(templateQuestions(t, 60, 'easy')))
    expect(r.close.hard).toBeGreaterThan(0.3)
    expect(r.topShare.easy?.share).toBeGreaterThan(0)
  })
})
