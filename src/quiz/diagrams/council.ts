import type { CouncilOutcome, CouncilVote } from '../procedure/voting.ts'
import type { Frame } from './frame.ts'
import type { CouncilScenario, SeatVote } from './types.ts'
import { COUNCIL_OUTCOME_TEXT } from '../generate/scenarios/council.ts'
import { decideCouncil, SC_MEMBERS, SC_PERMANENT, SC_VOTES_NEEDED } from '../procedure/voting.ts'
import { plural } from '../text.ts'
import { round1 } from './frame.ts'

/** Fifteen Council seats from a vote, and what decides it: the rules are procedure/voting.ts's. */

export function isPermanentSeat(seat: number): boolean {
  return seat < SC_PERMANENT
}

/** "P1" to "P5", "E1" to "E10": permanent and elected seats, named by no country. */
export function seatLabel(seat: number): string {
  return isPermanentSeat(seat) ? `P${seat + 1}` : `E${seat - SC_PERMANENT + 1}`
}

export function seatName(seat: number): string {
  return isPermanentSeat(seat) ? `Permanent member ${seat + 1}` : `Elected member ${seat - SC_PERMANENT + 1}`
}

function fill(votes: [SeatVote, number][], length: number): SeatVote[] | null {
  const seats = votes.flatMap(([vote, n]) => Array.from<SeatVote>({ length: Math.max(n, 0) }).fill(vote))
  if (votes.some(([, n]) => n < 0) || seats.length > length)
    return null
  return [...seats, ...Array.from<SeatVote>({ length: length - seats.length }).fill('absent')]
}

/**
 * A counted vote, seat by seat: the permanent members' no votes, abstentions and yes votes in
 * that order, then the elected members'; seats left over are absent. Null for counts no Council
 * can cast.
 */
export function seatsOfVote(v: CouncilVote): SeatVote[] | null {
  const permanentYes = SC_PERMANENT - v.permanentNo - v.permanentAbstain
  const permanent = fill([['no', v.permanentNo], ['abstain', v.permanentAbstain], ['yes', permanentYes]], SC_PERMANENT)
  const elected = fill([['yes', v.yes - permanentYes], ['no', v.no], ['abstain', v.abstain - v.permanentAbstain]], SC_MEMBERS - SC_PERMANENT)
  return permanent === null || elected === null ? null : [...permanent, ...elected]
}

function count(seats: readonly SeatVote[], vote: SeatVote, permanent?: boolean): number {
  return seats.filter((s, i) => s === vote && (permanent === undefined || isPermanentSeat(i) === permanent)).length
}

/** The counts procedure/voting.ts decides on; absent and unknown seats count nowhere. */
export function voteOfSeats(seats: readonly SeatVote[], substantive: boolean): CouncilVote {
  return {
    yes: count(seats, 'yes'),
    no: count(seats, 'no', false),
    permanentNo: count(seats, 'no', true),
    abstain: count(seats, 'abstain'),
    permanentAbstain: count(seats, 'abstain', true),
    substantive,
  }
}

/**
 * Every outcome the seats allow, whatever the unknown votes were: only how many of them are yes
 * and whether a permanent one is no can change the result.
 */
export function possibleOutcomes(seats: readonly SeatVote[], substantive: boolean): CouncilOutcome[] {
  const known = voteOfSeats(seats, substantive)
  const permanent = count(seats, 'unknown', true)
  const elected = count(seats, 'unknown', false)
  const found = new Set<CouncilOutcome>()
  for (let pYes = 0; pYes <= permanent; pYes++) {
    for (let pNo = 0; pNo <= permanent - pYes; pNo++) {
      for (let eYes = 0; eYes <= elected; eYes++)
        found.add(decideCouncil({ ...known, yes: known.yes + pYes + eYes, permanentNo: known.permanentNo + pNo }))
    }
  }
  return [...found]
}

