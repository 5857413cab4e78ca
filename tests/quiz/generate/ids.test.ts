import type { Item } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { presentAndVotingCount, simpleMajority, twoThirdsMajority } from '~/quiz/generate/scenarios/assembly'
import { COUNCIL_OUTCOME_TEXT, councilOutcome } from '~/quiz/generate/scenarios/council'
import { councilScenarioId, parseCouncilScenarioId, parsePresentAndVotingId, parseThresholdId, presentAndVotingId, thresholdScenarioId } from '~/quiz/generate/scenarios/ids'
import { decideCouncil, presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded } from '~/quiz/procedure/voting'
import { createRng } from '~/quiz/random'
import { DIFFICULTIES } from '~/quiz/settings'

function draw(template: { id: string, generate: (rng: () => number, d: 'easy' | 'normal' | 'hard') => Item }): Item[] {
  return DIFFICULTIES.flatMap((d) => {
    const rng = createRng(`ids|${template.id}|${d}`)
    return Array.from({ length: 100 }, () => template.generate(rng, d))
  })
}

describe('scenario ids name the vote they ask about', () => {
  it.each([
    ['scenario-sc-outcome-s-11-0-1-3-0', { yes: 11, no: 0, permanentNo: 1, abstain: 3, permanentAbstain: 0, substantive: true }],
    ['scenario-sc-outcome-p-9-2-2-2-1', { yes: 9, no: 2, permanentNo: 2, abstain: 2, permanentAbstain: 1, substantive: false }],
  ])('%s', (id, vote) => {
    expect(parseCouncilScenarioId(id)).toEqual(vote)
    expect(councilScenarioId(vote)).toBe(id)
  })

  it.each([
    ['scenario-ga-present-voting-93-18-65', presentAndVotingId, parsePresentAndVotingId, { yes: 93, no: 18, abstain: 65 }],
    ['scenario-ga-two-thirds-111-65', thresholdScenarioId, parseThresholdId, { template: 'ga-two-thirds', voting: 111, abstain: 65 }],
    ['scenario-ga-simple-majority-80-7', thresholdScenarioId, parseThresholdId, { template: 'ga-simple-majority', voting: 80, abstain: 7 }],
  ] as const)('%s', (id, write, read, vote) => {
    expect(read(id)).toEqual(vote)
    expect((write as (v: typeof vote) => string)(vote)).toBe(id)
  })

  it.each([
    'scenario-sc-outcome-x-11-0-1-3-0',
    'scenario-sc-outcome-s-11-0-1-3',
    'scenario-ga-present-voting-93-18',
    'scenario-ga-three-quarters-111-65',
    'vote-yes-count',
  ])('reads no vote from %j', (id) => {
    expect(parseCouncilScenarioId(id)).toBeNull()
    expect(parsePresentAndVotingId(id)).toBeNull()
    expect(parseThresholdId(id)).toBeNull()
  })

  it('gives back, for every Council question, the vote whose outcome is the key', () => {
    for (const item of draw(councilOutcome)) {
      const vote = parseCouncilScenarioId(item.id)
      expect(vote, item.id).not.toBeNull()
      expect(COUNCIL_OUTCOME_TEXT[decideCouncil(vote!)]).toBe(item.key)
    }
  })

  it('gives back, for every Assembly question, the numbers its key is computed from', () => {
    for (const item of draw(presentAndVotingCount)) {
      const t = parsePresentAndVotingId(item.id)!
      expect(String(presentAndVoting(t.yes, t.no))).toBe(item.key)
    }
    for (const [template, needed] of [[twoThirdsMajority, twoThirdsNeeded], [simpleMajority, simpleMajorityNeeded]] as const) {
      for (const item of draw(template)) {
        const t = parseThresholdId(item.id)!
        expect(t.template).toBe(template.id)
        expect(String(needed(t.voting))).toBe(item.key)
      }
    }
  })
})
