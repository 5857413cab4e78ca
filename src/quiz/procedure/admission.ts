import type { CouncilVote } from './voting.ts'
import { decideAssembly, decideCouncil } from './voting.ts'

/**
 * Admitting a new Member (Charter Art. 4(2)): a decision of the General Assembly upon the
 * recommendation of the Security Council. The recommendation is a substantive decision, so a
 * permanent member's no vote blocks it (Art. 27(3)); without it the Assembly cannot admit (ICJ,
 * advisory opinion of 1950 on the Assembly's competence). The Assembly's decision is an important
 * question: two-thirds of the members present and voting (Art. 18(2)).
 */

export type AdmissionOutcome = 'admitted' | 'not-recommended' | 'rejected-by-assembly'

export interface AssemblyTally { yes: number, no: number, abstain: number }

export function decideAdmission(council: CouncilVote, assembly: AssemblyTally): AdmissionOutcome {
  if (decideCouncil({ ...council, substantive: true }) !== 'adopted')
    return 'not-recommended'
  return decideAssembly(assembly.yes, assembly.no, true) ? 'admitted' : 'rejected-by-assembly'
}
