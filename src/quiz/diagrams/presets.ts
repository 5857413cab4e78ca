import type { Scenario, SeatVote } from './types.ts'
import { seatsOfVote } from './council.ts'
import { labQuery } from './lab-query.ts'

/**
 * The votes of 24 February 2025, as far as the sources give them (shared UN-PROCEDURE.md, P
 * facts; the article in seeds/). A vote they do not give is left `unknown`, never made up.
 */
export interface Preset {
  id: string
  title: string
  /** What the sources say, and what the lab leaves open. */
  note: string
  source: string
  scenario: Scenario
}

const GA_12677 = 'UN press release GA/12677 (24 February 2025)'

/** Seat letters, permanent seats first: y yes, n no, a abstain, u not given. */
function seats(letters: string): SeatVote[] {
  const of: Record<string, SeatVote> = { y: 'yes', n: 'no', a: 'abstain', u: 'unknown' }
  return [...letters].map(l => of[l]!)
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'es-11-7',
    title: 'General Assembly resolution ES-11/7',
    note: '93 yes, 18 no, 65 abstentions: 176 members took part, so 17 of the 193 did not vote. 93 of the 111 present and voting is more than two-thirds, so it passes whichever majority applied.',
    source: 'UN record of resolution ES-11/7; the article',
    scenario: { body: 'assembly', yes: 93, no: 18, abstain: 65, majority: 'two-thirds' },
  },
  {
    id: 'sc-2774',
    title: 'Security Council resolution 2774',
    note: 'Adopted 10–0–5. Two permanent members, France and the United Kingdom, abstained, and so did Denmark, Greece and Slovenia; seats here are numbered, not named.',
    source: GA_12677,
    scenario: { body: 'council', seats: seatsOfVote({ yes: 10, no: 0, permanentNo: 0, abstain: 5, permanentAbstain: 2, substantive: true })!, substantive: true },
  },
  {
    id: 'amendment-9',
    title: 'A European amendment with 9 yes votes',
    note: 'Nine yes votes, and Russia (P1 here) voted no. The sources do not say how the other five members voted, or which nine voted yes: those five seats are left “not given”.',
    source: GA_12677,
    scenario: { body: 'council', seats: seats('nuuuuyyyyyyyyyu'), substantive: true },
  },
  {
    id: 'amendment-11',
    title: 'A European amendment with 11 yes votes',
    note: 'Eleven yes votes, so at least one permanent member voted yes (P2 here), and Russia (P1) voted no. The sources do not say how the other three members voted: their seats are left “not given”.',
    source: GA_12677,
    scenario: { body: 'council', seats: seats('nyuuuyyyyyyyyyy'), substantive: true },
  },
]

/** The preset a vote is, unchanged; null once any vote differs. */
export function presetOf(s: Scenario): Preset | null {
  const key = JSON.stringify(labQuery(s))
  return PRESETS.find(p => JSON.stringify(labQuery(p.scenario)) === key) ?? null
}
