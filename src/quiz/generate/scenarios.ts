import type { ScenarioTemplate } from './scenarios/template.ts'
import { admission } from './scenarios/admission.ts'
import { amendmentMajority, amendmentOrder, amendmentSequence } from './scenarios/amendments.ts'
import { presentAndVotingCount, simpleMajority, twoThirdsMajority } from './scenarios/assembly.ts'
import { charterAdoption, charterRatification } from './scenarios/charter.ts'
import { councilOutcome } from './scenarios/council.ts'
import { electionEligibility, electionVotes } from './scenarios/elections.ts'
import { emergencySessionCall, emergencySessionRequests, vetoInitiative } from './scenarios/sessions.ts'

/** Every scenario template a quiz draws from (see scenarios/). */
export const SCENARIO_TEMPLATES: readonly ScenarioTemplate[] = [
  councilOutcome,
  presentAndVotingCount,
  twoThirdsMajority,
  simpleMajority,
  amendmentOrder,
  amendmentSequence,
  amendmentMajority,
  electionVotes,
  electionEligibility,
  admission,
  charterAdoption,
  charterRatification,
  emergencySessionCall,
  emergencySessionRequests,
  vetoInitiative,
]
