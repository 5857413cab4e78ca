import type { CouncilVote } from '~/quiz/procedure/voting'
import { describe, expect, it } from 'vitest'
import { decideAssembly, decideCouncil, permanentVotesFit, presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded } from '~/quiz/procedure/voting'

function vote(over: Partial<CouncilVote>): CouncilVote {
  return { yes: 0, no: 0, permanentNo: 0, abstain: 0, permanentAbstain: 0, substantive: true, ...over }
}

describe('decideCouncil (Charter Art. 27)', () => {
  it.each([
    // UN-PROCEDURE.md's worked examples
    ['11 yes, 1 permanent no, 3 abstentions: vetoed', vote({ yes: 11, permanentNo: 1, abstain: 3 }), 'vetoed'],
    ['10 yes, 5 abstentions incl. two permanent: adopted', vote({ yes: 10, abstain: 5, permanentAbstain: 2 }), 'adopted'],
    ['8 yes, 7 abstentions: fewer than nine', vote({ yes: 8, abstain: 7 }), 'too-few-votes'],
    // SC resolution 2774: 10–0–5, adopted
    ['resolution 2774, 10–0–5', vote({ yes: 10, abstain: 5, permanentAbstain: 2 }), 'adopted'],
    // GA/12677: European amendments got 9 and 11 yes votes but failed on Russia's no
    ['an amendment with 9 yes and Russia voting no', vote({ yes: 9, permanentNo: 1, no: 2, abstain: 3 }), 'vetoed'],
    ['exactly nine yes, no veto', vote({ yes: 9, no: 6 }), 'adopted'],
    ['elected members voting no are no veto', vote({ yes: 9, no: 6 }), 'adopted'],
    ['procedural: a permanent no is no veto', vote({ yes: 9, permanentNo: 2, no: 4, substantive: false }), 'adopted'],
    ['procedural: still needs nine', vote({ yes: 8, abstain: 7, substantive: false }), 'too-few-votes'],
    ['unanimous', vote({ yes: 15 }), 'adopted'],
  ])('%s', (_, v, outcome) => {
    expect(decideCouncil(v)).toBe(outcome)
  })
})

describe('general Assembly arithmetic (Art. 18; "present and voting")', () => {
  it.each([
    [93, 18, 111],
    [1, 0, 1],
    [100, 93, 193],
  ])('%i yes and %i no make %i present and voting', (yes, no, expected) => {
    expect(presentAndVoting(yes, no)).toBe(expected)
  })

  it.each([
    [111, 74], // ES-11/7: 93 of 111 is above two-thirds
    [176, 118], // the misconception: counting abstentions
    [193, 129], // the misconception: all members
    [3, 2],
    [4, 3],
    [90, 60],
  ])('two-thirds of %i votes cast needs %i yes', (voting, needed) => {
    expect(twoThirdsNeeded(voting)).toBe(needed)
    expect(3 * needed).toBeGreaterThanOrEqual(2 * voting)
    expect(3 * (needed - 1)).toBeLessThan(2 * voting)
  })

  it.each([
    [111, 56],
    [110, 56],
    [193, 97],
    [1, 1],
  ])('a simple majority of %i votes cast needs %i yes', (voting, needed) => {
    expect(simpleMajorityNeeded(voting)).toBe(needed)
    expect(2 * needed).toBeGreaterThan(voting)
    expect(2 * (needed - 1)).toBeLessThanOrEqual(voting)
  })

  it.each([
    [93, 18, true, true], // ES-11/7
    [70, 36, true, false],
    [72, 36, true, true], // exactly two-thirds
    [50, 49, false, true],
    [49, 49, false, false], // a tie fails
  ])('%i yes, %i no, important %j: adopted %j', (yes, no, important, adopted) => {
    expect(decideAssembly(yes, no, important)).toBe(adopted)
  })
})

describe('permanentVotesFit: every permanent member not voting no or abstaining voted yes', () => {
  it.each([
    ['resolution 2774, 10–0–5 with two permanent abstentions: three permanent yes votes among ten', vote({ yes: 10, abstain: 5, permanentAbstain: 2 }), true],
    ['four yes votes cannot hold the five permanent members', vote({ yes: 4, no: 11 }), false],
    ['four yes votes hold four, with one permanent no', vote({ yes: 4, no: 10, permanentNo: 1 }), true],
    ['two permanent no votes and one abstention leave two to vote yes', vote({ yes: 2, no: 10, permanentNo: 2, abstain: 3, permanentAbstain: 1 }), true],
    ['one yes vote, but three permanent members unaccounted for', vote({ yes: 1, no: 12, permanentNo: 1, abstain: 2, permanentAbstain: 1 }), false],
  ])('%s', (_, v, fits) => {
    expect(permanentVotesFit(v)).toBe(fits)
  })
})
