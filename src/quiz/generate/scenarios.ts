import type { CouncilOutcome, CouncilVote } from '../procedure/voting.ts'
import type { Rng } from '../random.ts'
import type { Difficulty, Distractor, Item, Level, Source } from '../types.ts'
import {
  decideCouncil,
  presentAndVoting,
  SC_MEMBERS,
  SC_PERMANENT,
  SC_VOTES_NEEDED,
  simpleMajorityNeeded,
  twoThirdsNeeded,
  UN_MEMBERS,
} from '../procedure/voting.ts'
import { randomIndex } from '../random.ts'

/**
 * Scenario templates: fresh questions made from the voting rules, with keys computed by
 * rules-un.ts and distractors that are the answers of named misconceptions.
 */
export interface ScenarioTemplate {
  id: string
  topic: string
  title: string
  /** A new question for these settings; the same rng state gives the same question. */
  generate: (rng: Rng, difficulty: Difficulty) => Item
}

export const SCENARIO_TOPIC = 'procedure'

const LEVEL_OF: Record<Difficulty, Level> = { easy: 1, normal: 2, hard: 3 }

const CHARTER_27_3: Source = { kind: 'charter', ref: 'UN Charter, Article 27(3)' }
const CHARTER_27_2: Source = { kind: 'charter', ref: 'UN Charter, Article 27(2)' }
const CHARTER_18_2: Source = { kind: 'charter', ref: 'UN Charter, Article 18(2)' }
const CHARTER_18_3: Source = { kind: 'charter', ref: 'UN Charter, Article 18(3)' }
const RULES_PRESENT_VOTING: Source = { kind: 'rules', ref: 'Rules of Procedure of the General Assembly (“members present and voting”)' }
const PRACTICE_ABSTENTION: Source = { kind: 'record', ref: 'Security Council practice since 1947; ICJ, Namibia advisory opinion (1971)' }

function between(rng: Rng, min: number, max: number): number {
  return min + randomIndex(rng, max - min + 1)
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomIndex(rng, items.length)] as T
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Drops distractors that equal the key or each other; the first of each value wins. */
function distinctDistractors(key: string, candidates: Distractor[]): Distractor[] {
  const seen = new Set([key])
  return candidates.filter((d) => {
    if (seen.has(d.text))
      return false
    seen.add(d.text)
    return true
  })
}

/** Tries `make` until it returns an item (it returns null for unsuitable random draws). */
function retry(make: () => Item | null): Item {
  // Stryker disable next-line EqualityOperator,UpdateOperator: a guard never reached; every template finds a draw within a few tries, so no test can see its bound
  for (let i = 0; i < 1000; i++) {
    const item = make()
    if (item !== null)
      return item
  }
  // Stryker disable next-line StringLiteral: unreachable for the same reason
  throw new Error('scenario: no suitable draw in 1000 tries')
}

// ---------------------------------------------------------------------------------------------
// Security Council: what happens to a draft?

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

export function describeCouncilVote(v: CouncilVote): string {
  const noVotes = v.no + v.permanentNo
  const no = noVotes === 0 ? 'no votes against' : `${plural(noVotes, 'no vote', 'no votes')}${whoWerePermanent(noVotes, v.permanentNo, 'from')}`
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
  // The permanent members not named among the no votes and abstentions voted yes: there must be room.
  if (SC_PERMANENT - permanentNo - permanentAbstain > yes)
    return null
  // Both "too few votes" and "a veto" would be true: not a fair question.
  if (substantive && yes < SC_VOTES_NEEDED && permanentNo > 0)
    return null
  return v
}

function councilWhy(option: CouncilOutcome | 'abstention-veto', v: CouncilVote): string {
  switch (option) {
    case 'adopted':
      return v.yes < SC_VOTES_NEEDED
        ? `${v.yes} yes votes are fewer than the nine every Council decision needs.`
        : 'Nine yes votes are not enough on a substantive matter when a permanent member votes no: that no is a veto.'
    case 'vetoed':
      if (!v.substantive && v.permanentNo > 0)
        return 'There is no veto on procedural matters: any nine yes votes decide them (Article 27(2)).'
      return v.permanentAbstain > 0
        ? 'No permanent member voted no, and a permanent member’s abstention is not a veto.'
        : 'No permanent member voted no, so there is no veto.'
    case 'too-few-votes':
      return `${v.yes} yes votes reach the nine that a decision needs.`
    case 'abstention-veto':
      return 'By long-standing Council practice, a permanent member’s abstention is not a veto.'
  }
}

