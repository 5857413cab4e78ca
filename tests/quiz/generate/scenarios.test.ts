import type { Misconception, ScenarioTemplate } from '~/quiz/generate/scenarios/template'
import type { CouncilVote } from '~/quiz/procedure/voting'
import type { Difficulty, Item } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { keyPositions, templateVariety } from '~/quiz/audit/audit'
import { checkItem, checkQuestion } from '~/quiz/audit/item-rules'
import { closeNumberShare, distractorShares, templateQuestions, templateVarietyByDifficulty } from '~/quiz/audit/templates'
import { buildQuestion } from '~/quiz/generate/generate'
import { SCENARIO_TEMPLATES } from '~/quiz/generate/scenarios'
import { presentAndVotingCount, presentAndVotingMisconceptions, simpleMajority, simpleMajorityMisconceptions, twoThirdsMajority, twoThirdsMisconceptions } from '~/quiz/generate/scenarios/assembly'
import { COUNCIL_OUTCOME_TEXT, councilOutcome, describeCouncilVote, permanentMembers } from '~/quiz/generate/scenarios/council'
import { isNearNumber } from '~/quiz/generate/scenarios/template'
import { decideCouncil, presentAndVoting, simpleMajorityNeeded, twoThirdsNeeded } from '~/quiz/procedure/voting'
import { createRng } from '~/quiz/random'
import { DIFFICULTIES } from '~/quiz/settings'

const DRAWS = 300
const ctx = { article: '' }

/** Every item a template makes in DRAWS tries at each difficulty. */
function drawAll(template: ScenarioTemplate): Item[] {
  return DIFFICULTIES.flatMap((difficulty) => {
    const rng = createRng(`test|${template.id}|${difficulty}`)
    return Array.from({ length: DRAWS }, () => template.generate(rng, difficulty))
  })
}

/** The numbers in a scenario id, in order. */
function params(item: Item): number[] {
  return (item.id.match(/\d+/g) ?? []).map(Number)
}

// Items are drawn inside each test, not when the file is collected, so that mutation testing
// can tell which tests run which code.
describe.each(SCENARIO_TEMPLATES.map(t => [t.id, t] as const))('scenario template %s', (_, template) => {
  it('makes items that pass every hard rule, with real near and far distractors', () => {
    for (const item of drawAll(template)) {
      expect(checkItem(item, ctx), item.id).toEqual([])
      expect(item.distractors.length).toBeGreaterThanOrEqual(2)
      expect(item.distractors.some(d => d.near)).toBe(true)
      expect(item.distractors.some(d => !d.near)).toBe(true)
      expect(item.distractors.map(d => d.text)).not.toContain(item.key)
      expect(item.form).toBe('scenario')
      // The Charter, the Assembly's rules or a UN record, each named exactly.
      expect(item.sources.length).toBeGreaterThan(0)
      for (const s of item.sources)
        expect(s.kind !== 'article' && s.ref.length > 10, JSON.stringify(s)).toBe(true)
    }
  })

  it('makes questions that pass every hard rule at every difficulty', () => {
    drawAll(template).forEach((item, i) => {
      const q = buildQuestion(item, createRng(String(i)), DIFFICULTIES[i % 3])
      expect(checkQuestion(q, ctx), q.prompt).toEqual([])
    })
  })

  it('can make at least 50 distinct questions at each difficulty', () => {
    const by = templateVarietyByDifficulty(template, 200)
    for (const difficulty of DIFFICULTIES)
      expect(by[difficulty], difficulty).toBeGreaterThanOrEqual(50)
    expect(templateVariety(template, 200)).toBeGreaterThanOrEqual(50)
  })

  it('as students meet it: no wrong option in half the questions of a difficulty, the key in every place', () => {
    for (const difficulty of DIFFICULTIES) {
      const questions = templateQuestions(template, DRAWS, difficulty)
      const top = distractorShares(questions)[0]
      if (questions[0]!.kind === 'number') {
        expect(top!.share, `${difficulty}: ${top!.value}`).toBeLessThan(0.5)
        // Numbers within two of the key are for hard quizzes alone.
        if (difficulty !== 'hard')
          expect(closeNumberShare(questions), difficulty).toBe(0)
      }
      for (const [n, counts] of keyPositions(questions)) {
        const total = counts.reduce((a, b) => a + b, 0)
        if (total < 50)
          continue
        // Numbers are placed by a draw over the places their misconceptions allow; text is shuffled.
        const least = questions[0]!.kind === 'number' ? 0.6 / n : 0.4 / n
        for (const c of counts)
          expect(c / total, `${difficulty}, ${n} options: ${counts.join(', ')}`).toBeGreaterThan(least)
      }
    }
  })

  it('is deterministic for a seed', () => {
    const a = template.generate(createRng('same'), 'normal')
    const b = template.generate(createRng('same'), 'normal')
    expect(a).toEqual(b)
  })
})

