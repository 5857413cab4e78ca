import type { Candidate, Standing } from '../../procedure/elections.ts'
import type { Distractor } from '../../types.ts'
import type { Misconception, ScenarioTemplate } from './template.ts'
import { electionStanding, electionVotesNeeded, SC_ELECTED_EACH_YEAR, SC_TERM_YEARS } from '../../procedure/elections.ts'
import { SC_VOTES_NEEDED, simpleMajorityNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { formatThirds } from './assembly.ts'
import { between, CHARTER_18_2, CHARTER_23_1, CHARTER_23_2, numberItem, numberWord, pick, retry, RULES_PRESENT_VOTING, SCENARIO_TOPIC, textItem } from './template.ts'

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

export const electionVotes: ScenarioTemplate = {
  id: 'sc-election-votes',
  topic: SCENARIO_TOPIC,
  title: 'Security Council elections: the votes a seat needs',
  generate(rng, difficulty) {
    return retry(() => {
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
    })
  },
}

/** States that are not (yet) Members of the United Nations, and what each is. */
type NonMember = 'observer' | 'applicant'
const NON_MEMBER: Record<NonMember, { text: string, is: string }> = {
  observer: { text: 'A non-member observer state', is: 'an observer state is not one' },
  applicant: { text: 'A state whose UN membership bid is pending', is: 'a state awaiting admission is not one yet' },
}

/** A state a stem may offer, described for the election whose term begins in `termStarts`. */
interface Described { candidate: Candidate, text: string }

function describe(kind: 'never' | 'past' | 'retiring' | 'permanent' | NonMember, termStarts: number, gap: number): Described {
  switch (kind) {
    case 'never':
      return { candidate: { permanent: false, unMember: true, lastTermEnds: null }, text: 'A member that has never sat on the Council' }
    case 'past': {
      const ends = termStarts - gap
      return { candidate: { permanent: false, unMember: true, lastTermEnds: ends }, text: `A member whose last term was ${ends - 1}–${ends}` }
    }
    case 'retiring':
      return { candidate: { permanent: false, unMember: true, lastTermEnds: termStarts - 1 }, text: `A member whose term is ${termStarts - 2}–${termStarts - 1}` }
    case 'permanent':
      return { candidate: { permanent: true, unMember: true, lastTermEnds: null }, text: 'A permanent member of the Council' }
    case 'observer':
    case 'applicant':
      return { candidate: { permanent: false, unMember: false, lastTermEnds: null }, text: NON_MEMBER[kind].text }
  }
}

const STANDING_WHY: Record<Exclude<Standing, 'eligible'>, (termStarts: number, nonMember: NonMember) => string> = {
  'retiring': t => `Its term ends as the new one begins, in ${t}: a retiring member cannot be re-elected immediately (Article 23(2)).`,
  'permanent': () => 'The five permanent seats are not elected: the Assembly elects ten other members (Article 23(1)).',
  'not-a-member': (_, nonMember) => `Only Members of the United Nations can be elected (Article 23(1)); ${NON_MEMBER[nonMember].is}.`,
}

export const electionEligibility: ScenarioTemplate = {
  id: 'sc-election-eligibility',
  topic: SCENARIO_TOPIC,
  title: 'Security Council elections: who can win a seat',
  generate(rng, difficulty) {
    return retry(() => {
      const termStarts = between(rng, 2027, 2040)
      // A last term that ended years before; on hard quizzes often one that ended the year before
      // the election: a year off the Council, so re-election is not immediate.
      const gap = difficulty === 'hard' && rng() < 0.4 ? 2 : between(rng, 5, 12)
      const keyKind = pick(rng, ['never', 'past'] as const)
      const key = describe(keyKind, termStarts, gap)
      if (electionStanding(key.candidate, termStarts) !== 'eligible')
        return null
      const distractors: Distractor[] = []
      const nonMember = pick(rng, ['observer', 'applicant'] as const)
      for (const kind of ['retiring', 'permanent', nonMember] as const) {
        const d = describe(kind, termStarts, gap)
        const standing = electionStanding(d.candidate, termStarts)
        if (standing === 'eligible')
          return null
        distractors.push({ text: d.text, why: STANDING_WHY[standing](termStarts, nonMember), near: kind === 'retiring' })
      }
      const prompt = pick(rng, [
        `This year the General Assembly fills ${numberWord(SC_ELECTED_EACH_YEAR)} Security Council seats for ${termStarts}–${termStarts + SC_TERM_YEARS - 1}. Which of these could win one?`,
        `Which of these could be elected in this year’s General Assembly vote for the Security Council’s ${termStarts}–${termStarts + SC_TERM_YEARS - 1} seats?`,
      ])
      return textItem({
        id: `scenario-sc-election-eligibility-${termStarts}-${keyKind === 'never' ? 'never' : gap}`,
        fact: 'scenario-sc-election-eligibility',
        difficulty,
        prompt,
        key: key.text,
        distractors,
        explanation: `Under Article 23 of the UN Charter, the General Assembly elects ten Members of the United Nations other than the five permanent members for two-year terms, and a retiring member is not eligible for immediate re-election; five of the ten seats are filled each year. ${keyKind === 'never' ? 'A member that has never sat on the Council can stand.' : `A member whose last term ended in ${termStarts - gap} can stand${gap === 2 ? `: it has been off the Council for a year, so its election for ${termStarts} is not immediate re-election` : ''}.`}`,
        sources: [CHARTER_23_1, CHARTER_23_2],
      })
    })
  },
}