export type Decisive
  = | { kind: 'veto', seats: number[] }
    | { kind: 'ninth-yes', seat: number }
    | { kind: 'missing-ninth', missing: number }
    | { kind: 'undetermined' }

export interface CouncilDecision {
  outcome: CouncilOutcome | 'undetermined'
  decisive: Decisive
  /** Why, in one sentence. */
  reason: string
  article: string
}

const ARTICLE = { substantive: 'UN Charter, Article 27(3)', procedural: 'UN Charter, Article 27(2)' }

function adoptedReason(v: CouncilVote): string {
  if (!v.substantive)
    return `The ninth yes vote carries it: a procedural matter needs any nine of the fifteen, and there is no veto${v.permanentNo === 0 ? '' : v.permanentNo === 1 ? ', so a permanent member’s no blocks nothing' : `, so ${v.permanentNo} permanent members’ no votes block nothing`}.`
  const abstained = v.permanentAbstain > 0 ? ', and by long-standing practice a permanent member’s abstention is not a veto' : ''
  return `The ninth yes vote carries it and no permanent member voted no${abstained}.`
}

function reasonOf(outcome: CouncilOutcome | 'undetermined', v: CouncilVote, unknown: number): string {
  const whatever = unknown > 0 ? `, whatever the ${plural(unknown, 'vote', 'votes')} not given were` : ''
  switch (outcome) {
    case 'vetoed':
      return v.permanentNo === 1
        ? `A permanent member voted no on a substantive matter: that no is a veto, though ${plural(v.yes, 'member', 'members')} voted yes${whatever}.`
        : `${v.permanentNo} permanent members voted no on a substantive matter: each no is a veto, though ${plural(v.yes, 'member', 'members')} voted yes${whatever}.`
    case 'adopted':
      return adoptedReason(v)
    case 'too-few-votes': {
      const missing = SC_VOTES_NEEDED - v.yes
      return `Only ${plural(v.yes, 'member', 'members')} voted yes: ${missing === 1 ? 'the ninth yes vote is missing' : `${missing} more were needed to reach nine`}, so it fails${whatever}.`
    }
    case 'undetermined':
      return `The ${plural(unknown, 'vote', 'votes')} not given in the sources decide it: with them it could pass or fail.`
  }
}

/** What the seats decide, the vote that decides it (a veto, the ninth yes, or the missing ninth), and why. */
export function decideSeats(seats: readonly SeatVote[], substantive: boolean): CouncilDecision {
  const v = voteOfSeats(seats, substantive)
  const outcomes = possibleOutcomes(seats, substantive)
  const outcome = outcomes.length === 1 ? outcomes[0]! : 'undetermined'
  const article = substantive ? ARTICLE.substantive : ARTICLE.procedural
  const decisive: Decisive = outcome === 'vetoed'
    ? { kind: 'veto', seats: seats.flatMap((s, i) => (s === 'no' && isPermanentSeat(i) ? [i] : [])) }
    : outcome === 'adopted'
      ? { kind: 'ninth-yes', seat: seats.flatMap((s, i) => (s === 'yes' ? [i] : []))[SC_VOTES_NEEDED - 1]! }
      : outcome === 'too-few-votes' ? { kind: 'missing-ninth', missing: SC_VOTES_NEEDED - v.yes } : { kind: 'undetermined' }
  return { outcome, decisive, reason: reasonOf(outcome, v, count(seats, 'unknown')), article }
}

export const COUNCIL_FRAME: Frame = { width: 340, height: 230 }
const CENTRE = { x: 170, y: 160 }
const RADIUS = 135
/** The horseshoe spans 220 degrees, open at the bottom. */
const ARC_FROM = 200
const ARC_TO = -20
export const SEAT_RADIUS = 14

/** Where each seat sits along the arc: elected 1–5, the permanent five at the top, elected 6–10. */
export function arcPosition(seat: number): number {
  if (isPermanentSeat(seat))
    return 5 + seat
  const elected = seat - SC_PERMANENT
  return elected < 5 ? elected : elected + SC_PERMANENT
}

