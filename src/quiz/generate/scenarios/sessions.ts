import type { CouncilVote } from '../../procedure/voting.ts'
import type { Rng } from '../../random.ts'
import type { Difficulty, Distractor, Source } from '../../types.ts'
import type { Misconception } from './template.ts'
import { councilCallsEmergencySession, EMERGENCY_SESSION_REQUESTS, EMERGENCY_SESSION_WITHIN_HOURS, requestsStillNeeded, VETO_DEBATE_WORKING_DAYS, vetoDebateRequired } from '../../procedure/sessions.ts'
import { decideCouncil, permanentVotesFit, SC_MEMBERS, SC_VOTES_NEEDED, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { describeCouncilVote, permanentMembers } from './council.ts'
import { between, capitalise, CHARTER_27_2, CHARTER_27_3, numberItem, numberWord, pick, PRACTICE_ABSTENTION, RES_76_262, RES_377, scenarioTemplate, textItem } from './template.ts'

/** What may follow a veto: an emergency special session, and the Assembly's debate of the veto. */

/** A Council vote: yes votes in [minYes, maxYes], permanent members voting no or abstaining as drawn. */
function drawVote(rng: Rng, minYes: number, maxYes: number, maxPermanentNo: number, substantive: boolean): CouncilVote | null {
  const yes = between(rng, minYes, maxYes)
  const rest = SC_MEMBERS - yes
  const noVotes = between(rng, 0, rest)
  const abstain = rest - noVotes
  const permanentNo = Math.min(noVotes, between(rng, 0, maxPermanentNo))
  const permanentAbstain = Math.min(abstain, between(rng, 0, 2))
  const v: CouncilVote = { yes, no: noVotes - permanentNo, permanentNo, abstain, permanentAbstain, substantive }
  return permanentVotesFit(v) ? v : null
}

export const ESS_CALL_TEXT = {
  called: 'The session is called',
  vetoed: 'A permanent member’s no vote blocks it',
  tooFew: 'It fails for want of nine yes votes',
  alsoMembers: 'It waits for a majority of UN members too',
  assemblyVote: 'It waits for a General Assembly vote',
} as const

export const emergencySessionCall = scenarioTemplate({
  id: 'ess-council-call',
  title: 'Emergency special sessions: the Council’s call',
  reveals: ['ess-within-24-hours', 'uniting-for-peace-377', 'ess-called-by-nine', 'ess-called-by-un-majority', 'sc-nine-of-fifteen', 'sc-procedural-no-veto', 'sc-fewer-than-nine-fails'],
  draw(rng, difficulty) {
    const [minYes, maxYes] = difficulty === 'easy' ? [5, 15] : [7, 11]
    const v = drawVote(rng, minYes, maxYes, difficulty === 'easy' ? 1 : 2, false)
    if (v === null)
      return null
    // The call is the point: most draws have a permanent member voting no, as after a veto.
    if (v.permanentNo === 0 && rng() < 0.7)
      return null
    const called = councilCallsEmergencySession(v)
    const prompt = pick(rng, [
      `After a veto, the Security Council votes on calling an emergency special session of the General Assembly: ${describeCouncilVote(v)}. What happens?`,
      `Under Uniting for Peace, the Security Council votes to call an emergency special session: ${describeCouncilVote(v)}. What is the result?`,
    ])
    // "A permanent member's no blocks it" only where one voted no: otherwise the stem rules it out.
    const vetoed: Distractor[] = v.permanentNo === 0
      ? []
      : [{ text: ESS_CALL_TEXT.vetoed, why: called ? 'Calling an emergency special session is a procedural matter: any nine yes votes decide it, and no permanent member has a veto (Article 27(2)).' : `No permanent member has a veto on this procedural vote; it fails because ${v.yes} yes votes are fewer than nine.`, near: true }]
    const assemblyVote: Distractor = { text: ESS_CALL_TEXT.assemblyVote, why: 'The Council’s vote calls the session by itself; the Assembly does not vote on meeting (377 A (V)).', near: false }
    const distractors: Distractor[] = called
      ? [
          ...vetoed,
          { text: ESS_CALL_TEXT.tooFew, why: `${v.yes} yes votes reach the nine needed.`, near: v.yes <= SC_VOTES_NEEDED + 1 },
          { text: ESS_CALL_TEXT.alsoMembers, why: 'The two routes are alternatives: nine Council votes call the session without any request from the members.', near: false },
          assemblyVote,
        ]
      : [
          { text: ESS_CALL_TEXT.called, why: `${v.yes} yes votes are fewer than the nine needed, even on a procedural matter.`, near: true },
          ...vetoed,
          { text: ESS_CALL_TEXT.alsoMembers, why: 'The Council’s call fails outright; a request by a majority of UN members is a separate route, not a second step.', near: false },
          { ...assemblyVote, why: `The call fails in the Council: ${v.yes} yes votes are fewer than nine, and the Assembly has no vote to save it.` },
        ]
    const pNo = v.permanentNo === 0 ? '' : v.permanentNo === 1 ? ' The no vote of a permanent member is no veto here.' : ` The no votes of ${permanentMembers(v.permanentNo)} are no veto here.`
    return textItem({
      id: `scenario-ess-council-call-${v.yes}-${v.no}-${v.permanentNo}-${v.abstain}-${v.permanentAbstain}`,
      fact: 'scenario-ess-council-call',
      difficulty,
      prompt,
      key: called ? ESS_CALL_TEXT.called : ESS_CALL_TEXT.tooFew,
      distractors,
      explanation: `Under General Assembly resolution 377 A (V), “Uniting for Peace”, an emergency special session can be called by a vote of any nine Security Council members or by a majority of UN members; the Council’s call is procedural, so under Article 27(2) of the UN Charter it needs nine yes votes and allows no veto. ${called ? `With ${v.yes} yes votes the session is called, and meets within ${EMERGENCY_SESSION_WITHIN_HOURS} hours.` : `With ${v.yes} yes votes the call fails.`}${pNo}`,
      sources: [RES_377, CHARTER_27_2],
    })
  },
})

/** Wrong counts of further requests, each a misreading of "a majority of the members". */
export function requestMisconceptions(asked: number): Misconception[] {
  const key = requestsStillNeeded(asked)
  const twoThirds = twoThirdsNeeded(UN_MEMBERS)
  const third = Math.ceil(UN_MEMBERS / 3)
  return [
    { value: key - 1, why: `${key - 1} more would make ${EMERGENCY_SESSION_REQUESTS - 1}, under half of ${UN_MEMBERS}: a majority is ${EMERGENCY_SESSION_REQUESTS}.` },
    { value: key + 1, why: `${key + 1} more would make ${EMERGENCY_SESSION_REQUESTS + 1}, taking “half plus one” as ${UN_MEMBERS / 2 + 1} rounded up; a majority needs only more than half (${UN_MEMBERS / 2}): ${EMERGENCY_SESSION_REQUESTS}.` },
    { value: EMERGENCY_SESSION_REQUESTS, why: `${EMERGENCY_SESSION_REQUESTS} is the total needed, not how many more: ${asked} have asked already.` },
    { value: twoThirds - asked, why: `${twoThirds - asked} more would make ${twoThirds}, two-thirds of the members; a majority is enough.` },
    { value: UN_MEMBERS - asked, why: `${UN_MEMBERS - asked} would mean every member asking; a majority is enough.` },
    { value: third - asked, why: `${third - asked} more would make ${third}, a third of the members; calling a session takes a majority of them (${EMERGENCY_SESSION_REQUESTS}).` },
    { value: SC_VOTES_NEEDED, why: `${SC_VOTES_NEEDED} is the number of Council votes that can call the session, the other route; members asking need a majority of the ${UN_MEMBERS}.` },
    { value: key - SC_VOTES_NEEDED, why: `${key - SC_VOTES_NEEDED} more would do only if the nine Council votes counted among the requests; the two routes are separate.` },
    { value: EMERGENCY_SESSION_WITHIN_HOURS, why: `${EMERGENCY_SESSION_WITHIN_HOURS} is the hours within which the session can meet once called, not a count of requests.` },
  ]
}

export const emergencySessionRequests = scenarioTemplate({
  id: 'ess-members-request',
  title: 'Emergency special sessions: the members’ request',
  reveals: ['un-membership-193', 'uniting-for-peace-377', 'ess-called-by-nine', 'ess-called-by-un-majority', 'sc-nine-of-fifteen', 'charter-amendment-129', 'tally-abstain'],
  draw(rng, difficulty) {
    const asked = difficulty === 'easy' ? between(rng, 25, 60) : between(rng, 25, 94)
    const key = requestsStillNeeded(asked)
    const prompt = pick(rng, [
      `A veto blocks the Security Council, and ${asked} UN members ask for an emergency special session of the General Assembly. At least how many more must ask for it to be called?`,
      `To call an emergency special session after a veto, ${asked} UN members have asked for one. How many more requests, at least, does it need?`,
    ])
    return numberItem({
      id: `scenario-ess-members-request-${asked}`,
      fact: 'scenario-ess-members-request',
      difficulty,
      prompt,
      key,
      misconceptions: requestMisconceptions(asked),
      max: UN_MEMBERS - asked,
      explanation: `Under General Assembly resolution 377 A (V), “Uniting for Peace”, an emergency special session can be called by a majority of the members of the United Nations: ${EMERGENCY_SESSION_REQUESTS} of ${UN_MEMBERS}. With ${asked} asking, ${key} more are needed.`,
      sources: [RES_377],
    })
  },
})

export const VETO_INITIATIVE_TEXT = {
  debate: `An Assembly debate within ${numberWord(VETO_DEBATE_WORKING_DAYS)} working days`,
  nothing: 'Nothing: the resolution does not apply',
  session: `An emergency special session within ${EMERGENCY_SESSION_WITHIN_HOURS} hours`,
  override: 'An Assembly vote to override the veto',
  councilAgain: 'A new Council vote within ten working days',
} as const

/** Why no veto was cast, in the words of the stem. */
function noVetoBecause(v: CouncilVote): string {
  if (!v.substantive)
    return v.permanentNo === 0 ? 'there is no veto on a procedural matter' : `there is no veto on a procedural matter, so the no ${v.permanentNo === 1 ? 'vote of a permanent member is' : `votes of ${permanentMembers(v.permanentNo)} are`} not one`
  if (v.permanentAbstain > 0)
    return 'no permanent member voted no, and by Council practice abstaining is not a veto'
  return 'no permanent member voted no'
}

function drawVetoScenario(rng: Rng, difficulty: Difficulty): CouncilVote | null {
  const vetoed = rng() < 0.5
  const substantive = vetoed || difficulty === 'easy' || rng() < 0.7
  const v = drawVote(rng, vetoed ? SC_VOTES_NEEDED : 5, 14, vetoed ? (difficulty === 'easy' ? 1 : 2) : (substantive ? 0 : 2), substantive)
  if (v === null || vetoDebateRequired(v) !== vetoed)
    return null
  if (vetoed)
    return v.permanentNo > 0 ? v : null
  // A draft short of nine with a permanent no: whether that counts as a veto is not asked.
  if (v.yes < SC_VOTES_NEEDED && v.permanentNo > 0)
    return null
  // No veto, but something that may look like one: an elected no, a permanent abstention, or a
  // permanent no on a procedural matter.
  return v.no + v.permanentNo + v.permanentAbstain > 0 ? v : null
}

export const vetoInitiative = scenarioTemplate({
  id: 'veto-initiative',
  title: 'The veto initiative: an Assembly debate after a veto',
  reveals: ['ess-within-24-hours', 'ess-called-by-nine', 'ess-called-by-un-majority', 'es11-opened-2022', 'sc-nine-of-fifteen', 'veto-initiative-debate', 'uniting-for-peace-377'],
  draw(rng, difficulty) {
    const v = drawVetoScenario(rng, difficulty)
    if (v === null)
      return null
    const vetoed = vetoDebateRequired(v)
    const matter = v.substantive ? 'substantive' : 'procedural'
    const prompt = `A Security Council draft on a ${matter} matter gets ${describeCouncilVote(v)}. What does General Assembly resolution 76/262 then require?`
    const outcome = decideCouncil(v)
    const pNo = permanentMembers(v.permanentNo)
    const distractors: Distractor[] = vetoed
      ? [
          { text: VETO_INITIATIVE_TEXT.nothing, why: `${capitalise(pNo)} voted no on a draft with ${v.yes} yes votes: a veto, which the resolution sends to the Assembly for debate.`, near: true },
          { text: VETO_INITIATIVE_TEXT.session, why: `An emergency special session is not automatic: nine Council members or a majority of UN members must call it (resolution 377 A (V)).`, near: true },
          { text: VETO_INITIATIVE_TEXT.override, why: 'The Assembly cannot override a Council veto; under resolution 76/262 it debates it.', near: false },
          { text: VETO_INITIATIVE_TEXT.councilAgain, why: 'Resolution 76/262 sends the veto to the General Assembly for debate; it does not make the Council vote again.', near: false },
        ]
      : [
          { text: VETO_INITIATIVE_TEXT.debate, why: `No veto was cast: ${noVetoBecause(v)}.`, near: true },
          { text: VETO_INITIATIVE_TEXT.session, why: `No veto was cast, and an emergency special session is never automatic: nine Council members or a majority of UN members must call it.`, near: false },
          { text: VETO_INITIATIVE_TEXT.override, why: 'No veto was cast, and the Assembly cannot override the Council in any case: after a veto, resolution 76/262 has it debate.', near: false },
        ]
    const result = vetoed
      ? `Here ${pNo} voted no on a draft with ${v.yes} yes votes, a veto under Article 27(3) of the UN Charter, so the Assembly meets to debate it.`
      : `Here no veto was cast (${noVetoBecause(v)}); the draft ${outcome === 'adopted' ? 'is adopted' : 'fails for want of nine yes votes'}, and the resolution does not apply.`
    const sources: Source[] = [RES_76_262, v.substantive ? CHARTER_27_3 : CHARTER_27_2]
    if (vetoed)
      sources.push(RES_377)
    else if (v.substantive && v.permanentAbstain > 0)
      sources.push(PRACTICE_ABSTENTION)
    return textItem({
      id: `scenario-veto-initiative-${v.substantive ? 's' : 'p'}-${v.yes}-${v.no}-${v.permanentNo}-${v.abstain}-${v.permanentAbstain}`,
      fact: 'scenario-veto-initiative',
      difficulty,
      prompt,
      key: vetoed ? VETO_INITIATIVE_TEXT.debate : VETO_INITIATIVE_TEXT.nothing,
      distractors,
      explanation: `Under General Assembly resolution 76/262 (2022), the President of the General Assembly convenes a formal meeting of the Assembly within ${numberWord(VETO_DEBATE_WORKING_DAYS)} working days of a veto cast by one or more permanent members, to debate the situation. ${result}`,
      sources,
    })
  },
})
