import type { Decisive } from '~/quiz/diagrams/council'
import type { SeatVote } from '~/quiz/diagrams/types'
import type { CouncilVote } from '~/quiz/procedure/voting'
import { describe, expect, it } from 'vitest'
import { arcPosition, councilDiagram, decideSeats, describeDecisive, possibleOutcomes, seatLabel, seatsOfVote, voteOfSeats } from '~/quiz/diagrams/council'

/** Seats from letters, permanent seats first: y yes, n no, a abstain, x absent, u not given. */
function seats(letters: string): SeatVote[] {
  const of: Record<string, SeatVote> = { y: 'yes', n: 'no', a: 'abstain', x: 'absent', u: 'unknown' }
  return [...letters.replace(/\s/g, '')].map(l => of[l]!)
}

function vote(over: Partial<CouncilVote>): CouncilVote {
  return { yes: 0, no: 0, permanentNo: 0, abstain: 0, permanentAbstain: 0, substantive: true, ...over }
}

describe('seatsOfVote: a counted vote, seat by seat', () => {
  it.each([
    ['11 yes, a permanent no, 3 abstentions', vote({ yes: 11, permanentNo: 1, abstain: 3 }), 'nyyyy yyyyyyyaaa'],
    ['10–0–5 with two permanent abstentions (resolution 2774)', vote({ yes: 10, abstain: 5, permanentAbstain: 2 }), 'aayyy yyyyyyyaaa'],
    ['8 yes, 7 abstentions', vote({ yes: 8, abstain: 7 }), 'yyyyy yyyaaaaaaa'],
    ['9 yes, 2 elected no, 2 permanent no, 2 abstentions', vote({ yes: 9, no: 2, permanentNo: 2, abstain: 2, permanentAbstain: 1 }), 'nnayy yyyyyyynna'],
    ['fewer than fifteen votes: the rest absent', vote({ yes: 9, no: 1 }), 'yyyyy yyyynxxxxx'],
  ])('%s', (_, v, letters) => {
    expect(seatsOfVote(v)).toEqual(seats(letters))
  })

  it.each([
    ['more permanent votes than five', vote({ yes: 9, permanentNo: 3, abstain: 3, permanentAbstain: 3 })],
    ['more votes than fifteen', vote({ yes: 15, no: 1 })],
    ['too few yes votes for the permanent members left', vote({ yes: 2, abstain: 13 })],
  ])('none for %s', (_, v) => {
    expect(seatsOfVote(v)).toBeNull()
  })

  it('gives back the counts it was made from', () => {
    const v = vote({ yes: 9, no: 2, permanentNo: 2, abstain: 2, permanentAbstain: 1, substantive: false })
    expect(voteOfSeats(seatsOfVote(v)!, false)).toEqual(v)
  })
})

describe('decideSeats: the outcome, the decisive vote and why', () => {
  it.each([
    ['a veto: the permanent no', 'nyyyy yyyyyyyaaa', true, 'vetoed', { kind: 'veto', seats: [0] }, /^A permanent member voted no on a substantive matter: that no is a veto, though 11 members voted yes\.$/],
    ['two vetoes', 'ynnyy yyyyyyyyya', true, 'vetoed', { kind: 'veto', seats: [1, 2] }, /^2 permanent members voted no .*each no is a veto/],
    ['the ninth yes carries it', 'aayyy yyyyyyyaaa', true, 'adopted', { kind: 'ninth-yes', seat: 10 }, /^The ninth yes vote carries it and no permanent member voted no, and by long-standing practice a permanent member’s abstention is not a veto\.$/],
    ['exactly nine', 'yyyyy yyyynnnnnn', true, 'adopted', { kind: 'ninth-yes', seat: 8 }, /^The ninth yes vote carries it and no permanent member voted no\.$/],
    ['procedural: a permanent no is no veto', 'nyyyy yyyyyaaaaa', false, 'adopted', { kind: 'ninth-yes', seat: 9 }, /procedural matter .* a permanent member’s no blocks nothing\.$/],
    ['the missing ninth', 'yyyyy yyyaaaaaaa', true, 'too-few-votes', { kind: 'missing-ninth', missing: 1 }, /^Only 8 members voted yes: the ninth yes vote is missing, so it fails\.$/],
    ['several missing', 'yyyyy aaaaaaaaax', true, 'too-few-votes', { kind: 'missing-ninth', missing: 4 }, /^Only 5 members voted yes: 4 more were needed to reach nine, so it fails\.$/],
    ['too few before any veto', 'nyyyy yyyaaaaaaa', true, 'too-few-votes', { kind: 'missing-ninth', missing: 2 }, /^Only 7 members/],
    ['a veto whatever the votes not given', 'nuuuu yyyyyyyyyu', true, 'vetoed', { kind: 'veto', seats: [0] }, /though 9 members voted yes, whatever the 5 votes not given were\.$/],
    ['votes not given that decide it', 'yyyyy yyyuuuuuuu', true, 'undetermined', { kind: 'undetermined' }, /^The 7 votes not given in the sources decide it/],
  ])('%s', (_, letters, substantive, outcome, decisive, reason) => {
    const d = decideSeats(seats(letters), substantive)
    expect(d.outcome).toBe(outcome)
    expect(d.decisive).toEqual(decisive)
    expect(d.reason).toMatch(reason)
  })

  it.each([[true, 'UN Charter, Article 27(3)'], [false, 'UN Charter, Article 27(2)']])('cites, substantive %s, %s', (substantive, article) => {
    expect(decideSeats(seats('yyyyy yyyyyyyyyy'), substantive).article).toBe(article)
  })

  it.each([
    ['nothing unknown', 'yyyyy yyyyyyyyyy', ['adopted']],
    ['an unknown permanent seat could veto', 'uyyyy yyyyyyyyyy', ['adopted', 'vetoed']],
    ['an unknown elected seat cannot', 'yyyyy yyyyyyyyyu', ['adopted']],
    ['unknown seats could bring the ninth yes', 'yyyyy yyyuaaaaaa', ['too-few-votes', 'adopted']],
  ])('possible outcomes with %s', (_, letters, outcomes) => {
    expect(possibleOutcomes(seats(letters), true).sort()).toEqual([...outcomes].sort())
  })
})

