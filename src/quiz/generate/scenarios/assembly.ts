import type { Rng } from '../../random.ts'
import type { Source } from '../../types.ts'
import type { ThresholdId } from './ids.ts'
import type { Misconception, ScenarioTemplate } from './template.ts'
import { presentAndVoting, SC_VOTES_NEEDED, simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { plural } from '../../text.ts'
import { presentAndVotingId, thresholdScenarioId } from './ids.ts'
import { between, CHARTER_18_2, CHARTER_18_3, numberItem, pick, RULES_PRESENT_VOTING, scenarioTemplate } from './template.ts'

/** General Assembly arithmetic: who counts as voting, and the votes a majority needs. */

interface AssemblyVote { yes: number, no: number, abstain: number }

function drawAssemblyVote(rng: Rng): AssemblyVote {
  const yes = between(rng, 40, 150)
  const no = between(rng, 2, Math.min(60, UN_MEMBERS - yes - 1))
  const abstain = between(rng, 1, UN_MEMBERS - yes - no)
  return { yes, no, abstain }
}

const abstentions = (n: number) => plural(n, 'abstention', 'abstentions')

/** Wrong counts of "present and voting": each a way of counting the wrong members. */
export function presentAndVotingMisconceptions({ yes, no, abstain }: AssemblyVote): Misconception[] {
  const all = yes + no + abstain
  return [
    { value: all, why: `${all} counts the ${abstentions(abstain)} too, but members who abstain count as not voting.` },
    { value: UN_MEMBERS - abstain, why: `${UN_MEMBERS - abstain} counts every member that did not abstain, absent ones too; only members casting yes or no count.` },
    { value: UN_MEMBERS, why: `${UN_MEMBERS} is every member state, not those present and voting.` },
    { value: yes, why: `${yes} counts only the yes votes; the ${no} no votes are cast too.` },
    { value: no, why: `${no} counts only the no votes; the ${yes} yes votes are cast too.` },
    { value: abstain, why: `${abstain} is the number of abstainers: members present but not voting.` },
    { value: Math.abs(yes - no), why: `${Math.abs(yes - no)} is the margin between yes and no votes, not how many voted.` },
    { value: UN_MEMBERS - all, why: `${UN_MEMBERS - all} is the members who took no part at all, neither voting nor abstaining.` },
  ]
}

export const presentAndVotingCount = scenarioTemplate({
  id: 'ga-present-voting',
  title: 'General Assembly: members present and voting',
  reveals: ['un-membership-193', 'tally-present-and-voting'],
  draw(rng, difficulty) {
    const vote = drawAssemblyVote(rng)
    const { yes, no, abstain } = vote
    const key = presentAndVoting(yes, no)
    const prompt = pick(rng, [
      `In a General Assembly vote of ${yes} yes, ${no} no and ${abstentions(abstain)}, how many members were present and voting?`,
      `A General Assembly resolution gets ${yes} votes for, ${no} against and ${abstentions(abstain)}. How many members count as present and voting?`,
    ])
    return numberItem({
      id: presentAndVotingId({ yes, no, abstain }),
      fact: 'scenario-ga-present-voting',
      difficulty,
      prompt,
      key,
      misconceptions: presentAndVotingMisconceptions(vote),
      max: UN_MEMBERS,
      explanation: `Under the General Assembly’s rules of procedure, members present and voting are those casting a yes or no vote; abstainers count as not voting. So ${yes} + ${no} = ${key}.`,
      sources: [RULES_PRESENT_VOTING, CHARTER_18_2],
    })
  },
})

/** n/3 written exactly: "74", "88⅔", "88⅓". */
export function formatThirds(n: number): string {
  return `${Math.floor(n / 3)}${['', '⅓', '⅔'][n % 3]}`
}

/** A General Assembly vote as a threshold question sees it: members voting yes or no, and abstaining. */
export interface Turnout { voting: number, abstain: number }

interface ThresholdTemplate {
  id: ThresholdId
  title: string
  reveals: readonly string[]
  /** The question's name for the majority, as in "on an important question". */
  question: string
  majority: string
  needed: (voting: number) => number
  /** Misconceptions: wrong answers for these numbers, each with its reason. */
  misconceptions: (t: Turnout) => Misconception[]
  explain: (voting: number, key: number) => string
  sources: Source[]
}

/** "How many yes votes does this majority need?" for a General Assembly vote. */
function thresholdTemplate(t: ThresholdTemplate): ScenarioTemplate {
  return scenarioTemplate({
    id: t.id,
    title: t.title,
    reveals: t.reveals,
    draw(rng, difficulty) {
      const voting = between(rng, 60, 180)
      const abstain = between(rng, 5, UN_MEMBERS - voting)
      const key = t.needed(voting)
      const prompt = pick(rng, [
        `${t.question}, ${voting} members of the General Assembly vote yes or no and ${abstain} abstain. At least how many of the ${voting} must vote yes for it to pass?`,
        `How many yes votes does ${t.majority} need when ${voting} General Assembly members vote yes or no and ${abstain} abstain?`,
      ])
      return numberItem({
        id: thresholdScenarioId({ template: t.id, voting, abstain }),
        fact: `scenario-${t.id}`,
        difficulty,
        prompt,
        key,
        misconceptions: t.misconceptions({ voting, abstain }),
        // No more can vote yes than vote at all: a larger number the stem itself rules out.
        max: voting,
        explanation: t.explain(voting, key),
        sources: t.sources,
      })
    },
  })
}

/** Misconceptions any General Assembly majority invites: other counts, other bodies. */
function sharedMisconceptions({ voting, abstain }: Turnout, needed: (n: number) => number, name: string): Misconception[] {
  const withAbstentions = needed(voting + abstain)
  const present = UN_MEMBERS - abstain
  return [
    { value: withAbstentions, why: `${withAbstentions} is ${name} of ${voting + abstain}, wrongly counting the abstentions as votes.` },
    { value: needed(present), why: `${needed(present)} is ${name} of the ${present} members who did not abstain, wrongly counting absent members as voting.` },
    { value: needed(UN_MEMBERS), why: `${needed(UN_MEMBERS)} is ${name} of all ${UN_MEMBERS} members, but only those present and voting count.` },
    { value: withAbstentions - abstain, why: `${withAbstentions - abstain} would be enough only if the ${abstain} abstentions counted as yes votes, but an abstention is not a vote for.` },
    { value: SC_VOTES_NEEDED, why: `${SC_VOTES_NEEDED} is the Security Council’s threshold; the General Assembly counts its own members present and voting.` },
  ]
}

/** Wrong yes-vote counts for a two-thirds majority, most tempting first. */
export function twoThirdsMisconceptions(turnout: Turnout): Misconception[] {
  const { voting } = turnout
  const key = twoThirdsNeeded(voting)
  // Only when two-thirds is a whole number does "more than two-thirds" ask for one more.
  const exactly = 2 * voting % 3 === 0
  return [
    { value: key - 1, why: `${key - 1} yes votes fall short of two-thirds of ${voting} (${formatThirds(2 * voting)}).` },
    ...(exactly ? [{ value: key + 1, why: `${key + 1} is more than two-thirds, but exactly two-thirds (${key}) is enough.` }] : []),
    ...sharedMisconceptions(turnout, twoThirdsNeeded, 'two-thirds'),
    { value: simpleMajorityNeeded(voting), why: `${simpleMajorityNeeded(voting)} is a simple majority; important questions need two-thirds.` },
    { value: voting - key + 1, why: `${voting - key + 1} no votes would block it (more than a third of ${voting}); the question asks for the yes votes that pass it.` },
    { value: voting, why: `${voting} is every member voting; two-thirds of them is enough.` },
  ]
}

/** Wrong yes-vote counts for a simple majority, most tempting first. */
export function simpleMajorityMisconceptions(turnout: Turnout): Misconception[] {
  const { voting } = turnout
  const key = simpleMajorityNeeded(voting)
  const blocking = voting - twoThirdsNeeded(voting) + 1
  return [
    { value: key - 1, why: `${key - 1} is ${voting % 2 === 0 ? 'exactly half' : 'under half'} of ${voting}: a majority needs more than half.` },
    { value: voting - key, why: `${voting - key} is the most no votes it can meet and still pass; the question asks for the yes votes it needs.` },
    ...sharedMisconceptions(turnout, simpleMajorityNeeded, 'a majority'),
    { value: twoThirdsNeeded(voting), why: `${twoThirdsNeeded(voting)} is two-thirds of those voting, which only important questions need.` },
    { value: blocking, why: `${blocking} no votes (more than a third) would block an important question; a simple majority needs more than half to vote yes.` },
  ]
}

export const twoThirdsMajority = thresholdTemplate({
  id: 'ga-two-thirds',
  title: 'General Assembly: votes a two-thirds majority needs',
  reveals: ['un-membership-193', 'ga-important-questions-majority', 'tally-present-and-voting', 'ess-called-by-nine', 'sc-nine-of-fifteen', 'charter-amendment-129'],
  question: 'On an important question',
  majority: 'a two-thirds majority',
  needed: twoThirdsNeeded,
  misconceptions: twoThirdsMisconceptions,
  explain: (voting, key) => `Under Article 18(2) of the UN Charter, important questions need a two-thirds majority of the members present and voting, and abstainers count as not voting. Two-thirds of ${voting} is ${formatThirds(2 * voting)}, so at least ${key} yes votes are needed.`,
  sources: [CHARTER_18_2, RULES_PRESENT_VOTING],
})

export const simpleMajority = thresholdTemplate({
  id: 'ga-simple-majority',
  title: 'General Assembly: votes a simple majority needs',
  reveals: ['un-membership-193', 'ga-other-questions-simple-majority', 'tally-present-and-voting', 'ess-called-by-nine', 'sc-nine-of-fifteen'],
  question: 'On a question decided by simple majority',
  majority: 'a simple majority',
  needed: simpleMajorityNeeded,
  misconceptions: simpleMajorityMisconceptions,
  explain: (voting, key) => `Under Article 18(3) of the UN Charter, other questions need a majority of the members present and voting: those casting yes or no. More than half of ${voting} (${voting / 2}) means at least ${key}.`,
  sources: [CHARTER_18_3, RULES_PRESENT_VOTING],
})
