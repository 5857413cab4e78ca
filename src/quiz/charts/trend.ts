import type { Attempt } from '../practice/attempt.ts'
import type { Tick } from './histogram.ts'
import type { Frame, Point } from './types.ts'
import { percentRight } from '../practice/score.ts'
import { linePath, linePoints } from './line.ts'
import { PERCENT_TICKS, yOf } from './scale.ts'

/** Percent right, quiz after quiz: the accuracy line of the Progress screen. */

/** How many of the latest quizzes the accuracy chart shows. */
export const TREND_QUIZZES = 20

export interface QuizAccuracy {
  id: string
  finishedAt: string
  correct: number
  total: number
  percent: number
}

/** The score of each of the latest `limit` finished quizzes, oldest first; quizzes of no questions left out. */
export function accuracyByQuiz(attempts: readonly Attempt[], limit: number = TREND_QUIZZES): QuizAccuracy[] {
  return attempts
    .filter(a => a.total > 0)
    .sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0))
    .slice(-Math.max(limit, 1))
    .map(a => ({ id: a.id, finishedAt: a.finishedAt, correct: a.correct, total: a.total, percent: percentRight(a.correct, a.total) }))
}

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
