import type { AmendmentStep } from '../../procedure/amendments.ts'
import type { Rng } from '../../random.ts'
import type { Difficulty, Distractor } from '../../types.ts'
import { amendmentVotes, amendmentVotingOrder, decideAmendment } from '../../procedure/amendments.ts'
import { simpleMajorityNeeded, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { shuffle } from '../../random.ts'
import { listWords, plural } from '../../text.ts'
import { formatThirds } from './assembly.ts'
import { between, capitalise, CHARTER_18_1, CHARTER_18_2, CHARTER_18_3, PERMANENT_MEMBERS, pick, possessive, RES_475, RULES_AMENDMENTS, RULES_PRESENT_VOTING, scenarioTemplate, textItem } from './template.ts'

/** General Assembly: voting on amendments, and the majority they need. */

const LETTERS: readonly string[] = ['P', 'Q', 'R', 'S']

/** What a draft may be about: any subject the Assembly debates. */
const SUBJECTS = [
  'humanitarian access',
  'a ceasefire',
  'nuclear safety',
  'prisoners of war',
  'food security',
  'mine clearance',
  'the safety of journalists',
  'cultural heritage',
  'the return of refugees',
  'detained civilians',
] as const

const amendment = (label: string) => `Amendment ${label}`
const DRAFT = 'The draft resolution'
const AMENDED = 'The draft as amended'
const ORIGINAL = 'The original draft'
const NO_VOTE = 'No further vote'

const RULE_ORDER = 'Under the General Assembly’s rules of procedure, amendments are voted on before the proposal they amend, the one furthest removed in substance from the original first, then the next furthest, and so on.'

function amendmentCount(rng: Rng, difficulty: Difficulty): number {
  return difficulty === 'easy' ? pick(rng, [2, 3]) : difficulty === 'normal' ? 3 : pick(rng, [3, 4])
}

export const amendmentOrder = scenarioTemplate({
  id: 'ga-amendment-order',
  title: 'General Assembly: which amendment is voted on first',
  draw(rng, difficulty) {
    const n = amendmentCount(rng, difficulty)
    const tabled = LETTERS.slice(0, n)
    const ranks = shuffle(tabled.map((_, i) => i + 1), rng)
    const order = amendmentVotingOrder(tabled.map((label, i) => ({ label, distance: ranks[i]! }))).map(a => a.label)
    const ask = n >= 3 && difficulty !== 'easy' && rng() < 0.5 ? 'second' : 'first'
    const subject = pick(rng, SUBJECTS)
    const substance = n === 2
      ? `${order[0]} departs further from the draft in substance`
      : `in substance ${order[0]} departs furthest from it, then ${order.slice(1).join(', then ')}`
    const prompt = `Amendments ${listWords(tabled)} to a General Assembly draft on ${subject} are tabled in that order; ${substance}. Which is voted on ${ask}?`
    const least = order[n - 1]!
    const key = ask === 'first' ? order[0]! : order[1]!
    const draft: Distractor = { text: DRAFT, why: 'Amendments are voted on before the draft they amend; the draft comes last.', near: false }
    const byTabling = (label: string): Distractor => ({ text: amendment(label), why: `${label} was tabled ${ask}, but amendments are not taken in the order tabled: the furthest removed in substance goes first.`, near: true })
    const distractors: Distractor[] = ask === 'first'
      ? [
          byTabling(tabled[0]!),
          { text: amendment(least), why: `${least} departs least from the draft, so it is voted on last among the amendments, not first.`, near: true },
          ...(n >= 3 ? [{ text: amendment(order[1]!), why: `${order[1]} is only the next furthest removed, so it comes second.`, near: true }] : []),
          draft,
        ]
      : [
          { text: amendment(order[0]!), why: `${order[0]} departs furthest from the draft, so it comes first; the next furthest, ${order[1]}, comes second.`, near: true },
          byTabling(tabled[1]!),
          { text: amendment(least), why: `${least} departs least from the draft, so it is voted on last among the amendments.`, near: false },
          draft,
        ]
    return textItem({
      id: `scenario-ga-amendment-order-${ask}-${tabled.map((l, i) => `${l}${ranks[i]}`).join('')}-${SUBJECTS.indexOf(subject)}`,
      fact: 'scenario-ga-amendment-order',
      difficulty,
      prompt,
      key: amendment(key),
      distractors,
      explanation: `${RULE_ORDER} Here the order is ${listWords(order)}, then the draft.`,
      sources: [RULES_AMENDMENTS],
    })
  },
})

interface Cut {
  /** The amendments in the order they are taken. */
  order: string[]
  /** [x, y]: adopting x would mean rejecting y. */
  conflict: [string, string] | null
  steps: AmendmentStep[]
  /** How many steps, all votes, the stem reports. */
  told: number
}

function drawCut(rng: Rng, difficulty: Difficulty): Cut {
  const n = amendmentCount(rng, difficulty)
  const order = shuffle(LETTERS.slice(0, n), rng)
  const withConflict = rng() < { easy: 0.5, normal: 0.7, hard: 0.8 }[difficulty]
  const i = between(rng, 0, n - 2)
  const conflict: [string, string] | null = withConflict ? [order[i]!, order[between(rng, i + 1, n - 1)]!] : null
  const adopted = new Set(order.filter(() => rng() < 0.5))
  const steps = amendmentVotes(
    order.map((label, k) => ({ label, distance: n - k })),
    label => adopted.has(label),
    (a, b) => conflict !== null && a === conflict[0] && b === conflict[1],
  )
  // The stem reports votes only: a step not put to the vote would give the rule away.
  const votes = steps.findIndex(s => s.kind !== 'amendment')
  const skip = steps.findIndex(s => s.kind === 'not-put')
  // Half the time stop just before the amendment that is not put to the vote, when there is one.
  const told = skip > 0 && rng() < 0.5 ? skip : between(rng, 1, votes)
  return { order, conflict, steps, told }
}

const stepText = (s: AmendmentStep) => s.kind === 'proposal' ? (s.amended ? AMENDED : ORIGINAL) : amendment(s.label)

export const amendmentSequence = scenarioTemplate({
  id: 'ga-amendment-sequence',
  title: 'General Assembly: what is voted on after an amendment',
  reveals: ['ga-amended-draft-voted'],
  draw(rng, difficulty) {
    const { order, conflict, steps, told } = drawCut(rng, difficulty)
    const past = steps.slice(0, told).flatMap(s => (s.kind === 'amendment' ? [s] : []))
    const adoptedSoFar = past.filter(s => s.adopted).map(s => s.label)
    const results = past.map((s, k) => `${s.label}${k === 0 ? ' is' : ''} ${s.adopted ? 'adopted' : 'rejected'}`)
    const skipped = steps[told]?.kind === 'not-put' ? steps[told] : null
    const next = steps[skipped === null ? told : told + 1]!
    const conflictText = conflict === null ? '' : `; adopting ${conflict[0]} would mean rejecting ${conflict[1]}`
    const prompt = `Amendments ${listWords(order)} to a General Assembly draft are taken in that order${conflictText}. ${listWords(results)}. What is put to the vote next?`

    const amended = adoptedSoFar.length > 0
    const distractors: Distractor[] = []
    if (skipped !== null && skipped.kind === 'not-put')
      distractors.push({ text: amendment(skipped.label), why: `Adopting ${skipped.because} means rejecting ${skipped.label}, so ${skipped.label} is not put to the vote.`, near: true })
    if (next.kind === 'amendment') {
      const later = order.slice(order.indexOf(next.label) + 1).find(l => !(skipped !== null && skipped.kind === 'not-put' && l === skipped.label))
      distractors.push({ text: amended ? AMENDED : ORIGINAL, why: `${next.label} has still to be voted on: every amendment not ruled out comes before the draft.`, near: true })
      distractors.push({ text: amended ? ORIGINAL : AMENDED, why: amended ? 'An amendment has been adopted, so the draft is voted on as amended, and only after the remaining amendments.' : 'No amendment has been adopted yet, and the draft comes only after the amendments.', near: false })
      if (later !== undefined)
        distractors.push({ text: amendment(later), why: `Amendments are taken in order: ${next.label} comes before ${later}.`, near: false })
    }
    else if (next.kind === 'proposal') {
      distractors.push(next.amended
        ? { text: ORIGINAL, why: `${listWords(adoptedSoFar)} ${adoptedSoFar.length === 1 ? 'was' : 'were'} adopted, so the draft is voted on as amended, not in its original form.`, near: true }
        : { text: AMENDED, why: 'Every amendment was rejected, so there is nothing to amend the draft with: it is voted on as first tabled.', near: true })
      distractors.push({ text: NO_VOTE, why: next.amended ? 'Adopting amendments does not adopt the draft: it is then voted on as amended.' : 'The draft itself has still to be voted on, in its original form.', near: false })
    }

    const why = skipped !== null && skipped.kind === 'not-put'
      ? `Here adopting ${skipped.because} rules out ${skipped.label}, so ${skipped.label} is not put to the vote and ${next.kind === 'amendment' ? `${next.label} comes next` : 'the draft as amended comes next'}.`
      : next.kind === 'amendment'
        ? `Here ${next.label} has still to be voted on, so it comes next.`
        : amended
          ? `Here ${listWords(adoptedSoFar)} ${adoptedSoFar.length === 1 ? 'was' : 'were'} adopted, so the draft as amended comes next.`
          : 'Here every amendment was rejected, so the original draft comes next.'
    return textItem({
      id: `scenario-ga-amendment-sequence-${order.join('')}-${conflict?.join('') ?? 'x'}-${past.map(s => (s.adopted ? 'y' : 'n')).join('')}`,
      fact: 'scenario-ga-amendment-sequence',
      difficulty,
      prompt,
      key: stepText(next),
      distractors,
      explanation: `Under the General Assembly’s rules of procedure, an amendment whose rejection follows from adopting another is not put to the vote, and once the amendments are dealt with the draft is voted on, as amended if any amendment was adopted. ${why}`,
      sources: [RULES_AMENDMENTS],
    })
  },
})

export const amendmentMajority = scenarioTemplate({
  id: 'ga-amendment-majority',
  title: 'General Assembly: the majority an amendment needs',
  reveals: ['no-veto-on-ga-amendments', 'ga-one-vote-per-member', 'ga-important-questions-majority', 'uniting-for-peace-377', 'ess-call-procedural', 'ga-other-questions-simple-majority'],
  draw(rng, difficulty) {
    const important = difficulty === 'easy' ? true : rng() < 0.7
    const voting = between(rng, 60, 180)
    const abstain = between(rng, 5, UN_MEMBERS - voting)
    const passes = rng() < 0.5
    // Draw the yes votes where a misconception gives the wrong answer: a simple majority short
    // of two-thirds, or (on other questions) a tie or a loss that abstentions would turn round.
    const yes = important
      ? (passes ? between(rng, twoThirdsNeeded(voting), voting - 1) : between(rng, simpleMajorityNeeded(voting), twoThirdsNeeded(voting) - 1))
      : (passes ? between(rng, simpleMajorityNeeded(voting), twoThirdsNeeded(voting) - 1) : between(rng, Math.ceil(voting / 2) - 10, Math.floor(voting / 2)))
    const no = voting - yes
    if (no < 1 || yes < 1 || decideAmendment(yes, no, important) !== passes)
      return null
    // Where abstentions decide the misconception's answer, they must change it: counted as
    // votes they sink a two-thirds majority; counted as support they would carry a loss.
    if (important && passes && 3 * yes >= 2 * (voting + abstain))
      return null
    if (!important && !passes && yes + abstain <= no)
      return null
    const country = pick(rng, PERMANENT_MEMBERS)
    const question = important ? 'an important question' : 'a question decided by simple majority'
    const prompt = `On ${question}, the General Assembly votes ${yes} to ${no}, with ${plural(abstain, 'abstention', 'abstentions')}, on an amendment to a draft; ${country}, a permanent Council member, votes no. What happens to the amendment?`
    const need = important ? twoThirdsNeeded(voting) : simpleMajorityNeeded(voting)
    const wrongOutcome: Distractor = important
      ? (passes
          ? { text: 'It is rejected', why: `${yes} of the ${voting} votes cast reaches two-thirds (${need}); the ${abstain} abstentions do not count.`, near: true }
          : { text: 'It is adopted', why: `${yes} of the ${voting} votes cast is a majority but short of two-thirds (${need}): on an important question an amendment needs two-thirds too.`, near: true })
      : (passes
          ? { text: 'It is rejected', why: `${yes} yes against ${no} no is a majority of those voting, which is enough here: two-thirds is for important questions.`, near: true }
          : { text: 'It is adopted', why: yes === no ? `A tie is not a majority: ${yes} yes against ${no} no fails.` : `${yes} yes against ${no} no is no majority; the ${abstain} abstentions do not count for it.`, near: true })
    const veto: Distractor = { text: 'It is blocked by a veto', why: `No member has a veto in the General Assembly: ${possessive(country)} no is one vote among ${voting}.`, near: false }
    const council: Distractor = { text: 'It goes to the Security Council for approval', why: 'The Assembly decides on amendments to its own drafts by its own vote; the Security Council has no part in it (Article 18).', near: false }
    const rule = important
      ? `Under Article 18(2) of the UN Charter, important questions need two-thirds of the members present and voting, and General Assembly resolution 475 (V) asks the same of amendments on them. Two-thirds of ${voting} is ${formatThirds(2 * voting)}, so ${yes} yes votes ${passes ? 'adopt' : 'do not adopt'} it.`
      : `Under Article 18(3) of the UN Charter, other questions, and amendments on them, need a majority of the members present and voting. ${yes} yes against ${no} no ${passes ? 'is' : 'is not'} a majority.`
    return textItem({
      id: `scenario-ga-amendment-majority-${important ? 'i' : 's'}-${yes}-${no}-${abstain}-${PERMANENT_MEMBERS.indexOf(country)}`,
      fact: 'scenario-ga-amendment-majority',
      difficulty,
      prompt,
      key: passes ? 'It is adopted' : 'It is rejected',
      distractors: [wrongOutcome, veto, council],
      explanation: `${rule} Abstentions do not count, and no member has a veto: each has one vote (Article 18(1)). ${capitalise(possessive(country))} no counts like any other.`,
      sources: important ? [CHARTER_18_2, RES_475, CHARTER_18_1, RULES_PRESENT_VOTING] : [CHARTER_18_3, CHARTER_18_1, RULES_PRESENT_VOTING],
    })
  },
})
