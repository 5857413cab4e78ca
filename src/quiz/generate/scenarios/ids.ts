import type { CouncilVote } from '../../procedure/voting.ts'

/**
 * A scenario question's id names the vote it asks about. Feedback draws that vote from the id
 * (diagrams/scenario.ts), so quizzes stored before the diagrams existed draw theirs too, with no
 * new stored field. Each id is written and read here, and nowhere else.
 */

const COUNCIL_ID = /^scenario-sc-outcome-([sp])-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)$/

export function councilScenarioId(v: CouncilVote): string {
  return `scenario-sc-outcome-${v.substantive ? 's' : 'p'}-${v.yes}-${v.no}-${v.permanentNo}-${v.abstain}-${v.permanentAbstain}`
}

export function parseCouncilScenarioId(id: string): CouncilVote | null {
  const m = COUNCIL_ID.exec(id)
  if (m === null)
    return null
  const [yes, no, permanentNo, abstain, permanentAbstain] = m.slice(2).map(Number) as [number, number, number, number, number]
  return { yes, no, permanentNo, abstain, permanentAbstain, substantive: m[1] === 's' }
}

export interface AssemblyTally { yes: number, no: number, abstain: number }

const PRESENT_VOTING_ID = /^scenario-ga-present-voting-(\d+)-(\d+)-(\d+)$/

export function presentAndVotingId({ yes, no, abstain }: AssemblyTally): string {
  return `scenario-ga-present-voting-${yes}-${no}-${abstain}`
}

export function parsePresentAndVotingId(id: string): AssemblyTally | null {
  const m = PRESENT_VOTING_ID.exec(id)
  return m === null ? null : { yes: Number(m[1]), no: Number(m[2]), abstain: Number(m[3]) }
}

/** The two threshold templates: a two-thirds majority and a simple one. */
export const THRESHOLD_IDS = ['ga-two-thirds', 'ga-simple-majority'] as const
export type ThresholdId = (typeof THRESHOLD_IDS)[number]

/** A threshold question's vote: members voting yes or no, and abstaining. */
export interface ThresholdVote { template: ThresholdId, voting: number, abstain: number }

const THRESHOLD_ID = new RegExp(`^scenario-(${THRESHOLD_IDS.join('|')})-(\\d+)-(\\d+)$`)

export function thresholdScenarioId({ template, voting, abstain }: ThresholdVote): string {
  return `scenario-${template}-${voting}-${abstain}`
}

export function parseThresholdId(id: string): ThresholdVote | null {
  const m = THRESHOLD_ID.exec(id)
  return m === null ? null : { template: m[1] as ThresholdId, voting: Number(m[2]), abstain: Number(m[3]) }
}
