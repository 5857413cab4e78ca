import type { Scenario } from './types.ts'
import { parseCouncilScenarioId, parsePresentAndVotingId, parseThresholdId } from '../generate/scenarios/ids.ts'
import { SC_MEMBERS, simpleMajorityNeeded, twoThirdsNeeded } from '../procedure/voting.ts'
import { seatsOfVote } from './council.ts'

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
