import type { Candidate } from '~/quiz/procedure/elections'
import { describe, expect, it } from 'vitest'
import { electionStanding, electionVotesNeeded, isElected, SC_ELECTED_EACH_YEAR, SC_ELECTED_MEMBERS, SC_TERM_YEARS } from '~/quiz/procedure/elections'

const member = (over: Partial<Candidate> = {}): Candidate => ({ permanent: false, unMember: true, lastTermEnds: null, ...over })

describe('the elected seats (Art. 23)', () => {
  it('five elected each year for two-year terms fill the ten seats', () => {
    expect(SC_ELECTED_EACH_YEAR * SC_TERM_YEARS).toBe(SC_ELECTED_MEMBERS)
  })
})

describe('electionVotesNeeded (Art. 18(2): two-thirds of those present and voting)', () => {
  it.each([
    [190, 127],
    [192, 128],
    [186, 124],
    [111, 74],
  ])('%i voting: %i votes', (voting, needed) => {
    expect(electionVotesNeeded(voting)).toBe(needed)
    expect(isElected(needed, voting)).toBe(true)
    expect(isElected(needed - 1, voting)).toBe(false)
  })
})

describe('electionStanding for the term beginning in 2026', () => {
  it.each([
    ['a member whose term is 2024–2025 is retiring: no immediate re-election (Art. 23(2))', member({ lastTermEnds: 2025 }), 'retiring'],
    ['a member that last served 2019–2020', member({ lastTermEnds: 2020 }), 'eligible'],
    ['a member that never served', member(), 'eligible'],
    ['a permanent member: the ten elected are other Members (Art. 23(1))', member({ permanent: true }), 'permanent'],
    ['an observer state, not a UN member', member({ unMember: false }), 'not-a-member'],
  ])('%s', (_, candidate, standing) => {
    expect(electionStanding(candidate, 2026)).toBe(standing)
  })
})
