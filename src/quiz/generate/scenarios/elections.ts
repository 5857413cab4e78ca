import type { Candidate, Standing } from '../../procedure/elections.ts'
import type { Difficulty, Distractor } from '../../types.ts'
import type { Misconception } from './template.ts'
import { electionStanding, electionVotesNeeded, SC_ELECTED_EACH_YEAR, SC_TERM_YEARS } from '../../procedure/elections.ts'
import { SC_VOTES_NEEDED, simpleMajorityNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { formatThirds } from './assembly.ts'
import { between, CHARTER_18_2, CHARTER_23_1, CHARTER_23_2, lowerFirst, numberItem, numberWord, pick, RULES_PRESENT_VOTING, scenarioTemplate, textItem } from './template.ts'

/** Electing the Security Council's non-permanent members. */

/** Wrong vote counts for winning a seat, each a misconception about who elects and by what majority. */
export function electionMisconceptions(voting: number, abstain: number): Misconception[] {
  const key = electionVotesNeeded(voting)
  const present = UN_MEMBERS - abstain
  const exactly = 2 * voting % 3 === 0
  return [
    { value: key - 1, why: `${key - 1} votes fall short of two-thirds of the ${voting} members voting (${formatThirds(2 * voting)}).` },
    ...(exactly ? [{ value: key + 1, why: `${key + 1} is more than two-thirds, but exactly two-thirds (${key}) is enough.` }] : []),
    { value: electionVotesNeeded(voting + abstain), why: `${electionVotesNeeded(voting + abstain)} is two-thirds of ${voting + abstain}, wrongly counting the abstentions as votes.` },
    { value: electionVotesNeeded(present), why: `${electionVotesNeeded(present)} is two-thirds of the ${present} members who did not abstain, wrongly counting absent members as voting.` },
    { value: electionVotesNeeded(UN_MEMBERS), why: `${electionVotesNeeded(UN_MEMBERS)} is two-thirds of all ${UN_MEMBERS} members, but only those present and voting count.` },
    { value: simpleMajorityNeeded(voting), why: `${simpleMajorityNeeded(voting)} is a simple majority; the Charter makes these elections an important question, needing two-thirds.` },
    { value: SC_VOTES_NEEDED, why: `${SC_VOTES_NEEDED} is the Security Council’s own voting threshold, but the Council does not elect its members: the General Assembly does.` },
    { value: voting, why: `${voting} is every member voting; two-thirds of them is enough.` },
  ]
}

export const electionVotes = scenarioTemplate({
  id: 'sc-election-votes',
  title: 'Security Council elections: the votes a seat needs',
  reveals: ['un-membership-193', 'ga-important-questions-majority', 'ess-called-by-nine', 'sc-nine-of-fifteen', 'charter-amendment-129', 'tally-present-and-voting'],
  draw(rng, difficulty) {
    const voting = between(rng, 120, 192)
    const abstain = between(rng, 1, UN_MEMBERS - voting)
    const key = electionVotesNeeded(voting)
    const abstaining = `${abstain} ${abstain === 1 ? 'abstains' : 'abstain'}`
    const prompt = pick(rng, [
      `In the General Assembly’s yearly election to the Security Council, ${voting} members vote and ${abstaining}. At least how many votes does a candidate need to win a seat?`,
      `In an election of non-permanent Security Council members, ${voting} General Assembly members vote and ${abstaining}. How many votes must a candidate get, at least, to be elected?`,
    ])
    return numberItem({
      id: `scenario-sc-election-votes-${voting}-${abstain}`,
      fact: 'scenario-sc-election-votes',
      difficulty,
      prompt,
      key,
      misconceptions: electionMisconceptions(voting, abstain),
      // No candidate can win more votes than there are members voting.
      max: voting,
      explanation: `Article 18(2) of the UN Charter names the election of the Security Council’s non-permanent members among the important questions, decided by two-thirds of the members present and voting; abstainers count as not voting. Two-thirds of ${voting} is ${formatThirds(2 * voting)}, so a candidate needs at least ${key} votes.`,
      sources: [CHARTER_18_2, CHARTER_23_1, RULES_PRESENT_VOTING],
    })
  },
})

/** A state that wants a seat, as the stem describes it, for the term beginning in `termStarts`. */
type Subject = 'retiring' | 'year-off' | 'past' | 'permanent' | 'observer' | 'applicant'

function describeSubject(kind: Subject, termStarts: number, gap: number): { candidate: Candidate, text: string } {
  const member = (lastTermEnds: number | null): Candidate => ({ permanent: false, unMember: true, lastTermEnds })
  switch (kind) {
    case 'retiring':
      return { candidate: member(termStarts - 1), text: `A member whose term is ${termStarts - 2}–${termStarts - 1}` }
    case 'year-off':
      return { candidate: member(termStarts - 2), text: `A member whose last term was ${termStarts - 3}–${termStarts - 2}` }
    case 'past':
      return { candidate: member(termStarts - gap), text: `A member whose last term was ${termStarts - gap - 1}–${termStarts - gap}` }
    case 'permanent':
      return { candidate: { permanent: true, unMember: true, lastTermEnds: null }, text: 'A permanent member of the Council' }
    case 'observer':
      return { candidate: { permanent: false, unMember: false, lastTermEnds: null }, text: 'A non-member observer state' }
    case 'applicant':
      return { candidate: { permanent: false, unMember: false, lastTermEnds: null }, text: 'A state whose UN membership bid is pending' }
  }
}

/** The answers, one per standing, and one rule no article makes (a single term per state). */
export const ELIGIBILITY_TEXT = {
  'eligible': 'Yes: nothing in the Charter bars it',
  'retiring': 'No: a retiring member cannot be re-elected at once',
  'permanent': 'No: permanent seats are not elected',
  'not-a-member': 'No: only UN members can be elected',
  'once': 'No: a state may sit on the Council only once',
  'two-thirds': 'Yes, if two-thirds of the Assembly back it',
} as const

/** The answers that can be wrong: the standings a stem's own words do not rule out, and two rules no article makes. */
type Wrong = 'eligible' | 'retiring' | 'once' | 'two-thirds'

/**
 * The wrong answers a stem leaves open, by the standing of its subject, nearest first: none the
 * stem's own words rule out (an elected member is a UN member and not permanent), and "yes, with
 * two-thirds" only where the answer is no, since two-thirds is what an eligible state needs.
 */
const WRONG: Record<Standing, readonly Wrong[]> = {
  'eligible': ['retiring', 'once'],
  'retiring': ['eligible', 'two-thirds', 'once'],
  'permanent': ['eligible', 'two-thirds'],
  'not-a-member': ['eligible', 'two-thirds', 'once'],
}

function wrongWhy(answer: Wrong, standing: Standing, termStarts: number): string {
  switch (answer) {
    case 'eligible':
      return standing === 'retiring'
        ? `Its term ends just before the new one begins in ${termStarts}: a retiring member is not eligible for immediate re-election (Article 23(2)).`
        : standing === 'permanent'
          ? 'The five permanent members hold their own seats; the Assembly elects ten other members (Article 23(1)).'
          : 'Only Members of the United Nations can be elected (Article 23(1)).'
    case 'two-thirds':
      return 'No majority overrides the Charter: two-thirds of those voting elects only a state the Charter allows.'
    case 'once':
      return 'The Charter sets no limit on terms: Article 23(2) bars only immediate re-election.'
    case 'retiring':
      return `Its last term ended before the year of this election, so electing it for ${termStarts} is not immediate re-election.`
  }
}

const SUBJECTS: Record<Difficulty, readonly Subject[]> = {
  easy: ['retiring', 'past', 'past', 'permanent', 'observer', 'applicant'],
  normal: ['retiring', 'retiring', 'year-off', 'past', 'permanent', 'observer', 'applicant'],
  hard: ['retiring', 'retiring', 'year-off', 'year-off', 'past', 'permanent', 'applicant'],
}

export const electionEligibility = scenarioTemplate({
  id: 'sc-election-eligibility',
  title: 'Security Council elections: who can win a seat',
  reveals: ['sc-permanent-five', 'sc-elected-by-ga-two-years', 'sc-no-immediate-reelection', 'sc-five-elected-each-year', 'veto-initiative-debate'],
  draw(rng, difficulty) {
    const termStarts = between(rng, 2027, 2040)
    const kind = pick(rng, SUBJECTS[difficulty])
    const gap = kind === 'past' ? between(rng, 4, 12) : 0
    const subject = describeSubject(kind, termStarts, gap)
    const standing = electionStanding(subject.candidate, termStarts)
    const seats = `${termStarts}–${termStarts + SC_TERM_YEARS - 1}`
    const prompt = pick(rng, [
      `${subject.text} wants one of the ${numberWord(SC_ELECTED_EACH_YEAR)} Security Council seats the General Assembly fills this year for ${seats}. Can it be elected?`,
      `In this year’s General Assembly election for the Security Council’s ${seats} seats, can ${lowerFirst(subject.text)} be elected?`,
    ])
    const wrong = WRONG[standing]
    const distractors: Distractor[] = wrong.map((answer, i) => ({
      text: ELIGIBILITY_TEXT[answer],
      why: wrongWhy(answer, standing, termStarts),
      // The first is the one a student falls for; for a member that may stand, "retiring" tempts
      // only when it left the Council a year ago, and "only once" otherwise.
      near: standing === 'eligible' ? answer === (kind === 'year-off' ? 'retiring' : 'once') : i === 0,
    }))
    const here = standing === 'eligible'
      ? `This member’s last term ended in ${termStarts - (kind === 'year-off' ? 2 : gap)}, before the year of the election, so it can stand.`
      : standing === 'retiring'
        ? `This member’s term ends in ${termStarts - 1}, just before the new one begins, so it cannot stand this year.`
        : standing === 'permanent'
          ? 'A permanent member’s seat is not among those elected.'
          : 'A state that is not a Member of the United Nations cannot be elected.'
    return textItem({
      id: `scenario-sc-election-eligibility-${termStarts}-${kind}-${gap}`,
      fact: 'scenario-sc-election-eligibility',
      difficulty,
      prompt,
      key: ELIGIBILITY_TEXT[standing],
      distractors,
      explanation: `Under Article 23 of the UN Charter, the General Assembly elects ten Members of the United Nations other than the five permanent members for two-year terms, five each year, and a retiring member is not eligible for immediate re-election; it sets no limit on the number of terms. ${here}`,
      sources: [CHARTER_23_1, CHARTER_23_2],
    })
  },
})