function onArc(position: number, radius: number): { x: number, y: number } {
  const degrees = ARC_FROM + ((ARC_TO - ARC_FROM) * position) / (SC_MEMBERS - 1)
  const angle = (degrees * Math.PI) / 180
  return { x: round1(CENTRE.x + radius * Math.cos(angle)), y: round1(CENTRE.y - radius * Math.sin(angle)) }
}

export interface PlacedSeat {
  seat: number
  label: string
  name: string
  vote: SeatVote
  permanent: boolean
  decisive: boolean
  x: number
  y: number
  /** Where its label goes: inside the horseshoe. */
  labelAt: { x: number, y: number }
}

/** One of the nine yes votes a decision needs, drawn as a row of boxes in the horseshoe. */
export interface TallySlot {
  x: number
  filled: boolean
  /** The ninth: the decisive one. */
  ninth: boolean
}

export const TALLY = { y: 130, size: 14, gap: 2 }

export interface CouncilDiagram extends CouncilDecision {
  seats: PlacedSeat[]
  tally: TallySlot[]
  /** Yes votes beyond nine, written after the tally. */
  extraYes: number
  vote: CouncilVote
  absent: number
  unknown: number
}

function decisiveSeatsOf(d: Decisive): number[] {
  return d.kind === 'veto' ? d.seats : d.kind === 'ninth-yes' ? [d.seat] : []
}

export function councilDiagram({ seats, substantive }: CouncilScenario): CouncilDiagram {
  const decision = decideSeats(seats, substantive)
  const decisive = new Set(decisiveSeatsOf(decision.decisive))
  const placed = seats.map((vote, seat) => {
    const position = arcPosition(seat)
    const { x, y } = onArc(position, RADIUS)
    return { seat, label: seatLabel(seat), name: seatName(seat), vote, permanent: isPermanentSeat(seat), decisive: decisive.has(seat), x, y, labelAt: onArc(position, RADIUS - 30) }
  })
  const vote = voteOfSeats(seats, substantive)
  const width = SC_VOTES_NEEDED * (TALLY.size + TALLY.gap) - TALLY.gap
  const tally = Array.from({ length: SC_VOTES_NEEDED }, (_, i) => ({
    x: CENTRE.x - width / 2 + i * (TALLY.size + TALLY.gap),
    filled: i < vote.yes,
    ninth: i === SC_VOTES_NEEDED - 1,
  }))
  return { ...decision, seats: placed, tally, extraYes: Math.max(0, vote.yes - SC_VOTES_NEEDED), vote, absent: count(seats, 'absent'), unknown: count(seats, 'unknown') }
}

/** The outcome as a heading: the scenario questions' own words, and one for a vote the sources leave open. */
export const COUNCIL_RESULT_TEXT: Record<CouncilOutcome | 'undetermined', string> = {
  'adopted': COUNCIL_OUTCOME_TEXT.adopted,
  'vetoed': COUNCIL_OUTCOME_TEXT.vetoed,
  'too-few-votes': COUNCIL_OUTCOME_TEXT['too-few-votes'],
  'undetermined': 'It depends on the votes not given',
}

/** The decisive vote named, for the ring drawn round its seat; null when the sources leave it open. */
export function describeDecisive(d: Decisive): string | null {
  switch (d.kind) {
    case 'veto':
      return d.seats.length === 1
        ? `Decisive: ${seatLabel(d.seats[0]!)}’s no, a veto`
        : `Decisive: the no votes of ${d.seats.map(seatLabel).join(' and ')}, each a veto`
    case 'ninth-yes':
      return `Decisive: ${seatLabel(d.seat)}’s yes, the ninth`
    case 'missing-ninth':
      return 'Decisive: the ninth yes vote, missing'
    case 'undetermined':
      return null
  }
}
