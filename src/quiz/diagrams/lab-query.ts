import type { AssemblyScenario, CouncilScenario, Majority, Scenario, SeatVote } from './types.ts'
import { SC_MEMBERS, UN_MEMBERS } from '../procedure/voting.ts'
import { SEAT_VOTES } from './types.ts'

/**
 * The vote lab keeps its whole state in the address, so a link opens exactly that vote:
 * `/lab?body=council&votes=nyyyyyyyyyyaaaa&matter=substantive`, one letter a seat, or
 * `/lab?body=assembly&yes=93&no=18&abstain=65&majority=two-thirds`.
 */

export type LabQuery = Record<string, string>

const LETTERS: Record<SeatVote, string> = { yes: 'y', no: 'n', abstain: 'a', absent: 'x', unknown: 'u' }
const VOTE_OF = new Map(SEAT_VOTES.map(v => [LETTERS[v], v]))

export const DEFAULT_COUNCIL: CouncilScenario = { body: 'council', seats: Array.from<SeatVote>({ length: SC_MEMBERS }).fill('yes'), substantive: true }
export const DEFAULT_ASSEMBLY: AssemblyScenario = { body: 'assembly', yes: 100, no: 50, abstain: 30, majority: 'two-thirds' }

export function labQuery(s: Scenario): LabQuery {
  if (s.body === 'council')
    return { body: 'council', votes: s.seats.map(v => LETTERS[v]).join(''), matter: s.substantive ? 'substantive' : 'procedural' }
  const counts = { body: 'assembly', yes: String(s.yes), no: String(s.no), abstain: String(s.abstain) }
  return s.majority === null ? counts : { ...counts, majority: s.majority }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : ''
}

/** A whole number of members from 0 to 193, or `fallback`. */
function members(value: unknown, fallback: number): number {
  const raw = text(value)
  const n = Number(raw)
  return /^\d+$/.test(raw) && n <= UN_MEMBERS ? n : fallback
}

/**
 * The vote an address asks for. What is missing or malformed takes the default's value, so a
 * mistyped link still opens a working lab; an Assembly vote asked without a majority gets a
 * simple one, which the Charter applies unless a question is important (Art. 18(3)).
 */
export function scenarioOfQuery(query: Record<string, unknown>): Scenario {
  if (text(query.body) === 'assembly') {
    const majority = text(query.majority)
    return {
      body: 'assembly',
      yes: members(query.yes, DEFAULT_ASSEMBLY.yes),
      no: members(query.no, DEFAULT_ASSEMBLY.no),
      abstain: members(query.abstain, DEFAULT_ASSEMBLY.abstain),
      majority: (['two-thirds', 'simple'] as Majority[]).includes(majority as Majority) ? majority as Majority : 'simple',
    }
  }
  const letters = [...text(query.votes)]
  const seats = letters.length === SC_MEMBERS && letters.every(l => VOTE_OF.has(l))
    ? letters.map(l => VOTE_OF.get(l)!)
    : DEFAULT_COUNCIL.seats
  return { body: 'council', seats, substantive: text(query.matter) !== 'procedural' }
}
