import { twoThirdsNeeded } from './voting.ts'

/**
 * Electing the Security Council's non-permanent members (Charter Art. 23 and 18(2)): the General
 * Assembly elects ten other Members of the United Nations for two-year terms, five each year; a
 * retiring member is not eligible for immediate re-election; the election is an important
 * question, decided by two-thirds of the members present and voting.
 */

export const SC_ELECTED_MEMBERS = 10
export const SC_ELECTED_EACH_YEAR = 5
export const SC_TERM_YEARS = 2

/** Votes a candidate needs: two-thirds of the members present and voting (Art. 18(2)). */
export function electionVotesNeeded(voting: number): number {
  return twoThirdsNeeded(voting)
}

export function isElected(votes: number, voting: number): boolean {
  return votes >= electionVotesNeeded(voting)
}

export interface Candidate {
  /** A permanent member of the Council: its seat is not elected. */
  permanent: boolean
  /** A Member of the United Nations (an observer state is not). */
  unMember: boolean
  /** The last year of its latest elected term, or null if it never held one. */
  lastTermEnds: number | null
}

/** Why a state can or cannot win a seat whose term begins in `termStarts`. */
export type Standing = 'eligible' | 'permanent' | 'not-a-member' | 'retiring'

export function electionStanding(c: Candidate, termStarts: number): Standing {
  if (!c.unMember)
    return 'not-a-member'
  // Art. 23(1): the Assembly elects ten *other* Members besides the five permanent ones.
  if (c.permanent)
    return 'permanent'
  // Art. 23(2): a member whose term ends as the new one begins would be re-elected immediately.
  if (c.lastTermEnds === termStarts - 1)
    return 'retiring'
  return 'eligible'
}