describe('security Council outcome scenarios', () => {
  it('computes the key from the Charter rule, and no distractor is also true', () => {
    for (const item of drawAll(councilOutcome)) {
      const [yes, no, permanentNo, abstain, permanentAbstain] = params(item) as [number, number, number, number, number]
      const substantive = item.id.includes('-s-')
      const vote = { yes, no, permanentNo, abstain, permanentAbstain, substantive }
      expect(yes + no + permanentNo + abstain).toBe(15)
      expect(permanentNo + permanentAbstain).toBeLessThanOrEqual(5)
      expect(item.key).toBe(COUNCIL_OUTCOME_TEXT[decideCouncil(vote)])
      expect(item.prompt).toContain(describeCouncilVote(vote))
      // Every permanent member's vote is known: those not voting no or abstaining voted yes.
      expect(5 - permanentNo - permanentAbstain).toBeLessThanOrEqual(yes)
      if (no + permanentNo > 0)
        expect(item.prompt).toMatch(/no votes? \((?:from|none from|both from|all from|one of them from|\d of them from)/)
      if (abstain > 0)
        expect(item.prompt).toMatch(/abstentions? \((?:by|none by|both by|all by|one of them by|\d of them by)/)
      // Never a draft that both lacks nine votes and is vetoed: two true answers.
      expect(substantive && yes < 9 && permanentNo > 0).toBe(false)
    }
  })

  it('covers every outcome, procedural matters and permanent abstentions', () => {
    const items = drawAll(councilOutcome)
    const keys = new Set(items.map(i => i.key))
    expect(keys).toEqual(new Set([COUNCIL_OUTCOME_TEXT.adopted, COUNCIL_OUTCOME_TEXT.vetoed, COUNCIL_OUTCOME_TEXT['too-few-votes']]))
    expect(items.some(i => i.prompt.includes('procedural'))).toBe(true)
    expect(items.some(i => i.distractors.some(d => d.text === COUNCIL_OUTCOME_TEXT['abstention-veto']))).toBe(true)
  })

  it.each([
    [{ yes: 11, no: 0, permanentNo: 1, abstain: 3, permanentAbstain: 0, substantive: true }, '11 yes votes, 1 no vote (from a permanent member) and 3 abstentions (none by a permanent member)'],
    [{ yes: 12, no: 2, permanentNo: 0, abstain: 1, permanentAbstain: 1, substantive: true }, '12 yes votes, 2 no votes (none from a permanent member) and 1 abstention (by a permanent member)'],
    [{ yes: 13, no: 1, permanentNo: 0, abstain: 1, permanentAbstain: 0, substantive: true }, '13 yes votes, 1 no vote (from an elected member) and 1 abstention (by an elected member)'],
    [{ yes: 10, no: 0, permanentNo: 0, abstain: 5, permanentAbstain: 2, substantive: true }, '10 yes votes, none against and 5 abstentions (2 of them by permanent members)'],
    [{ yes: 9, no: 2, permanentNo: 1, abstain: 3, permanentAbstain: 1, substantive: true }, '9 yes votes, 3 no votes (one of them from a permanent member) and 3 abstentions (one of them by a permanent member)'],
    [{ yes: 13, no: 0, permanentNo: 2, abstain: 0, permanentAbstain: 0, substantive: false }, '13 yes votes, 2 no votes (both from permanent members) and no abstentions'],
    [{ yes: 14, no: 0, permanentNo: 0, abstain: 1, permanentAbstain: 1, substantive: true }, '14 yes votes, none against and 1 abstention (by a permanent member)'],
  ])('describes %j in words', (vote, words) => {
    expect(describeCouncilVote(vote)).toBe(words)
  })
})

describe.each([
  ['present and voting', presentAndVotingCount, ([yes, no]: number[]) => presentAndVoting(yes!, no!)],
  ['two-thirds', twoThirdsMajority, ([voting]: number[]) => twoThirdsNeeded(voting!)],
  ['simple majority', simpleMajority, ([voting]: number[]) => simpleMajorityNeeded(voting!)],
] as const)('%s scenarios', (_, template, rule) => {
  it('compute the key with the rule and keep to 193 members', () => {
    for (const item of drawAll(template)) {
      const p = params(item)
      expect(item.key).toBe(String(rule(p)))
      expect(p.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(193)
      for (const n of p)
        expect(item.prompt).toContain(String(n))
    }
  })
})

/** A council item's vote, read back from its id. */
function councilVote(item: Item): CouncilVote {
  const [yes, no, permanentNo, abstain, permanentAbstain] = params(item) as [number, number, number, number, number]
  return { yes, no, permanentNo, abstain, permanentAbstain, substantive: item.id.includes('-s-') }
}

const LEVEL: Record<Difficulty, number> = { easy: 1, normal: 2, hard: 3 }
const { adopted: ADOPTED, vetoed: VETOED, 'too-few-votes': TOO_FEW, 'abstention-veto': ABSTENTION_VETO } = COUNCIL_OUTCOME_TEXT

describe('security Council drafts at each difficulty', () => {
  const at = (difficulty: Difficulty) => drawAll(councilOutcome).filter(i => i.level === LEVEL[difficulty]).map(councilVote)
  const values = (votes: CouncilVote[], of: (v: CouncilVote) => number | boolean) => [...new Set(votes.map(of))].sort((a, b) => Number(a) - Number(b))

  it('easy: clear-cut tallies on substantive matters, at most one veto and no permanent abstention', () => {
    const votes = at('easy')
    // Fewer than five yes votes would leave a permanent member's vote unaccounted for.
    expect(values(votes, v => v.yes)).toEqual([5, 6, 11, 12, 13, 14, 15])
    expect(values(votes, v => v.substantive)).toEqual([true])
    expect(values(votes, v => v.permanentNo)).toEqual([0, 1])
    expect(values(votes, v => v.permanentAbstain)).toEqual([0])
  })

  it('normal: any tally from 4 yes votes on substantive matters, with up to two vetoes and permanent abstentions', () => {
    const votes = at('normal')
    expect(values(votes, v => v.yes)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    expect(values(votes, v => v.substantive)).toEqual([true])
    expect(values(votes, v => v.permanentNo)).toEqual([0, 1, 2])
    expect(votes.some(v => v.permanentAbstain > 0)).toBe(true)
  })

  it('hard: tallies near nine, mostly substantive but some procedural', () => {
    const votes = at('hard')
    expect(values(votes, v => v.yes)).toEqual([7, 8, 9, 10, 11])
    const substantive = votes.filter(v => v.substantive).length / votes.length
    expect(substantive).toBeGreaterThan(0.5)
    expect(substantive).toBeLessThan(0.8)
    expect(values(votes, v => v.permanentNo)).toEqual([0, 1, 2])
  })

  it('keeps the drafts that are fair questions: a veto with exactly nine yes votes, too few votes with no veto', () => {
    const votes = drawAll(councilOutcome).map(councilVote)
    expect(votes.some(v => v.substantive && v.yes === 9 && v.permanentNo > 0)).toBe(true)
    expect(votes.some(v => v.substantive && v.yes < 9 && v.permanentNo === 0)).toBe(true)
    // Every permanent member not voting no or abstaining voted yes, filling the yes votes exactly.
    expect(votes.some(v => 5 - v.permanentNo - v.permanentAbstain === v.yes)).toBe(true)
  })
})

describe('security Council outcome items', () => {
  const items = () => drawAll(councilOutcome).map(item => ({ item, v: councilVote(item) }))

  it('are procedure scenarios of text answers at the level of their difficulty, id naming the vote', () => {
    for (const { item, v } of items()) {
      expect(item).toMatchObject({ topic: 'procedure', fact: 'scenario-sc-outcome', form: 'scenario', kind: 'text', variants: [], cites: [] })
      expect(item.id).toBe(`scenario-sc-outcome-${v.substantive ? 's' : 'p'}-${v.yes}-${v.no}-${v.permanentNo}-${v.abstain}-${v.permanentAbstain}`)
      expect(item.prompt).toContain(v.substantive ? 'a substantive matter' : 'a procedural matter')
    }
  })

  it('offer the abstention veto exactly when a permanent member abstained', () => {
    for (const { item, v } of items())
      expect(item.distractors.some(d => d.text === ABSTENTION_VETO)).toBe(v.permanentAbstain > 0)
  })

  /** Why each wrong outcome is wrong, by the situation the vote is in. */
  const WHY: [string, string, (v: CouncilVote) => boolean, (v: CouncilVote) => string][] = [
    ['adoption, with too few votes', ADOPTED, v => v.yes < 9, v => `${v.yes} yes votes are fewer than the nine every Council decision needs.`],
    ['adoption, against one veto', ADOPTED, v => v.yes >= 9 && v.permanentNo === 1, v => `${v.yes} yes votes are not enough on a substantive matter when a permanent member votes no: that no is a veto.`],
    ['adoption, against two vetoes', ADOPTED, v => v.yes >= 9 && v.permanentNo === 2, v => `${v.yes} yes votes are not enough on a substantive matter when two permanent members vote no: each no is a veto.`],
    ['a veto, on a procedural matter', VETOED, v => !v.substantive && v.permanentNo > 0, () => 'There is no veto on procedural matters: any nine yes votes decide them (Article 27(2)).'],
    ['a veto, with a permanent abstention', VETOED, v => (v.substantive || v.permanentNo === 0) && v.permanentAbstain > 0, () => 'No permanent member voted no, and by Council practice abstaining is not a veto.'],
    ['a veto, with no permanent member against', VETOED, v => (v.substantive || v.permanentNo === 0) && v.permanentAbstain === 0, () => 'No permanent member voted no, so there is no veto.'],
    ['too few votes', TOO_FEW, () => true, v => `${v.yes} yes votes reach the nine that a decision needs.`],
    ['the abstention veto', ABSTENTION_VETO, () => true, () => 'By long-standing Council practice, a permanent member’s abstention is not a veto.'],
  ]

  it.each(WHY)('say why %s is wrong', (_, text, applies, why) => {
    const offered = items().filter(({ item, v }) => applies(v) && item.distractors.some(d => d.text === text))
    expect(offered.length).toBeGreaterThan(0)
    for (const { item, v } of offered)
      expect(item.distractors.find(d => d.text === text)?.why).toBe(why(v))
  })

  it('mark as near the outcomes a student could fall for, keeping one near and one far', () => {
    const tempting = (text: string, v: CouncilVote) =>
      text === TOO_FEW
        ? v.yes <= 10
        : text === VETOED
          ? v.permanentAbstain > 0 || (v.permanentNo > 0 && !v.substantive)
          : text === ADOPTED ? v.yes >= 8 : true
    for (const { item, v } of items()) {
      const expected = item.distractors.map(d => tempting(d.text, v))
      if (!expected.includes(false))
        expected[expected.length - 1] = false
      if (!expected.includes(true))
        expected[0] = true
      expect(item.distractors.map(d => d.near), item.id).toEqual(expected)
    }
  })

  it('explain the rule of the matter and what follows for this vote, counting permanent members as the stem does', () => {
    const said = (n: number) => ['', 'a permanent member', 'two permanent members'][n]
    for (const { item, v } of items()) {
      const outcome = decideCouncil(v)
      const rule = v.substantive ? 'Under Article 27(3) of the UN Charter, a substantive decision' : 'Under Article 27(2) of the UN Charter, a procedural decision'
      const result = {
        'adopted': v.substantive
          ? `With ${v.yes} yes votes and no permanent member voting no, it is adopted${v.permanentAbstain > 0 ? `, although ${permanentMembers(v.permanentAbstain)} abstained` : ''}.`
          : `With ${v.yes} yes votes it is adopted${v.permanentNo > 0 ? `, although ${said(v.permanentNo)} voted no` : ''}.`,
        'vetoed': `It has ${v.yes} yes votes, but ${said(v.permanentNo)} voted no, so it is vetoed.`,
        'too-few-votes': `It has only ${v.yes} yes votes, fewer than nine, so it fails.`,
      }[outcome]
      expect(item.explanation.startsWith(rule), item.explanation).toBe(true)
      expect(item.explanation.endsWith(` ${result}`), item.explanation).toBe(true)
      if (v.permanentNo === 2)
        expect(item.prompt).toMatch(/2 no votes \(both from permanent members\)|no votes \(2 of them from permanent members\)/)
      const practice = v.substantive && v.permanentAbstain > 0
      expect(item.sources.map(s => s.kind)).toEqual(practice ? ['charter', 'record', 'record'] : ['charter'])
      expect(item.explanation.includes('Namibia')).toBe(practice)
    }
  })

  it('cite the Namibia opinion for voluntary abstention only, and abstention itself to Council practice', () => {
    const sourced = items().filter(({ v }) => v.substantive && v.permanentAbstain > 0)
    expect(sourced.length).toBeGreaterThan(0)
    for (const { item } of sourced) {
      expect(item.explanation).toContain('By Council practice since 1947, a permanent member’s abstention is not a veto; the International Court of Justice upheld this for voluntary abstention in its 1971 Namibia advisory opinion.')
      expect(item.explanation).not.toMatch(/absence|absent/)
      expect(item.sources).toContainEqual({ kind: 'record', ref: 'International Court of Justice, Namibia advisory opinion (1971), on voluntary abstention' })
    }
  })

  it('never write "no votes against", which reads as "\'no\' votes against"', () => {
    for (const { item } of items())
      expect(`${item.prompt} ${item.explanation} ${item.distractors.map(d => d.why).join(' ')}`).not.toContain('no votes against')
  })
})

describe('permanentMembers', () => {
  it.each([
    [1, 'a permanent member'],
    [2, 'two permanent members'],
    [3, 'three permanent members'],
    [4, 'four permanent members'],
    [5, 'all five permanent members'],
  ])('%i: %s', (n, words) => {
    expect(permanentMembers(n)).toBe(words)
  })
})

describe('describeCouncilVote, further cases', () => {
  it.each([
    [{ yes: 1, no: 11, permanentNo: 3, abstain: 0, permanentAbstain: 0, substantive: true }, '1 yes vote, 14 no votes (3 of them from permanent members) and no abstentions'],
    [{ yes: 12, no: 0, permanentNo: 3, abstain: 0, permanentAbstain: 0, substantive: true }, '12 yes votes, 3 no votes (all from permanent members) and no abstentions'],
    [{ yes: 12, no: 0, permanentNo: 1, abstain: 2, permanentAbstain: 2, substantive: true }, '12 yes votes, 1 no vote (from a permanent member) and 2 abstentions (both by permanent members)'],
  ])('describes %j in words', (vote, words) => {
    expect(describeCouncilVote(vote)).toBe(words)
  })
})

/**
 * The distractors a number scenario keeps: each misconception once, none equal to the key, none
 * outside 1..max, none within two of the key below hard; there the closest left is the near one
 * when no other is.
 */
function kept(key: string, misconceptions: Misconception[], max: number, level: number): { text: string, near: boolean }[] {
  const seen = new Set([key])
  const out = misconceptions
    .filter(m => m.value >= 1 && m.value <= max && (level === 3 || Math.abs(m.value - Number(key)) > 2))
    .filter(m => !seen.has(String(m.value)) && seen.add(String(m.value)))
    .map(m => ({ text: String(m.value), near: isNearNumber(m.value, Number(key)) }))
  if (level < 3 && !out.some(d => d.near)) {
    const distance = (d: { text: string }) => Math.abs(Number(d.text) - Number(key))
    out.reduce((a, b) => (distance(b) < distance(a) ? b : a)).near = true
  }
  return out
}

/** n thirds as the explanations write them, read back: "88⅔" is 266. */
function thirds(text: string): number {
  const m = /^(\d+)([⅓⅔]?)$/.exec(text)
  expect(m, text).not.toBeNull()
  return 3 * Number(m![1]) + ['', '⅓', '⅔'].indexOf(m![2]!)
}

describe('number misconceptions, worked from the vote on ES-11/7 (93 yes, 18 no, 65 abstentions)', () => {
  it('present and voting: all taking part, all but abstainers, every member, one side only, abstainers, the margin, those absent', () => {
    expect(presentAndVotingMisconceptions({ yes: 93, no: 18, abstain: 65 }).map(m => m.value)).toEqual([176, 128, 193, 93, 18, 65, 75, 17])
  })

  it('two-thirds of 111: one short, more than two-thirds, with abstentions, with the absent, of 193, abstentions as yes, the Council\'s nine, a simple majority, the blocking third, all', () => {
    expect(twoThirdsMisconceptions({ voting: 111, abstain: 65 }).map(m => m.value)).toEqual([73, 75, 118, 86, 129, 53, 9, 56, 38, 111])
    // 110 is not a multiple of three: "more than two-thirds" is the key itself, so not offered.
    expect(twoThirdsMisconceptions({ voting: 110, abstain: 65 }).map(m => m.value)).toEqual([73, 117, 86, 129, 52, 9, 56, 37, 110])
  })

  it('a majority of 111: half, most no votes, with abstentions, with the absent, of 193, abstentions as yes, the Council\'s nine, two-thirds, the blocking third', () => {
    expect(simpleMajorityMisconceptions({ voting: 111, abstain: 65 }).map(m => m.value)).toEqual([55, 55, 89, 65, 97, 24, 9, 74, 38])
    expect(simpleMajorityMisconceptions({ voting: 110, abstain: 65 }).map(m => m.value)).toEqual([55, 54, 88, 65, 97, 23, 9, 74, 37])
  })

  it.each([
    [74, 73, true],
    [74, 76, true],
    [74, 81, true],
    [74, 82, false],
    [20, 22, true],
    [20, 23, false],
    [5, 7, true],
    [5, 8, false],
  ])('near %i: %i is near %j', (key, value, near) => {
    expect(isNearNumber(value, key)).toBe(near)
  })
})

describe('general Assembly scenario items', () => {
  const TEMPLATES = [
    ['present and voting', presentAndVotingCount, ([yes, no, abstain]: number[]) => ({ misconceptions: presentAndVotingMisconceptions({ yes: yes!, no: no!, abstain: abstain! }), max: 193 })],
    ['two-thirds', twoThirdsMajority, ([voting, abstain]: number[]) => ({ misconceptions: twoThirdsMisconceptions({ voting: voting!, abstain: abstain! }), max: voting! })],
    ['simple majority', simpleMajority, ([voting, abstain]: number[]) => ({ misconceptions: simpleMajorityMisconceptions({ voting: voting!, abstain: abstain! }), max: voting! })],
  ] as const

  it.each(TEMPLATES)('%s: number items of the procedure topic, each wrong number a misconception the stem does not rule out', (_, template, expected) => {
    for (const item of drawAll(template)) {
      expect(item).toMatchObject({ topic: 'procedure', fact: `scenario-${template.id}`, form: 'scenario', kind: 'number', variants: [], cites: [] })
      expect([1, 2, 3]).toContain(item.level)
      const { misconceptions, max } = expected(params(item))
      expect(item.distractors.map(({ text, near }) => ({ text, near }))).toEqual(kept(item.key, misconceptions, max, item.level))
      for (const d of item.distractors) {
        expect(d.why.startsWith(`${d.text} `), d.why).toBe(true)
        expect(d.why).toBe(misconceptions.find(m => String(m.value) === d.text)?.why)
      }
    }
  })

  it.each(TEMPLATES)('%s: two wrong numbers on each side of the key, and far ones on each side for easy quizzes', (_, template) => {
    for (const item of drawAll(template)) {
      const key = Number(item.key)
      const below = item.distractors.filter(d => Number(d.text) < key)
      const above = item.distractors.filter(d => Number(d.text) > key)
      expect(below.length, item.id).toBeGreaterThanOrEqual(2)
      expect(above.length, item.id).toBeGreaterThanOrEqual(2)
      if (item.level === 1) {
        expect(below.filter(d => !d.near).length, item.id).toBeGreaterThanOrEqual(2)
        expect(above.filter(d => !d.near).length, item.id).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it('present and voting: the explanation adds the yes and no votes', () => {
    for (const item of drawAll(presentAndVotingCount)) {
      const [yes, no, abstain] = params(item) as [number, number, number]
      expect(item.prompt).toMatch(new RegExp(`\\b${abstain} abstentions?[,.]`))
      expect(item.prompt).toContain(abstain === 1 ? '1 abstention' : `${abstain} abstentions`)
      expect(item.explanation.endsWith(`So ${yes} + ${no} = ${item.key}.`)).toBe(true)
    }
  })

  it('two-thirds: the explanation works out two-thirds of those voting', () => {
    for (const item of drawAll(twoThirdsMajority)) {
      const [voting] = params(item) as [number, number]
      const m = /Two-thirds of (\d+) is (\S+), so at least (\d+) yes votes are needed\.$/.exec(item.explanation)
      expect(m, item.explanation).not.toBeNull()
      expect([Number(m![1]), thirds(m![2]!), Number(m![3])]).toEqual([voting, 2 * voting, Number(item.key)])
    }
  })

  it('simple majority: the explanation works out more than half of those voting', () => {
    for (const item of drawAll(simpleMajority)) {
      const [voting] = params(item) as [number, number]
      expect(item.explanation.endsWith(`More than half of ${voting} (${voting / 2}) means at least ${item.key}.`)).toBe(true)
    }
  })
})
