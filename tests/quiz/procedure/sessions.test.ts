import type { CouncilVote } from '~/quiz/procedure/voting'
import { describe, expect, it } from 'vitest'
import { councilCallsEmergencySession, EMERGENCY_SESSION_REQUESTS, EMERGENCY_SESSION_WITHIN_HOURS, requestsStillNeeded, VETO_DEBATE_WORKING_DAYS, vetoDebateRequired } from '~/quiz/procedure/sessions'

function vote(over: Partial<CouncilVote>): CouncilVote {
  return { yes: 0, no: 0, permanentNo: 0, abstain: 0, permanentAbstain: 0, substantive: true, ...over }
}

describe('emergency special sessions (GA resolution 377 A (V))', () => {
  it('meet within 24 hours, on the call of nine Council members or 97 of the 193 members', () => {
    expect(EMERGENCY_SESSION_WITHIN_HOURS).toBe(24)
    expect(EMERGENCY_SESSION_REQUESTS).toBe(97)
  })

  it.each([
    ['nine votes call it, though two permanent members vote no: procedural, no veto', vote({ yes: 9, permanentNo: 2, no: 2, abstain: 2 }), true],
    ['eleven yes, one permanent no', vote({ yes: 11, permanentNo: 1, abstain: 3 }), true],
    ['eight votes do not', vote({ yes: 8, abstain: 7 }), false],
  ])('%s', (_, v, called) => {
    expect(councilCallsEmergencySession(v)).toBe(called)
  })

  it.each([
    [60, 37],
    [96, 1],
    [97, 0],
    [120, 0],
  ])('%i members have asked: %i more needed', (asked, more) => {
    expect(requestsStillNeeded(asked)).toBe(more)
  })
})

describe('the veto initiative (GA resolution 76/262)', () => {
  it('calls a debate within ten working days', () => {
    expect(VETO_DEBATE_WORKING_DAYS).toBe(10)
  })

  it.each([
    // GA/12677: two European amendments on 24 February 2025 had 9 and 11 yes votes; Russia voted no.
    ['the amendment with 11 yes votes and Russia voting no', vote({ yes: 11, permanentNo: 1, abstain: 3 }), true],
    ['the amendment with 9 yes votes and Russia voting no', vote({ yes: 9, permanentNo: 1, no: 2, abstain: 3 }), true],
    // Resolution 2774, 10–0–5, with France and the UK abstaining: no veto.
    ['resolution 2774', vote({ yes: 10, abstain: 5, permanentAbstain: 2 }), false],
    ['elected members voting no', vote({ yes: 10, no: 5 }), false],
    ['a permanent no on a procedural matter', vote({ yes: 12, permanentNo: 1, no: 1, abstain: 1, substantive: false }), false],
  ])('%s: debate %j', (_, v, debate) => {
    expect(vetoDebateRequired(v)).toBe(debate)
  })
})
