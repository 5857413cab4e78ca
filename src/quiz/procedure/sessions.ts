import type { CouncilVote } from './voting.ts'
import { decideCouncil, simpleMajorityNeeded, UN_MEMBERS } from './voting.ts'

/**
 * What follows a deadlock in the Security Council.
 *
 * Emergency special sessions ("Uniting for Peace", GA resolution 377 A (V), 1950): when the Council
 * fails to act because a permanent member blocks it, the General Assembly can meet within 24 hours,
 * called by any nine Council members (a procedural vote, so no veto) or by a majority of the
 * members of the United Nations.
 *
 * The veto initiative (GA resolution 76/262, 2022): within ten working days of a veto cast by one
 * or more permanent members, the President of the General Assembly convenes a formal meeting of
 * the Assembly to debate the situation.
 */

export const EMERGENCY_SESSION_WITHIN_HOURS = 24
/** A majority of the 193 members: 97. */
export const EMERGENCY_SESSION_REQUESTS = simpleMajorityNeeded(UN_MEMBERS)
export const VETO_DEBATE_WORKING_DAYS = 10

/** Does the Council's vote call an emergency special session? Nine votes, procedural: no veto. */
export function councilCallsEmergencySession(v: CouncilVote): boolean {
  return decideCouncil({ ...v, substantive: false }) === 'adopted'
}

/** Further requests from UN members that would call an emergency special session. */
export function requestsStillNeeded(requests: number): number {
  return Math.max(0, EMERGENCY_SESSION_REQUESTS - requests)
}

/**
 * Does resolution 76/262 call an Assembly debate after this Council vote? Only when a veto was
 * cast: a permanent member's no on a substantive draft that otherwise had the nine votes. (A draft
 * short of nine votes fails whatever the permanent members do; whether a permanent no on it counts
 * as a veto is left open here, and the scenarios do not ask it.)
 */
export function vetoDebateRequired(v: CouncilVote): boolean {
  return decideCouncil(v) === 'vetoed'
}
