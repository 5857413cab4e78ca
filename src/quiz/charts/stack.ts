import { round1 } from './scale.ts'

/** Parts of a whole laid end to end, as percents of the whole: a stacked bar. */

export interface Segment {
  /** Where the part starts and how long it is, in percent of the bar. */
  start: number
  width: number
}

/** Segments for `values`, in order; with nothing to show, every segment is empty at 0. */
export function stackSegments(values: readonly number[]): Segment[] {
  const total = values.reduce((sum, v) => sum + Math.max(v, 0), 0)
  let start = 0
  return values.map((v) => {
    const width = total === 0 ? 0 : (100 * Math.max(v, 0)) / total
    const segment = { start: round1(start), width: round1(width) }
    start += width
    return segment
  })
}
