import type { CouncilOutcome, CouncilVote } from '../../procedure/voting.ts'
import type { Rng } from '../../random.ts'
import type { Difficulty } from '../../types.ts'
import { decideCouncil, permanentVotesFit, SC_MEMBERS, SC_PERMANENT, SC_VOTES_NEEDED } from '../../procedure/voting.ts'
import { plural } from '../../text.ts'
import { councilScenarioId } from './ids.ts'
import { between, CHARTER_27_2, CHARTER_27_3, ICJ_NAMIBIA, LEVEL_OF, pick, PRACTICE_ABSTENTION, SCENARIO_TOPIC, scenarioTemplate } from './template.ts'

/** Security Council: what happens to a draft? */

export const COUNCIL_OUTCOME_TEXT: Record<CouncilOutcome | 'abstention-veto', string> = {
  'adopted': 'It is adopted',
  'vetoed': 'It is blocked by a veto',
  'too-few-votes': 'It fails for want of nine yes votes',
  'abstention-veto': 'It is blocked by a permanent member’s abstention',
}

/**
 * Who among `total` votes were permanent members, as a parenthesis. Always said, even when none
 * were: "2 no votes" alone would leave open whether a permanent member cast one, and so a veto.
 */
function whoWerePermanent(total: number, permanent: number, by: 'from' | 'by'): string {
  if (permanent === 0)
    return total === 1 ? ` (${by} an elected member)` : ` (none ${by} a permanent member)`
  if (permanent === total)
    return total === 1 ? ` (${by} a permanent member)` : ` (${total === 2 ? 'both' : 'all'} ${by} permanent members)`
  return permanent === 1 ? ` (one of them ${by} a permanent member)` : ` (${permanent} of them ${by} permanent members)`
}

/** "a permanent member", "two permanent members": as many as the stem counted, in words. */
export function permanentMembers(n: number): string {
  if (n === 1)
    return 'a permanent member'
  return `${n === SC_PERMANENT ? 'all five' : (['two', 'three', 'four'][n - 2] ?? String(n))} permanent members`
}

export function describeCouncilVote(v: CouncilVote): string {
  const noVotes = v.no + v.permanentNo
  // "none against", never "no votes against", which reads as "'no' votes against".
  const no = noVotes === 0 ? 'none against' : `${plural(noVotes, 'no vote', 'no votes')}${whoWerePermanent(noVotes, v.permanentNo, 'from')}`
  const abstain = v.abstain === 0 ? 'no abstentions' : `${plural(v.abstain, 'abstention', 'abstentions')}${whoWerePermanent(v.abstain, v.permanentAbstain, 'by')}`
  return `${plural(v.yes, 'yes vote', 'yes votes')}, ${no} and ${abstain}`
}

function drawCouncilVote(rng: Rng, difficulty: Difficulty): CouncilVote | null {
  const substantive = difficulty === 'hard' ? rng() < 0.7 : true
  const yes = difficulty === 'easy'
    ? pick(rng, [2, 3, 4, 5, 6, 11, 12, 13, 14, 15])
    : difficulty === 'hard' ? pick(rng, [7, 8, 9, 9, 10, 11]) : between(rng, 4, 15)
  const rest = SC_MEMBERS - yes
  const noVotes = between(rng, 0, rest)
  const abstain = rest - noVotes
  // At most five permanent members, some of whom may be among the yes votes.
  const permanentNo = Math.min(noVotes, between(rng, 0, difficulty === 'easy' ? 1 : 2))
  const permanentAbstain = difficulty === 'easy' ? 0 : Math.min(abstain, between(rng, 0, SC_PERMANENT - permanentNo))
  const v: CouncilVote = { yes, no: noVotes - permanentNo, permanentNo, abstain, permanentAbstain, substantive }
  if (!permanentVotesFit(v))
    return null
  // Both "too few votes" and "a veto" would be true: not a fair question.
  if (substantive && yes < SC_VOTES_NEEDED && permanentNo > 0)
    return null
  return v
}

function councilWhy(option: CouncilOutcome | 'abstention-veto', v: CouncilVote): string {
  switch (option) {
    case 'adopted':
      if (v.yes < SC_VOTES_NEEDED)
        return `${v.yes} yes votes are fewer than the nine every Council decision needs.`
      return v.permanentNo === 1
        ? `${v.yes} yes votes are not enough on a substantive matter when a permanent member votes no: that no is a veto.`
        : `${v.yes} yes votes are not enough on a substantive matter when ${permanentMembers(v.permanentNo)} vote no: each no is a veto.`
    case 'vetoed':
      if (!v.substantive && v.permanentNo > 0)
        return 'There is no veto on procedural matters: any nine yes votes decide them (Article 27(2)).'
      return v.permanentAbstain > 0
        ? 'No permanent member voted no, and by Council practice abstaining is not a veto.'
        : 'No permanent member voted no, so there is no veto.'
    case 'too-few-votes':
      return `${v.yes} yes votes reach the nine that a decision needs.`
    case 'abstention-veto':
      return 'By long-standing Council practice, a permanent member’s abstention is not a veto.'
  }
}

