import type { Amendment } from '~/quiz/procedure/amendments'
import { describe, expect, it } from 'vitest'
import { amendmentVotes, amendmentVotingOrder, decideAmendment } from '~/quiz/procedure/amendments'

const amendments = (distances: Record<string, number>): Amendment[] => Object.entries(distances).map(([label, distance]) => ({ label, distance }))
const never = () => false

describe('amendmentVotingOrder (GA rules of procedure: furthest removed in substance first)', () => {
  it.each([
    ['tabled A, B, C; B furthest, then C, then A', { A: 1, B: 3, C: 2 }, ['B', 'C', 'A']],
    ['the order of tabling does not count', { A: 3, B: 2, C: 1 }, ['A', 'B', 'C']],
    ['the one closest to the original goes last', { D: 2, A: 4, C: 1, B: 3 }, ['A', 'B', 'D', 'C']],
    ['a single amendment', { A: 1 }, ['A']],
  ])('%s', (_, distances, order) => {
    expect(amendmentVotingOrder(amendments(distances)).map(a => a.label)).toEqual(order)
  })
})

describe('amendmentVotes', () => {
  it('votes on every amendment before the proposal, then on the proposal as amended', () => {
    // 24 February 2025, as reported: three European amendments to the U.S. draft, all adopted,
    // then the draft as amended (the sequence follows the rules; the tally is a secondary report).
    const european = amendments({ 'full-scale invasion': 3, 'sovereignty': 2, 'just peace': 1 })
    expect(amendmentVotes(european, () => true, never)).toEqual([
      { kind: 'amendment', label: 'full-scale invasion', adopted: true },
      { kind: 'amendment', label: 'sovereignty', adopted: true },
      { kind: 'amendment', label: 'just peace', adopted: true },
      { kind: 'proposal', amended: true },
    ])
  })

  it('does not put to the vote an amendment whose rejection follows from adopting another', () => {
    const excludes = (a: string, b: string) => (a === 'B' && b === 'C') || (a === 'C' && b === 'B')
    expect(amendmentVotes(amendments({ A: 1, B: 3, C: 2 }), label => label === 'B', excludes)).toEqual([
      { kind: 'amendment', label: 'B', adopted: true },
      { kind: 'not-put', label: 'C', because: 'B' },
      { kind: 'amendment', label: 'A', adopted: false },
      { kind: 'proposal', amended: true },
    ])
  })

  it('puts the other amendment to the vote when the one that would exclude it is rejected', () => {
    const excludes = (a: string, b: string) => a === 'B' && b === 'C'
    expect(amendmentVotes(amendments({ A: 1, B: 3, C: 2 }), label => label === 'C', excludes)).toEqual([
      { kind: 'amendment', label: 'B', adopted: false },
      { kind: 'amendment', label: 'C', adopted: true },
      { kind: 'amendment', label: 'A', adopted: false },
      { kind: 'proposal', amended: true },
    ])
  })

  it('votes on the original proposal when every amendment fails', () => {
    expect(amendmentVotes(amendments({ A: 2, B: 1 }), never, never)).toEqual([
      { kind: 'amendment', label: 'A', adopted: false },
      { kind: 'amendment', label: 'B', adopted: false },
      { kind: 'proposal', amended: false },
    ])
  })
})

describe('decideAmendment (two-thirds on an important question, GA resolution 475 (V); else a simple majority)', () => {
  it.each([
    [72, 36, true, true], // exactly two-thirds
    [70, 36, true, false], // a majority, short of two-thirds
    [93, 18, true, true],
    [70, 36, false, true],
    [50, 50, false, false], // a tie fails
  ])('%i yes, %i no, important %j: adopted %j', (yes, no, important, adopted) => {
    expect(decideAmendment(yes, no, important)).toBe(adopted)
  })
})
