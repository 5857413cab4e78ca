import type { Frame } from './frame.ts'
import type { AssemblyScenario, Majority } from './types.ts'
import { decideAssembly, presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../procedure/voting.ts'
import { plural } from '../text.ts'
import { round1 } from './frame.ts'

/** The 193 members as one bar: who voted, and where the majority's line falls among them. */

export const ASSEMBLY_FRAME: Frame = { width: 340, height: 120 }
export const BAR = { x: 10, y: 52, width: 320, height: 30 }

export const ASSEMBLY_PARTS = ['yes', 'no', 'abstain', 'absent'] as const
export type AssemblyPart = (typeof ASSEMBLY_PARTS)[number]

export const PART_NAMES: Record<AssemblyPart, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain', absent: 'Not voting' }

export interface Segment {
  part: AssemblyPart
  count: number
  x: number
  width: number
}

export interface AssemblyDiagram {
  segments: Segment[]
  voting: number
  absent: number
  /** Over the members present and voting. */
  bracket: { x1: number, x2: number }
  /** The majority's line: `needed` yes votes from the bar's start; null when none was asked. */
  line: { x: number, needed: number, name: string } | null
  adopted: boolean | null
  reason: string
  article: string | null
}

const MAJORITY = {
  'two-thirds': { needed: twoThirdsNeeded, name: 'two-thirds', article: 'UN Charter, Article 18(2)' },
  'simple': { needed: simpleMajorityNeeded, name: 'a majority', article: 'UN Charter, Article 18(3)' },
} as const

/** Where `members` falls along the bar. */
export function barX(members: number): number {
  return round1(BAR.x + (BAR.width * Math.min(Math.max(members, 0), UN_MEMBERS)) / UN_MEMBERS)
}

/** Members who neither voted nor abstained; null when the counts add up to more than 193. */
export function notVoting(s: Pick<AssemblyScenario, 'yes' | 'no' | 'abstain'>): number | null {
  const rest = UN_MEMBERS - s.yes - s.no - s.abstain
  return rest < 0 ? null : rest
}

function reasonOf(s: AssemblyScenario, voting: number, absent: number, adopted: boolean | null): string {
  if (voting === 0)
    return 'No member voted yes or no, so there is no majority to count.'
  const leftOut = `the ${plural(s.abstain, 'member', 'members')} abstaining and ${absent} not voting are left out`
  if (s.majority === null || adopted === null)
    return `${plural(voting, 'member is', 'members are')} present and voting, the ${s.yes} yes and ${s.no} no votes: ${leftOut}.`
  const m = MAJORITY[s.majority]
  const needed = m.needed(voting)
  return `${plural(s.yes, 'yes vote', 'yes votes')} of the ${voting} present and voting ${adopted ? 'reach' : 'fall short of'} ${m.name} (${needed} needed), so it is ${adopted ? 'adopted' : 'not adopted'}: ${leftOut}.`
}

/** The bar, its bracket and its line; null when the counts add up to more than 193. */
export function assemblyDiagram(s: AssemblyScenario): AssemblyDiagram | null {
  const absent = notVoting(s)
  if (absent === null)
    return null
  const counts: Record<AssemblyPart, number> = { yes: s.yes, no: s.no, abstain: s.abstain, absent }
  let at = 0
  const segments = ASSEMBLY_PARTS.map((part) => {
    const from = at
    at += counts[part]
    return { part, count: counts[part], x: barX(from), width: round1(barX(at) - barX(from)) }
  })
  const voting = presentAndVoting(s.yes, s.no)
  const m = s.majority === null ? null : MAJORITY[s.majority]
  const line = m === null ? null : { x: barX(m.needed(voting)), needed: m.needed(voting), name: m.name }
  const adopted = s.majority === null || voting === 0 ? null : decideAssembly(s.yes, s.no, s.majority === 'two-thirds')
  return {
    segments,
    voting,
    absent,
    bracket: { x1: barX(0), x2: barX(voting) },
    line,
    adopted,
    reason: reasonOf(s, voting, absent, adopted),
    article: m?.article ?? null,
  }
}

export const MAJORITIES: readonly Majority[] = ['two-thirds', 'simple']
