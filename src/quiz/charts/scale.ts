import type { Box } from './types.ts'

/** Axes and scales: where a value falls, and which values to mark. */

/** One decimal is finer than a pixel at any size the charts are drawn: shorter SVG, same picture. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10
  return r === 0 ? 0 : r
}

/** The height of `value` on an axis from 0 to `top` spanning `box` (0 at its bottom edge). */
export function yOf(value: number, top: number, box: Box): number {
  const share = top <= 0 ? 0 : Math.min(Math.max(value / top, 0), 1)
  return round1(box.y + box.height - share * box.height)
}

/** Percent axes: a line every quarter. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const

/**
 * Whole-number ticks from 0 for counts up to `max`: steps of 1, 2 or 5 times a power of ten,
 * the smallest that needs at most `intervals` steps, so the top tick is `max` or just above it.
 * An axis with nothing on it still goes from 0 to 1.
 */
export function countTicks(max: number, intervals = 4): number[] {
  const need = Math.max(max, 1)
  for (let scale = 1; ; scale *= 10) {
    for (const m of [1, 2, 5]) {
      const step = m * scale
      const steps = Math.ceil(need / step)
      if (steps <= intervals)
        return Array.from({ length: steps + 1 }, (_, i) => i * step)
    }
  }
}