describe('councilDiagram: the horseshoe', () => {
  it('puts the permanent five at the top of the arc, elected members on either side', () => {
    expect(Array.from({ length: 15 }, (_, s) => arcPosition(s))).toEqual([5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 10, 11, 12, 13, 14])
    expect(Array.from({ length: 15 }, (_, s) => seatLabel(s))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'])
  })

  it.each([
    // Arc from 200° to -20° around (170, 160), radius 135: position 7 (P3) is straight up.
    [2, { x: 170, y: 25 }],
    [5, { x: 43.1, y: 206.2 }],
    [14, { x: 296.9, y: 206.2 }],
    [9, { x: 71, y: 68.2 }],
  ])('seat %i sits at %j', (seat, at) => {
    const d = councilDiagram({ body: 'council', seats: seats('yyyyy yyyyyyyyyy'), substantive: true })
    expect({ x: d.seats[seat]!.x, y: d.seats[seat]!.y }).toEqual(at)
  })

  it('keeps seats apart and inside the frame', () => {
    const d = councilDiagram({ body: 'council', seats: seats('yyyyy yyyyyyyyyy'), substantive: true })
    const byArc = [...d.seats].sort((a, b) => arcPosition(a.seat) - arcPosition(b.seat))
    for (let i = 1; i < byArc.length; i++)
      expect(Math.hypot(byArc[i]!.x - byArc[i - 1]!.x, byArc[i]!.y - byArc[i - 1]!.y)).toBeGreaterThan(2 * (14 + 3) + 2)
    for (const s of d.seats) {
      expect(s.x - 14 - 3).toBeGreaterThanOrEqual(0)
      expect(s.x + 14 + 3).toBeLessThanOrEqual(340)
      expect(s.y - 14 - 7).toBeGreaterThanOrEqual(0)
      expect(s.y + 14 + 7).toBeLessThanOrEqual(230)
    }
  })

  it.each([
    ['a veto marks the permanent no', 'nyyyy yyyyyyyaaa', [0], 9, 2],
    ['the ninth yes is marked', 'aayyy yyyyyyyaaa', [10], 9, 1],
    ['the missing ninth marks no seat', 'yyyyy yyyaaaaaaa', [], 8, 0],
  ])('%s, and the tally fills one box a yes up to nine', (_, letters, decisive, filled, extra) => {
    const d = councilDiagram({ body: 'council', seats: seats(letters), substantive: true })
    expect(d.seats.filter(s => s.decisive).map(s => s.seat)).toEqual(decisive)
    expect(d.tally).toHaveLength(9)
    expect(d.tally.filter(t => t.filled)).toHaveLength(filled)
    expect(d.tally.map(t => t.ninth)).toEqual([false, false, false, false, false, false, false, false, true])
    expect(d.tally[0]!.x).toBe(99)
    expect(d.tally[8]!.x).toBe(227)
    expect(d.extraYes).toBe(extra)
  })
})

describe('describeDecisive: the ring round a seat, in words', () => {
  it.each([
    [{ kind: 'veto', seats: [0] }, 'Decisive: P1’s no, a veto'],
    [{ kind: 'veto', seats: [1, 3] }, 'Decisive: the no votes of P2 and P4, each a veto'],
    [{ kind: 'ninth-yes', seat: 10 }, 'Decisive: E6’s yes, the ninth'],
    [{ kind: 'missing-ninth', missing: 2 }, 'Decisive: the ninth yes vote, missing'],
    [{ kind: 'undetermined' }, null],
  ] as const)('%j', (decisive, text) => {
    expect(describeDecisive(decisive as Decisive)).toBe(text)
  })
})
