import { describe, expect, it } from 'vitest'
import { templateVariety } from '../../src/quiz/audit'
import { buildQuestion } from '../../src/quiz/generate'
import { DIFFICULTIES } from '../../src/quiz/settings'
import { createRng } from '../../src/quiz/random'
import { checkItem, checkQuestion } from '../../src/quiz/rules'
import { decideCouncil, presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded } from '../../src/quiz/rules-un'
import type { ScenarioTemplate } from '../../src/quiz/scenarios'
import { COUNCIL_OUTCOME_TEXT, councilOutcome, describeCouncilVote, presentAndVotingCount, SCENARIO_TEMPLATES, simpleMajority, twoThirdsMajority } from '../../src/quiz/scenarios'
import type { Item } from '../../src/quiz/types'

const DRAWS = 300
const ctx = { article: '' }

/** Every item a template makes in DRAWS tries at each difficulty. */
function drawAll(template: ScenarioTemplate): Item[] {
  return DIFFICULTIES.flatMap((difficulty) => {
    const rng = createRng(`test|${template.id}|${difficulty}`)
    return Array.from({ length: DRAWS }, () => template.generate(rng, difficulty))
  })
}

/** The numbers in a scenario id, in order. */
function params(item: Item): number[] {
  return (item.id.match(/\d+/g) ?? []).map(Number)
}

// Items are drawn inside each test, not when the file is collected, so that mutation testing
// can tell which tests run which code.
describe.each(SCENARIO_TEMPLATES.map(t => [t.id, t] as const))('scenario template %s', (_, template) => {
  it('makes items that pass every hard rule, with real near and far distractors', () => {
    for (const item of drawAll(template)) {
      expect(checkItem(item, ctx), item.id).toEqual([])
      expect(item.distractors.length).toBeGreaterThanOrEqual(2)
      expect(item.distractors.some(d => d.near)).toBe(true)
      expect(item.distractors.some(d => !d.near)).toBe(true)
      expect(item.distractors.map(d => d.text)).not.toContain(item.key)
      expect(item.form).toBe('scenario')
      expect(item.sources.some(s => s.kind === 'charter')).toBe(true)
    }
  })

  it('makes questions that pass every hard rule at every difficulty', () => {
    drawAll(template).forEach((item, i) => {
      const q = buildQuestion(item, createRng(String(i)), DIFFICULTIES[i % 3])
      expect(checkQuestion(q, ctx), q.prompt).toEqual([])
    })
  })

  it('can make at least 50 distinct questions', () => {
    expect(templateVariety(template, 200)).toBeGreaterThanOrEqual(50)
  })

  it('is deterministic for a seed', () => {
    const a = template.generate(createRng('same'), 'normal')
    const b = template.generate(createRng('same'), 'normal')
    expect(a).toEqual(b)
  })
})

describe('Security Council outcome scenarios', () => {
  it('computes the key from the Charter rule, and no distractor is also true', () => {
    for (const item of drawAll(councilOutcome)) {
      const [yes, no, permanentNo, abstain, permanentAbstain] = params(item) as [number, number, number, number, number]
      const substantive = item.id.includes('-s-')
      const vote = { yes, no, permanentNo, abstain, permanentAbstain, substantive }
      expect(yes + no + permanentNo + abstain).toBe(15)
      expect(permanentNo + permanentAbstain).toBeLessThanOrEqual(5)
      expect(item.key).toBe(COUNCIL_OUTCOME_TEXT[decideCouncil(vote)])
      expect(item.prompt).toContain(describeCouncilVote(vote))
      // Every permanent member's vote is known: those not voting no or abstaining voted yes.
      expect(5 - permanentNo - permanentAbstain).toBeLessThanOrEqual(yes)
      if (no + permanentNo > 0)
        expect(item.prompt).toMatch(/no votes? \((?:from|none from|both from|all from|one of them from|\d of them from)/)
      if (abstain > 0)
        expect(item.prompt).toMatch(/abstentions? \((?:by|none by|both by|all by|one of them by|\d of them by)/)
      // Never a draft that both lacks nine votes and is vetoed: two true answers.
      expect(substantive && yes < 9 && permanentNo > 0).toBe(false)
    }
  })

  it('covers every outcome, procedural matters and permanent abstentions', () => {
    const items = drawAll(councilOutcome)
    const keys = new Set(items.map(i => i.key))
    expect(keys).toEqual(new Set([COUNCIL_OUTCOME_TEXT.adopted, COUNCIL_OUTCOME_TEXT.vetoed, COUNCIL_OUTCOME_TEXT['too-few-votes']]))
    expect(items.some(i => i.prompt.includes('procedural'))).toBe(true)
    expect(items.some(i => i.distractors.some(d => d.text === COUNCIL_OUTCOME_TEXT['abstention-veto']))).toBe(true)
  })

  it.each([
    [{ yes: 11, no: 0, permanentNo: 1, abstain: 3, permanentAbstain: 0, substantive: true }, '11 yes votes, 1 no vote (from a permanent member) and 3 abstentions (none by a permanent member)'],
    [{ yes: 12, no: 2, permanentNo: 0, abstain: 1, permanentAbstain: 1, substantive: true }, '12 yes votes, 2 no votes (none from a permanent member) and 1 abstention (by a permanent member)'],
    [{ yes: 13, no: 1, permanentNo: 0, abstain: 1, permanentAbstain: 0, substantive: true }, '13 yes votes, 1 no vote (from an elected member) and 1 abstention (by an elected member)'],
    [{ yes: 10, no: 0, permanentNo: 0, abstain: 5, permanentAbstain: 2, substantive: true }, '10 yes votes, no votes against and 5 abstentions (2 of them by permanent members)'],
    [{ yes: 9, no: 2, permanentNo: 1, abstain: 3, permanentAbstain: 1, substantive: true }, '9 yes votes, 3 no votes (one of them from a permanent member) and 3 abstentions (one of them by a permanent member)'],
    [{ yes: 13, no: 0, permanentNo: 2, abstain: 0, permanentAbstain: 0, substantive: false }, '13 yes votes, 2 no votes (both from permanent members) and no abstentions'],
    [{ yes: 14, no: 0, permanentNo: 0, abstain: 1, permanentAbstain: 1, substantive: true }, '14 yes votes, no votes against and 1 abstention (by a permanent member)'],
  ])('describes %j in words', (vote, words) => {
    expect(describeCouncilVote(vote)).toBe(words)
  })
})

describe.each([
  ['present and voting', presentAndVotingCount, ([yes, no]: number[]) => presentAndVoting(yes!, no!)],
  ['two-thirds', twoThirdsMajority, ([voting]: number[]) => twoThirdsNeeded(voting!)],
  ['simple majority', simpleMajority, ([voting]: number[]) => simpleMajorityNeeded(voting!)],
] as const)('%s scenarios', (_, template, rule) => {
  it('compute the key with the rule and keep to 193 members', () => {
    for (const item of drawAll(template)) {
      const p = params(item)
      expect(item.key).toBe(String(rule(p)))
      expect(p.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(193)
      for (const n of p)
        expect(item.prompt).toContain(String(n))
    }
  })
})
