import type { ScoreBin } from './bins.ts'
import type { Column } from './columns.ts'
import type { Frame } from './types.ts'
import { binLabel, scoreBins } from './bins.ts'
import { layoutColumns } from './columns.ts'
import { countTicks, yOf } from './scale.ts'

/** The class's scores as columns: the score distribution of the class report. */

/** 320 units across, drawn at about that many pixels on a 360-pixel phone: its labels stay legible. */
export const SCORE_FRAME: Frame = { width: 320, height: 196, plot: { x: 40, y: 28, width: 272, height: 122 } }

export interface Tick {
  value: number
  y: number
}

/** A bin of scores, its column and its label ("4", "3–5"). */
export type ScoreBar = ScoreBin & Column & { label: string }

export interface ScoreHistogram {
  bars: ScoreBar[]
  /** The count axis, 0 to at least the most students in a bin. */
  ticks: Tick[]
}

export function scoreHistogram(corrects: readonly number[], total: number, frame: Frame = SCORE_FRAME): ScoreHistogram {
  const bins = scoreBins(corrects, total)
  const values = countTicks(Math.max(0, ...bins.map(b => b.students)))
  const top = values.at(-1) ?? 1
  const columns = layoutColumns(bins.map(b => b.students), top, frame.plot)
  return {
    bars: bins.map((bin, i) => ({ ...bin, ...columns[i]!, label: binLabel(bin) })),
    ticks: values.map(value => ({ value, y: yOf(value, top, frame.plot) })),
  }
}
