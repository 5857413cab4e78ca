import type { SeatVote } from './types.ts'

/** How each vote is told apart without its colour: a name, a symbol to print, a shape to draw. */

export const VOTE_NAMES: Record<SeatVote, string> = { yes: 'Yes', no: 'No', abstain: 'Abstain', absent: 'Absent', unknown: 'Not given' }

/** Printed beside a name: the same shapes the seats show. */
export const VOTE_SYMBOLS: Record<SeatVote, string> = { yes: '✓', no: '✗', abstain: '–', absent: '○', unknown: '?' }

/** Each vote's mark, drawn around a seat's centre (0, 0): a tick, a cross, a bar, nothing, a question mark. */
export const VOTE_PATHS: Record<SeatVote, string> = {
  yes: 'M-6 0L-2 5L7-6',
  no: 'M-5-5L5 5M5-5L-5 5',
  abstain: 'M-6 0H6',
  absent: '',
  unknown: 'M-4-3A4 4 0 1 1 1 1V3M1 6V7',
}
