/**
 * The voting rules themselves, as plain functions: the one place the arithmetic of the Charter
 * lives. Scenario questions take their keys from here, and tests check them against the Charter's
 * words case by case.
 */

/** UN member states (P: UN-PROCEDURE.md). */
export const UN_MEMBERS = 193
export const SC_MEMBERS = 15
export const SC_PERMANENT = 5
/** Affirmative votes a Security Council decision needs (Art. 27(2) and 27(3)). */
export const SC_VOTES_NEEDED = 9

export interface CouncilVote {
  yes: number
  /** No votes by elected members. */
  no: number
  /** No votes by permanent members: each is a veto on a substantive matter. */
  permanentNo: number
  abstain: number
  /** Permanent members among the abstentions: never a veto, by long-standing practice. */
  permanentAbstain: number
  substantive: boolean
}

/**
 * Every permanent member's vote is accounted for: those not voting no or abstaining voted yes, so
 * there must be room for them among the yes votes.
 */
export function permanentVotesFit(v: CouncilVote): boolean {
  return SC_PERMANENT - v.permanentNo - v.permanentAbstain <= v.yes
}

export type CouncilOutcome = 'adopted' | 'vetoed' | 'too-few-votes'

/**
 * Art. 27: nine affirmative votes; on substantive matters also no permanent member voting no.
 * When both conditions fail the draft fails for lack of votes first (it never reached nine).
 */
export function decideCouncil(v: CouncilVote): CouncilOutcome {
  if (v.yes < SC_VOTES_NEEDED)
    return 'too-few-votes'
  if (v.substantive && v.permanentNo > 0)
    return 'vetoed'
  return 'adopted'
}

/** Art. 18(2) and (3): members present and voting are those casting yes or no. */
export function presentAndVoting(yes: number, no: number): number {
  return yes + no
}

/** Smallest number of yes votes that is at least two-thirds of `voting` (yes + no). */
export function twoThirdsNeeded(voting: number): number {
  return Math.ceil((2 * voting) / 3)
}

/** Smallest number of yes votes that is more than half of `voting`. */
export function simpleMajorityNeeded(voting: number): number {
  return Math.floor(voting / 2) + 1
}

/** Is a General Assembly vote adopted? Two-thirds of those voting for important questions. */
export function decideAssembly(yes: number, no: number, important: boolean): boolean {
  const voting = presentAndVoting(yes, no)
  return important ? 3 * yes >= 2 * voting : yes > no
}
