import type { Tick } from './histogram.ts'
import type { Frame, Point } from './types.ts'
import { linePath, linePoints } from './line.ts'
import { PERCENT_TICKS, yOf } from './scale.ts'

/** Percent right, quiz after quiz: the accuracy line of the Progress screen. */

export const TREND_FRAME: Frame = { width: 320, height: 172, plot: { x: 44, y: 12, width: 262, height: 124 } }

export interface Trend {
  points: Point[]
  path: string
  ticks: Tick[]
}

export function accuracyTrend(percents: readonly number[], frame: Frame = TREND_FRAME): Trend {
  const points = linePoints(percents, 100, frame.plot)
  return {
    points,
    path: linePath(points),
    ticks: PERCENT_TICKS.map(value => ({ value, y: yOf(value, 100, frame.plot) })),
  }
}
