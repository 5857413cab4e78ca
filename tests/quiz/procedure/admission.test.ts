import type { CouncilVote } from '~/quiz/procedure/voting'
import { describe, expect, it } from 'vitest'
import { decideAdmission } from '~/quiz/procedure/admission'

function council(over: Partial<CouncilVote>): CouncilVote {
  return { yes: 0, no: 0, permanentNo: 0, abstain: 0, permanentAbstain: 0, substantive: true, ...over }
}
const assembly = (yes: number, no: number, abstain = 0) => ({ yes, no, abstain })

describe('decideAdmission (Art. 4(2): the Assembly, upon the Council\'s recommendation)', () => {
  it.each([
    ['a permanent member\'s no vetoes the recommendation, whatever the Assembly thinks', council({ yes: 13, permanentNo: 1, abstain: 1 }), assembly(180, 5), 'not-recommended'],
    ['fewer than nine yes votes: no recommendation', council({ yes: 8, abstain: 7 }), assembly(180, 5), 'not-recommended'],
    ['the recommendation is substantive even if the draft says otherwise', council({ yes: 12, permanentNo: 1, no: 1, abstain: 1, substantive: false }), assembly(180, 5), 'not-recommended'],
    ['a permanent abstention is no veto; 120 of 160 is two-thirds', council({ yes: 10, abstain: 5, permanentAbstain: 2 }), assembly(120, 40, 30), 'admitted'],
    ['a simple majority is not enough in the Assembly', council({ yes: 14, no: 1 }), assembly(120, 70, 3), 'rejected-by-assembly'],
    ['exactly two-thirds of those voting', council({ yes: 9, no: 6 }), assembly(100, 50, 40), 'admitted'],
    ['abstentions do not count against', council({ yes: 15 }), assembly(90, 40, 60), 'admitted'],
  ])('%s', (_, c, a, outcome) => {
    expect(decideAdmission(c, a)).toBe(outcome)
  })
})
