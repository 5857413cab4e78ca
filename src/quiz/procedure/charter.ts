import { SC_PERMANENT, twoThirdsNeeded, UN_MEMBERS } from './voting.ts'

/**
 * Amending the Charter (Art. 108): adopted by a vote of two-thirds of the members of the General
 * Assembly (all its members, not only those present and voting) and in force once ratified by
 * two-thirds of the Members of the United Nations, including all five permanent members.
 */

/** Two-thirds of all 193 members: 129, however many take part in the vote. */
export const CHARTER_AMENDMENT_VOTES = twoThirdsNeeded(UN_MEMBERS)
/** Ratifications needed: also two-thirds of all members, the five permanent members among them. */
export const CHARTER_RATIFICATIONS = twoThirdsNeeded(UN_MEMBERS)

export function charterAmendmentAdopted(yes: number): boolean {
  return yes >= CHARTER_AMENDMENT_VOTES
}

export function charterAmendmentInForce(ratified: number, permanentRatified: number): boolean {
  return ratified >= CHARTER_RATIFICATIONS && permanentRatified === SC_PERMANENT
}

/**
 * The fewest further ratifications that bring it into force: enough to reach two-thirds, and
 * every missing permanent member, who can be among them.
 */
export function ratificationsStillNeeded(ratified: number, permanentRatified: number): number {
  return Math.max(0, CHARTER_RATIFICATIONS - ratified, SC_PERMANENT - permanentRatified)
}
