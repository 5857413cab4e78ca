import { decideAssembly } from './voting.ts'

/**
 * Voting on amendments in the General Assembly, as the Assembly's rules of procedure set it out
 * (the principle is in the rules' text; their numbers, which differ between the plenary and the
 * Main Committees, are not relied on here):
 * - amendments are voted on before the proposal they amend;
 * - of several, the one furthest removed in substance from the original goes first, then the next
 *   furthest, and so on;
 * - an amendment whose rejection follows from adopting another is not put to the vote;
 * - if any amendment is adopted, the proposal is then voted on as amended.
 * On an important question an amendment needs two-thirds of the members present and voting, as the
 * proposal does (GA resolution 475 (V), 1950); on other questions a simple majority (Art. 18(3)).
 */

export interface Amendment {
  label: string
  /** How far it departs in substance from the original proposal: larger is further. */
  distance: number
}

/** Amendments in the order they are put to the vote: the furthest removed in substance first. */
export function amendmentVotingOrder<T extends Amendment>(amendments: readonly T[]): T[] {
  return amendments.slice().sort((a, b) => b.distance - a.distance)
}

export type AmendmentStep
  = | { kind: 'amendment', label: string, adopted: boolean }
    /** Not put to the vote: adopting `because` implies its rejection. */
    | { kind: 'not-put', label: string, because: string }
    | { kind: 'proposal', amended: boolean }

/**
 * Every step of the voting on a proposal and its amendments, in order. `adopts(label)` says how
 * the Assembly votes on each amendment put to it; `excludes(a, b)` that adopting a implies
 * rejecting b.
 */
export function amendmentVotes(
  amendments: readonly Amendment[],
  adopts: (label: string) => boolean,
  excludes: (adopted: string, other: string) => boolean,
): AmendmentStep[] {
  const steps: AmendmentStep[] = []
  const adopted: string[] = []
  for (const { label } of amendmentVotingOrder(amendments)) {
    const because = adopted.find(a => excludes(a, label))
    if (because !== undefined) {
      steps.push({ kind: 'not-put', label, because })
      continue
    }
    const passes = adopts(label)
    steps.push({ kind: 'amendment', label, adopted: passes })
    if (passes)
      adopted.push(label)
  }
  steps.push({ kind: 'proposal', amended: adopted.length > 0 })
  return steps
}

/** Is an amendment adopted? Two-thirds of those voting on an important question, else a simple majority. */
export function decideAmendment(yes: number, no: number, important: boolean): boolean {
  return decideAssembly(yes, no, important)
}
