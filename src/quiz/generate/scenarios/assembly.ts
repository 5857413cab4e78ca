import type { Rng } from '../../random.ts'
import type { Distractor, Source } from '../../types.ts'
import type { ThresholdId } from './ids.ts'
import type { ScenarioTemplate } from './template.ts'
import { presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { plural } from '../../text.ts'
import { presentAndVotingId, thresholdScenarioId } from './ids.ts'
import { between, CHARTER_18_2, CHARTER_18_3, numberItem, pick, retry, RULES_PRESENT_VOTING, SCENARIO_TOPIC } from './template.ts'

/** General Assembly arithmetic: who counts as voting, and the votes a majority needs. */

interface AssemblyVote { yes: number, no: number, abstain: number }

function drawAssemblyVote(rng: Rng): AssemblyVote {
  const yes = between(rng, 40, 150)
  const no = between(rng, 2, Math.min(60, UN_MEMBERS - yes - 1))
  const abstain = between(rng, 1, UN_MEMBERS - yes - no)
  return { yes, no, abstain }
}

export const presentAndVotingCount: ScenarioTemplate = {
  id: 'ga-present-voting',
  topic: SCENARIO_TOPIC,
  title: 'General Assembly: members present and voting',
  reveals: ['un-membership-193', 'tally-present-and-voting'],
  generate(rng, difficulty) {
    return retry(() => {
      const { yes, no, abstain } = drawAssemblyVote(rng)
      const key = presentAndVoting(yes, no)
      const prompt = pick(rng, [
        `In a General Assembly vote of ${yes} yes, ${no} no and ${plural(abstain, 'abstention', 'abstentions')}, how many members were present and voting?`,
        `A General Assembly resolution gets ${yes} votes for, ${no} against and ${plural(abstain, 'abstention', 'abstentions')}. How many members count as present and voting?`,
      ])
      return numberItem(
        presentAndVotingId({ yes, no, abstain }),
        'scenario-ga-present-voting',
        difficulty,
        prompt,
        key,
        [
          { text: String(yes + no + abstain), why: `${yes + no + abstain} counts the ${plural(abstain, 'abstention', 'abstentions')} too, but members who abstain count as not voting.`, near: true },
          { text: String(yes), why: `${yes} counts only the yes votes; the ${no} no votes are cast too.`, near: false },
          { text: String(UN_MEMBERS), why: `${UN_MEMBERS} is every member state, not those present and voting.`, near: false },
          { text: String(abstain), why: `${abstain} is the number of abstainers: members present but not voting.`, near: true },
          { text: String(Math.abs(yes - no)), why: `${Math.abs(yes - no)} is the margin between yes and no votes, not how many voted.`, near: false },
        ],
        `Under the General Assembly’s rules of procedure, members present and voting are those casting a yes or no vote; abstainers count as not voting. So ${yes} + ${no} = ${key}.`,
        [RULES_PRESENT_VOTING, CHARTER_18_2],
      )
    })
  },
}

/** n/3 written exactly: "74", "88⅔", "88⅓". */
function formatThirds(n: number): string {
  return `${Math.floor(n / 3)}${['', '⅓', '⅔'][n % 3]}`
}

interface ThresholdTemplate {
  id: ThresholdId
  title: string
  reveals: readonly string[]
  /** The question's name for the majority, as in "on an important question". */
  question: string
  majority: string
  needed: (voting: number) => number
  /** Misconceptions: wrong answers for these numbers, each with its reason. */
  misconceptions: (voting: number, abstain: number, key: number) => Distractor[]
  explain: (voting: number, key: number) => string
  sources: Source[]
}

/** "How many yes votes does this majority need?" for a General Assembly vote. */
function thresholdTemplate(t: ThresholdTemplate): ScenarioTemplate {
  return {
    id: t.id,
    topic: SCENARIO_TOPIC,
    title: t.title,
    reveals: t.reveals,
    generate(rng, difficulty) {
      return retry(() => {
        const voting = between(rng, 60, 180)
        const abstain = between(rng, 5, UN_MEMBERS - voting)
        const key = t.needed(voting)
        const prompt = pick(rng, [
          `${t.question}, ${voting} members of the General Assembly vote yes or no and ${abstain} abstain. At least how many of the ${voting} must vote yes for it to pass?`,
          `How many yes votes does ${t.majority} need when ${voting} General Assembly members vote yes or no and ${abstain} abstain?`,
        ])
        return numberItem(thresholdScenarioId({ template: t.id, voting, abstain }), `scenario-${t.id}`, difficulty, prompt, key, t.misconceptions(voting, abstain, key), t.explain(voting, key), t.sources)
      })
    },
  }
}

export const twoThirdsMajority = thresholdTemplate({
  id: 'ga-two-thirds',
  title: 'General Assembly: votes a two-thirds majority needs',
  reveals: ['un-membership-193', 'ga-important-questions-majority', 'tally-present-and-voting'],
  question: 'On an important question',
  majority: 'a two-thirds majority',
  needed: twoThirdsNeeded,
  misconceptions: (voting, abstain, key) => [
    { text: String(twoThirdsNeeded(voting + abstain)), why: `${twoThirdsNeeded(voting + abstain)} is two-thirds of ${voting + abstain}, wrongly counting the abstentions as votes.`, near: true },
    { text: String(simpleMajorityNeeded(voting)), why: `${simpleMajorityNeeded(voting)} is a simple majority; important questions need two-thirds.`, near: true },
    { text: String(twoThirdsNeeded(UN_MEMBERS)), why: `${twoThirdsNeeded(UN_MEMBERS)} is two-thirds of all ${UN_MEMBERS} members, but only those present and voting count.`, near: false },
    { text: String(key - 1), why: `${key - 1} yes votes fall short of two-thirds of ${voting} (${formatThirds(2 * voting)}).`, near: true },
  ],
  explain: (voting, key) => `Under Article 18(2) of the UN Charter, important questions need a two-thirds majority of the members present and voting, and abstainers count as not voting. Two-thirds of ${voting} is ${formatThirds(2 * voting)}, so at least ${key} yes votes are needed.`,
  sources: [CHARTER_18_2, RULES_PRESENT_VOTING],
})

export const simpleMajority = thresholdTemplate({
  id: 'ga-simple-majority',
  title: 'General Assembly: votes a simple majority needs',
  reveals: ['un-membership-193', 'ga-other-questions-simple-majority', 'tally-present-and-voting'],
  question: 'On a question decided by simple majority',
  majority: 'a simple majority',
  needed: simpleMajorityNeeded,
  misconceptions: (voting, abstain, key) => [
    { text: String(simpleMajorityNeeded(voting + abstain)), why: `${simpleMajorityNeeded(voting + abstain)} is a majority of ${voting + abstain}, wrongly counting the abstentions.`, near: true },
    { text: String(twoThirdsNeeded(voting)), why: `${twoThirdsNeeded(voting)} is two-thirds of those voting, which only important questions need.`, near: true },
    { text: String(simpleMajorityNeeded(UN_MEMBERS)), why: `${simpleMajorityNeeded(UN_MEMBERS)} is a majority of all ${UN_MEMBERS} members, but only those present and voting count.`, near: false },
    { text: String(key - 1), why: `${key - 1} is ${voting % 2 === 0 ? 'exactly half' : 'under half'} of ${voting}: a majority needs more than half.`, near: true },
  ],
  explain: (voting, key) => `Under Article 18(3) of the UN Charter, other questions need a majority of the members present and voting: those casting yes or no. More than half of ${voting} (${voting / 2}) means at least ${key}.`,
  sources: [CHARTER_18_3, RULES_PRESENT_VOTING],
})
