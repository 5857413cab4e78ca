import type { Scenario } from './types.ts'
import { parseCouncilScenarioId, parsePresentAndVotingId, parseThresholdId } from '../generate/scenarios/ids.ts'
import { SC_MEMBERS, simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../procedure/voting.ts'
import { assemblyDiagram } from './assembly.ts'
import { COUNCIL_RESULT_TEXT, decideSeats, seatsOfVote } from './council.ts'

/**
 * The vote a scenario question asked about, from its id; null for any other question, or an id
 * no vote fits. A threshold question gives only how many voted: its diagram shows the fewest yes
 * votes that pass, the key, and the rest voting no.
 */
export function scenarioOfQuestion(id: string): Scenario | null {
  const council = parseCouncilScenarioId(id)
  if (council !== null) {
    const seats = seatsOfVote(council)
    return seats === null || seats.length !== SC_MEMBERS ? null : { body: 'council', seats, substantive: council.substantive }
  }
  const tally = parsePresentAndVotingId(id)
  if (tally !== null)
    return { body: 'assembly', ...tally, majority: null }
  const threshold = parseThresholdId(id)
  if (threshold !== null) {
    const twoThirds = threshold.template === 'ga-two-thirds'
    const yes = (twoThirds ? twoThirdsNeeded : simpleMajorityNeeded)(threshold.voting)
    return { body: 'assembly', yes, no: threshold.voting - yes, abstain: threshold.abstain, majority: twoThirds ? 'two-thirds' : 'simple' }
  }
  return null
}

/** The result in words, as the lab announces it when a vote changes. */
export function describeOutcome(s: Scenario): string {
  if (s.body === 'council') {
    const d = decideSeats(s.seats, s.substantive)
    return `${COUNCIL_RESULT_TEXT[d.outcome]}. ${d.reason}`
  }
  return assemblyDiagram(s)?.reason ?? `These counts add up to more than the ${UN_MEMBERS} members of the General Assembly.`
}
