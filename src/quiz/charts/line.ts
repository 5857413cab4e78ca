import type { Box, Point } from './types.ts'
import { round1, yOf } from './scale.ts'

/** A line through values taken in turn, evenly spaced from the left edge of the plot to the right. */

/** Points for `values` on an axis from 0 to `top`; a single value sits in the middle. */
export function linePoints(values: readonly number[], top: number, box: Box): Point[] {
  const gap = values.length > 1 ? box.width / (values.length - 1) : 0
  return values.map((value, i) => ({
    x: round1(values.length === 1 ? box.x + box.width / 2 : box.x + i * gap),
    y: yOf(value, top, box),
  }))
}

/** The SVG path through `points` in order ('' for none). */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('')
}
