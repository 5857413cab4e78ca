import type { Box } from './types.ts'
import { round1, yOf } from './scale.ts'

/** Vertical bars side by side, each in an equal band of the plot. */

export interface Column {
  x: number
  y: number
  width: number
  height: number
  /** The middle of the band: where its labels go. */
  centre: number
}

/** Share of its band a bar fills; the rest is the gap that tells bars apart without an outline. */
export const BAR_SHARE = 0.7

/** Bars for `values` on an axis from 0 to `top`, across `box`. */
export function layoutColumns(values: readonly number[], top: number, box: Box): Column[] {
  const band = values.length === 0 ? 0 : box.width / values.length
  const bottom = box.y + box.height
  return values.map((value, i) => {
    const y = yOf(value, top, box)
    return {
      x: round1(box.x + i * band + (band * (1 - BAR_SHARE)) / 2),
      y,
      width: round1(band * BAR_SHARE),
      height: round1(bottom - y),
      centre: round1(box.x + (i + 0.5) * band),
    }
  })
}