export const councilOutcome = scenarioTemplate({
  id: 'sc-outcome',
  title: 'Security Council: what happens to a draft?',
  reveals: ['ess-called-by-nine', 'sc-nine-of-fifteen', 'sc-fewer-than-nine-fails', 'sc-veto-is-no-vote', 'sc-procedural-no-veto', 'abstain-could-still-succeed', 'sc-abstention-not-veto'],
  draw(rng, difficulty) {
    const v = drawCouncilVote(rng, difficulty)
    if (v === null)
      return null
    const outcome = decideCouncil(v)
    const matter = v.substantive ? 'a substantive matter' : 'a procedural matter'
    const prompt = pick(rng, [
      `A Security Council draft resolution on ${matter} gets ${describeCouncilVote(v)}. What happens to it?`,
      `On ${matter}, a Security Council draft receives ${describeCouncilVote(v)}. What is the result?`,
    ])
    const options: (CouncilOutcome | 'abstention-veto')[] = ['adopted', 'vetoed', 'too-few-votes']
    if (v.permanentAbstain > 0)
      options.push('abstention-veto')
    const nearOf = (o: CouncilOutcome | 'abstention-veto'): boolean => {
      if (o === 'too-few-votes')
        return v.yes <= SC_VOTES_NEEDED + 1
      if (o === 'vetoed')
        return v.permanentAbstain > 0 || (v.permanentNo > 0 && !v.substantive)
      if (o === 'adopted')
        return v.yes >= SC_VOTES_NEEDED || v.yes === SC_VOTES_NEEDED - 1
      return true
    }
    const distractors = options.filter(o => o !== outcome).map(o => ({ text: COUNCIL_OUTCOME_TEXT[o], why: councilWhy(o, v), near: nearOf(o) }))
    // Easy and hard quizzes need one of each to choose from.
    if (!distractors.some(d => !d.near))
      distractors[distractors.length - 1]!.near = false
    if (!distractors.some(d => d.near))
      distractors[0]!.near = true
    const rule = v.substantive
      ? 'Under Article 27(3) of the UN Charter, a substantive decision needs nine yes votes including the concurring votes of the permanent members, so a permanent member’s no is a veto.'
      : 'Under Article 27(2) of the UN Charter, a procedural decision needs the yes votes of any nine members; there is no veto.'
    // Abstention rests on Council practice; the Court's Namibia opinion upheld it for voluntary abstention.
    const abstention = v.substantive && v.permanentAbstain > 0
      ? ' By Council practice since 1947, a permanent member’s abstention is not a veto; the International Court of Justice upheld this for voluntary abstention in its 1971 Namibia advisory opinion.'
      : ''
    const pNo = permanentMembers(v.permanentNo)
    const result = outcome === 'adopted'
      ? v.substantive
        ? `With ${v.yes} yes votes and no permanent member voting no, it is adopted${v.permanentAbstain > 0 ? `, although ${permanentMembers(v.permanentAbstain)} abstained` : ''}.`
        : `With ${v.yes} yes votes it is adopted${v.permanentNo > 0 ? `, although ${pNo} voted no` : ''}.`
      : outcome === 'vetoed'
        ? `It has ${v.yes} yes votes, but ${pNo} voted no, so it is vetoed.`
        : `It has only ${v.yes} yes votes, fewer than nine, so it fails.`
    return {
      id: councilScenarioId(v),
      topic: SCENARIO_TOPIC,
      fact: 'scenario-sc-outcome',
      form: 'scenario',
      kind: 'text',
      level: LEVEL_OF[difficulty],
      prompt,
      variants: [],
      key: COUNCIL_OUTCOME_TEXT[outcome],
      distractors,
      explanation: `${rule}${abstention} ${result}`,
      sources: v.substantive ? (v.permanentAbstain > 0 ? [CHARTER_27_3, PRACTICE_ABSTENTION, ICJ_NAMIBIA] : [CHARTER_27_3]) : [CHARTER_27_2],
      cites: [],
    }
  },
})
