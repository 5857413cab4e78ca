import type { Scenario } from '~/quiz/diagrams/types'
import { describe, expect, it } from 'vitest'
import { assemblyDiagram } from '~/quiz/diagrams/assembly'
import { decideSeats, seatsOfVote } from '~/quiz/diagrams/council'
import { DEFAULT_COUNCIL, labQuery, scenarioOfQuery } from '~/quiz/diagrams/lab-query'
import { presetOf, PRESETS } from '~/quiz/diagrams/presets'
import { scenarioOfQuestion } from '~/quiz/diagrams/scenario'

describe('scenarioOfQuestion: the vote a question asked about', () => {
  it.each([
    ['scenario-sc-outcome-s-11-0-1-3-0', { body: 'council', seats: seatsOfVote({ yes: 11, no: 0, permanentNo: 1, abstain: 3, permanentAbstain: 0, substantive: true }), substantive: true }],
    ['scenario-sc-outcome-p-9-2-2-2-1', { body: 'council', seats: seatsOfVote({ yes: 9, no: 2, permanentNo: 2, abstain: 2, permanentAbstain: 1, substantive: false }), substantive: false }],
    ['scenario-ga-present-voting-93-18-65', { body: 'assembly', yes: 93, no: 18, abstain: 65, majority: null }],
    // The key (74 of 111) voting yes, the rest no.
    ['scenario-ga-two-thirds-111-65', { body: 'assembly', yes: 74, no: 37, abstain: 65, majority: 'two-thirds' }],
    ['scenario-ga-simple-majority-111-65', { body: 'assembly', yes: 56, no: 55, abstain: 65, majority: 'simple' }],
  ])('%s', (id, scenario) => {
    expect(scenarioOfQuestion(id)).toEqual(scenario)
  })

  it.each(['vote-yes-count', 'scenario-sc-outcome-s-15-5-0-0-0', 'scenario-sc-outcome-s-9-0-3-3-3'])('none for %s', (id) => {
    expect(scenarioOfQuestion(id)).toBeNull()
  })
})

describe('the lab\'s address holds its whole state', () => {
  const scenarios: Scenario[] = [
    { body: 'council', seats: seatsOfVote({ yes: 11, no: 0, permanentNo: 1, abstain: 3, permanentAbstain: 0, substantive: true })!, substantive: true },
    { body: 'council', seats: [...DEFAULT_COUNCIL.seats.slice(0, 13), 'absent', 'unknown'], substantive: false },
    { body: 'assembly', yes: 93, no: 18, abstain: 65, majority: 'two-thirds' },
    { body: 'assembly', yes: 0, no: 193, abstain: 0, majority: 'simple' },
  ]

  it.each(scenarios)('%j goes there and back', (s) => {
    expect(scenarioOfQuery(labQuery(s))).toEqual(s)
  })

  it('writes one letter a seat', () => {
    expect(labQuery(scenarios[0]!)).toEqual({ body: 'council', votes: 'nyyyyyyyyyyyaaa', matter: 'substantive' })
    expect(labQuery(scenarios[1]!).votes).toBe('yyyyyyyyyyyyyxu')
  })

  it.each([
    [{}, DEFAULT_COUNCIL],
    [{ votes: 'yyy' }, DEFAULT_COUNCIL],
    [{ votes: 'yyyyyyyyyyyyyyz' }, DEFAULT_COUNCIL],
    [{ votes: ['nyyyyyyyyyyyaaa'], matter: 'procedural' }, { ...scenarios[0], substantive: false }],
    [{ body: 'assembly', yes: '93', no: '-1', abstain: '1e2', majority: 'most' }, { body: 'assembly', yes: 93, no: 50, abstain: 30, majority: 'simple' }],
    [{ body: 'assembly', yes: '194', no: '18', abstain: '65' }, { body: 'assembly', yes: 100, no: 18, abstain: 65, majority: 'simple' }],
  ])('reads %j, taking defaults for what is missing or malformed', (query, scenario) => {
    expect(scenarioOfQuery(query)).toEqual(scenario)
  })
})

describe('the presets of 24 February 2025', () => {
  it('has ES-11/7 at 93–18–65, adopted', () => {
    const es = PRESETS.find(p => p.id === 'es-11-7')!.scenario
    expect(es).toMatchObject({ yes: 93, no: 18, abstain: 65 })
    expect(assemblyDiagram(es as Extract<Scenario, { body: 'assembly' }>)!.adopted).toBe(true)
  })

  it.each([
    ['sc-2774', 'adopted', { yes: 10, no: 0, abstain: 5, unknown: 0 }],
    ['amendment-9', 'vetoed', { yes: 9, no: 1, abstain: 0, unknown: 5 }],
    ['amendment-11', 'vetoed', { yes: 11, no: 1, abstain: 0, unknown: 3 }],
  ])('%s is %s with the votes the sources give, and no more', (id, outcome, counts) => {
    const s = PRESETS.find(p => p.id === id)!.scenario
    if (s.body !== 'council')
      throw new Error('a Council preset')
    const n = (v: string) => s.seats.filter(seat => seat === v).length
    expect({ yes: n('yes'), no: n('no'), abstain: n('abstain'), unknown: n('unknown') }).toEqual(counts)
    expect(s.seats[0]).toBe(id === 'sc-2774' ? 'abstain' : 'no')
    expect(decideSeats(s.seats, s.substantive).outcome).toBe(outcome)
  })

  it('names the preset a vote is, until a vote changes', () => {
    for (const p of PRESETS)
      expect(presetOf(p.scenario)).toBe(p)
    expect(presetOf({ body: 'assembly', yes: 94, no: 18, abstain: 65, majority: 'two-thirds' })).toBeNull()
  })
})