export const councilOutcome: ScenarioTemplate = {
  id: 'sc-outcome',
  topic: SCENARIO_TOPIC,
  title: 'Security Council: what happens to a draft?',
  generate(rng, difficulty) {
    return retry(() => {
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
        ? 'Under Article 27(3) of the UN Charter, a substantive decision needs nine yes votes including the concurring votes of the permanent members: a permanent member’s no is a veto, while its abstention, by long-standing practice, is not.'
        : 'Under Article 27(2) of the UN Charter, a procedural decision needs the yes votes of any nine members; there is no veto.'
      const result = outcome === 'adopted'
        ? `With ${v.yes} yes votes${v.substantive && v.permanentNo === 0 ? ' and no permanent member voting no' : ''}, it is adopted.`
        : outcome === 'vetoed'
          ? `It has ${v.yes} yes votes, but a permanent member voted no, so it is vetoed.`
          : `It has only ${v.yes} yes votes, fewer than nine, so it fails.`
      return {
        id: `scenario-sc-outcome-${v.substantive ? 's' : 'p'}-${v.yes}-${v.no}-${v.permanentNo}-${v.abstain}-${v.permanentAbstain}`,
        topic: SCENARIO_TOPIC,
        fact: 'scenario-sc-outcome',
        form: 'scenario',
        kind: 'text',
        level: LEVEL_OF[difficulty],
        prompt,
        variants: [],
        key: COUNCIL_OUTCOME_TEXT[outcome],
        distractors,
        explanation: `${rule} ${result}`,
        sources: v.substantive ? [CHARTER_27_3, PRACTICE_ABSTENTION] : [CHARTER_27_2],
        cites: [],
      }
    })
  },
}

// ---------------------------------------------------------------------------------------------
// General Assembly arithmetic

interface AssemblyVote { yes: number, no: number, abstain: number }

function drawAssemblyVote(rng: Rng): AssemblyVote {
  const yes = between(rng, 40, 150)
  const no = between(rng, 2, Math.min(60, UN_MEMBERS - yes - 1))
  const abstain = between(rng, 1, UN_MEMBERS - yes - no)
  return { yes, no, abstain }
}

function numberItem(id: string, fact: string, difficulty: Difficulty, prompt: string, key: number, distractors: Distractor[], explanation: string, sources: Source[]): Item | null {
  const kept = distinctDistractors(String(key), distractors).filter(d => Number(d.text) > 0)
  if (kept.length < 3 || !kept.some(d => d.near) || !kept.some(d => !d.near))
    return null
  return { id, topic: SCENARIO_TOPIC, fact, form: 'scenario', kind: 'number', level: LEVEL_OF[difficulty], prompt, variants: [], key: String(key), distractors: kept, explanation, sources, cites: [] }
}

export const presentAndVotingCount: ScenarioTemplate = {
  id: 'ga-present-voting',
  topic: SCENARIO_TOPIC,
  title: 'General Assembly: members present and voting',
  generate(rng, difficulty) {
    return retry(() => {
      const { yes, no, abstain } = drawAssemblyVote(rng)
      const key = presentAndVoting(yes, no)
      const prompt = pick(rng, [
        `In a General Assembly vote of ${yes} yes, ${no} no and ${plural(abstain, 'abstention', 'abstentions')}, how many members were present and voting?`,
        `A General Assembly resolution gets ${yes} votes for, ${no} against and ${plural(abstain, 'abstention', 'abstentions')}. How many members count as present and voting?`,
      ])
      return numberItem(
        `scenario-ga-present-voting-${yes}-${no}-${abstain}`,
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
  id: string
  title: string
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
    generate(rng, difficulty) {
      return retry(() => {
        const voting = between(rng, 60, 180)
        const abstain = between(rng, 5, UN_MEMBERS - voting)
        const key = t.needed(voting)
        const prompt = pick(rng, [
          `${t.question}, ${voting} members of the General Assembly vote yes or no and ${abstain} abstain. At least how many of the ${voting} must vote yes for it to pass?`,
          `How many yes votes does ${t.majority} need when ${voting} General Assembly members vote yes or no and ${abstain} abstain?`,
        ])
        return numberItem(`scenario-${t.id}-${voting}-${abstain}`, `scenario-${t.id}`, difficulty, prompt, key, t.misconceptions(voting, abstain, key), t.explain(voting, key), t.sources)
      })
    },
  }
}

export const twoThirdsMajority = thresholdTemplate({
  id: 'ga-two-thirds',
  title: 'General Assembly: votes a two-thirds majority needs',
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

export const SCENARIO_TEMPLATES: readonly ScenarioTemplate[] = [councilOutcome, presentAndVotingCount, twoThirdsMajority, simpleMajority]
