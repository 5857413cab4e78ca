/** The votes the diagrams draw and the vote lab sets: one body's vote, seat by seat or counted. */

/** A Council seat's vote; `unknown` is a vote the sources do not give (a preset's, never a user's). */
export const SEAT_VOTES = ['yes', 'no', 'abstain', 'absent', 'unknown'] as const
export type SeatVote = (typeof SEAT_VOTES)[number]

export interface CouncilScenario {
  body: 'council'
  /** Fifteen votes: the permanent members' seats first, then the elected members'. */
  seats: SeatVote[]
  substantive: boolean
}

/** The majority an Assembly vote needs; `null` when the question asked none (who is voting). */
export type Majority = 'two-thirds' | 'simple'

export interface AssemblyScenario {
  body: 'assembly'
  yes: number
  no: number
  abstain: number
  majority: Majority | null
}

export type Scenario = CouncilScenario | AssemblyScenario
