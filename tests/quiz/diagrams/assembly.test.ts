import type { AssemblyScenario } from '~/quiz/diagrams/types'
import { describe, expect, it } from 'vitest'
import { assemblyDiagram, barX, notVoting } from '~/quiz/diagrams/assembly'

function ga(yes: number, no: number, abstain: number, majority: AssemblyScenario['majority'] = 'two-thirds'): AssemblyScenario {
  return { body: 'assembly', yes, no, abstain, majority }
}

describe('assemblyDiagram: 193 members on one bar', () => {
  it.each([
    [0, 10],
    [193, 330],
    [93, 164.2],
    [-5, 10],
    [250, 330],
  ])('member %i falls at x = %d', (members, x) => {
    expect(barX(members)).toBe(x)
  })

  it('splits ES-11/7 into yes, no, abstain and not voting, end to end', () => {
    const d = assemblyDiagram(ga(93, 18, 65))!
    expect(d.segments.map(s => [s.part, s.count])).toEqual([['yes', 93], ['no', 18], ['abstain', 65], ['absent', 17]])
    expect(d.segments.map(s => s.x)).toEqual([10, 164.2, 194, 301.8])
    expect(d.segments.at(-1)!.x + d.segments.at(-1)!.width).toBeCloseTo(330, 5)
    expect(d.voting).toBe(111)
    expect(d.absent).toBe(17)
    expect(d.bracket).toEqual({ x1: 10, x2: barX(111) })
  })

  it.each([
    ['ES-11/7 on two-thirds', ga(93, 18, 65), 74, true, /^93 yes votes of the 111 present and voting reach two-thirds \(74 needed\), so it is adopted: the 65 members abstaining and 17 not voting are left out\.$/, 'UN Charter, Article 18(2)'],
    ['one short of two-thirds', ga(73, 38, 65), 74, false, /fall short of two-thirds \(74 needed\), so it is not adopted/, 'UN Charter, Article 18(2)'],
    ['exactly two-thirds', ga(80, 40, 0), 80, true, /reach two-thirds \(80 needed\)/, 'UN Charter, Article 18(2)'],
    ['a simple majority', ga(56, 55, 65, 'simple'), 56, true, /reach a majority \(56 needed\)/, 'UN Charter, Article 18(3)'],
    ['a tie is no majority', ga(55, 55, 65, 'simple'), 56, false, /fall short of a majority \(56 needed\)/, 'UN Charter, Article 18(3)'],
  ])('%s: the line at the computed place', (_, s, needed, adopted, reason, article) => {
    const d = assemblyDiagram(s)!
    expect(d.line).toMatchObject({ needed, x: barX(needed) })
    expect(d.adopted).toBe(adopted)
    expect(d.reason).toMatch(reason)
    expect(d.article).toBe(article)
  })

  it('draws no line when no majority was asked, and says who is present and voting', () => {
    const d = assemblyDiagram(ga(93, 18, 65, null))!
    expect(d.line).toBeNull()
    expect(d.adopted).toBeNull()
    expect(d.reason).toBe('111 members are present and voting, the 93 yes and 18 no votes: the 65 members abstaining and 17 not voting are left out.')
  })

  it('counts nothing when no one votes yes or no', () => {
    const d = assemblyDiagram(ga(0, 0, 100))!
    expect(d.adopted).toBeNull()
    expect(d.reason).toBe('No member voted yes or no, so there is no majority to count.')
  })

  it.each([[100, 50, 43, 0], [100, 50, 44, null], [0, 0, 0, 193]])('%i + %i + %i leave %j not voting', (yes, no, abstain, rest) => {
    expect(notVoting({ yes, no, abstain })).toBe(rest)
    expect(assemblyDiagram(ga(yes, no, abstain)) === null).toBe(rest === null)
  })
})
