import type { AdmissionOutcome, AssemblyTally } from '../../procedure/admission.ts'
import type { CouncilVote } from '../../procedure/voting.ts'
import type { Rng } from '../../random.ts'
import type { Difficulty, Distractor, Source } from '../../types.ts'
import { decideAdmission } from '../../procedure/admission.ts'
import { decideCouncil, permanentVotesFit, SC_MEMBERS, SC_VOTES_NEEDED, simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { permanentMembers } from './council.ts'
import { between, capitalise, CHARTER_4_2, CHARTER_18_2, CHARTER_27_3, ICJ_ADMISSION, lowerFirst, pick, PRACTICE_ABSTENTION, RULES_PRESENT_VOTING, scenarioTemplate, textItem } from './template.ts'

/** Admitting a new Member: the Council recommends, subject to the veto; the Assembly decides by two-thirds. */

export const ADMISSION_OUTCOME_TEXT: Record<AdmissionOutcome, string> = {
  'admitted': 'The state is admitted',
  'not-recommended': 'It fails in the Security Council',
  'rejected-by-assembly': 'It fails in the General Assembly',
}

/** The Council's vote on the recommendation, drawn so that its outcome is `want`. */
function drawCouncil(rng: Rng, difficulty: Difficulty, want: 'vetoed' | 'too-few-votes' | 'adopted'): CouncilVote | null {
  const yes = want === 'too-few-votes' ? between(rng, 5, SC_VOTES_NEEDED - 1) : between(rng, SC_VOTES_NEEDED, 14)
  const rest = SC_MEMBERS - yes
  const permanentNo = want === 'vetoed' ? (difficulty === 'hard' ? between(rng, 1, 2) : 1) : 0
  // Fifteen members in all: no more no votes than members left after the yes votes.
  if (permanentNo > rest)
    return null
  const noVotes = between(rng, permanentNo, rest)
  const abstain = rest - noVotes
  const permanentAbstain = want === 'vetoed' || difficulty === 'easy' ? 0 : Math.min(abstain, between(rng, 0, 2))
  const v: CouncilVote = { yes, no: noVotes - permanentNo, permanentNo, abstain, permanentAbstain, substantive: true }
  return permanentVotesFit(v) && decideCouncil(v) === want ? v : null
}

/** "a permanent member voting no", "two permanent members abstaining and none voting no". */
function permanentClause(v: CouncilVote): string {
  if (v.permanentNo > 0)
    return `${permanentMembers(v.permanentNo)} voting no`
  if (v.permanentAbstain > 0)
    return `${permanentMembers(v.permanentAbstain)} abstaining and none voting no`
  return 'no permanent member voting no'
}

/** A tally as UN records write it: yes–no–abstain. */
const tally = (yes: number, no: number, abstain: number) => `${yes}–${no}–${abstain}`

export const admission = scenarioTemplate({
  id: 'admission',
  title: 'Admitting a new member: the Council, then the Assembly',
  reveals: ['ga-important-questions-majority', 'ess-called-by-nine', 'sc-nine-of-fifteen', 'sc-veto-is-no-vote', 'uniting-for-peace-377', 'sc-abstention-not-veto'],
  draw(rng, difficulty) {
    const want = pick(rng, ['vetoed', 'vetoed', 'too-few-votes', 'adopted', 'adopted', 'adopted', 'adopted', 'adopted'] as const)
    const council = drawCouncil(rng, difficulty, want)
    if (council === null)
      return null
    const voting = between(rng, 100, 185)
    const abstain = between(rng, 5, UN_MEMBERS - voting)
    // Without a recommendation the Assembly's view does not matter: make it two-thirds in favour,
    // so that "it fails in the Assembly" is plainly false and "it is admitted" is the temptation.
    const passes = want !== 'adopted' || rng() < 0.5
    // Two-thirds of those voting, or a majority short of it.
    const yes = passes ? between(rng, twoThirdsNeeded(voting), voting - 1) : between(rng, simpleMajorityNeeded(voting), twoThirdsNeeded(voting) - 1)
    const assembly: AssemblyTally = { yes, no: voting - yes, abstain }
    const outcome = decideAdmission(council, assembly)
    const need = twoThirdsNeeded(voting)
    const recommended = outcome !== 'not-recommended'
    // The same shape whatever the outcome, so that the stem's form gives nothing away.
    const prompt = `On a state’s UN membership application, the Security Council votes ${tally(council.yes, council.no + council.permanentNo, council.abstain)} (yes–no–abstain), ${permanentClause(council)}; Assembly members stand ${tally(yes, assembly.no, abstain)} on it. What becomes of the application?`

    const councilFailure = council.permanentNo > 0
      ? `${capitalise(permanentMembers(council.permanentNo))} voted no, ${council.permanentNo === 1 ? 'a veto' : 'each a veto'} on the Council’s recommendation`
      : `${council.yes} yes votes are fewer than the nine the Council’s recommendation needs`
    const councilPasses = council.permanentAbstain > 0
      ? `${council.yes} yes votes with no permanent member voting no carry the Council’s recommendation: abstaining is not a veto.`
      : `${council.yes} yes votes with no permanent member voting no carry the Council’s recommendation.`
    const WHY: Record<AdmissionOutcome, Distractor> = {
      'admitted': {
        text: ADMISSION_OUTCOME_TEXT.admitted,
        why: recommended
          ? `${yes} of the ${voting} members voting is a majority but short of two-thirds (${need}): admission is an important question (Article 18(2)).`
          : `${councilFailure}, and without it the Assembly cannot admit a state, however large its majority (Article 4(2)).`,
        near: true,
      },
      'not-recommended': { text: ADMISSION_OUTCOME_TEXT['not-recommended'], why: councilPasses, near: false },
      'rejected-by-assembly': {
        text: ADMISSION_OUTCOME_TEXT['rejected-by-assembly'],
        why: recommended
          ? `${yes} of the ${voting} members voting reaches two-thirds (${need}); the ${abstain} abstentions do not count.`
          : 'It never comes to an Assembly decision: without the Council’s recommendation there is nothing for the Assembly to approve, however many back it.',
        near: recommended,
      },
    }
    const here = outcome === 'not-recommended'
      ? `Here ${lowerFirst(councilFailure)}, so the application fails there; the International Court of Justice advised in 1950 that the Assembly cannot admit a state without that recommendation.`
      : outcome === 'rejected-by-assembly'
        ? `Here the Council recommends the state, but ${yes} of the ${voting} members voting is short of two-thirds (${need}), so the Assembly does not admit it.`
        : `Here the Council recommends the state and ${yes} of the ${voting} members voting reaches two-thirds (${need}), so it is admitted.`
    const sources: Source[] = [CHARTER_4_2, CHARTER_27_3, CHARTER_18_2]
    if (council.permanentAbstain > 0)
      sources.push(PRACTICE_ABSTENTION)
    sources.push(recommended ? RULES_PRESENT_VOTING : ICJ_ADMISSION)
    return textItem({
      id: `scenario-admission-${council.yes}-${council.no}-${council.permanentNo}-${council.abstain}-${council.permanentAbstain}-${yes}-${assembly.no}-${abstain}`,
      fact: 'scenario-admission',
      difficulty,
      prompt,
      key: ADMISSION_OUTCOME_TEXT[outcome],
      distractors: (Object.keys(WHY) as AdmissionOutcome[]).filter(o => o !== outcome).map(o => WHY[o]),
      explanation: `Under Article 4(2) of the UN Charter, the General Assembly admits a new member upon the Security Council’s recommendation. The recommendation is a substantive decision, needing nine yes votes and no permanent member voting no (Article 27(3)); the Assembly’s decision is an important question, needing two-thirds of the members present and voting (Article 18(2)). ${here}`,
      sources,
    })
  },
})
