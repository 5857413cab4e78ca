/** The class's scores as a distribution: how many students got each score, or each band of scores. */

export interface ScoreBin {
  /** Fewest and most questions right in the bin (equal for a single score). */
  from: number
  to: number
  students: number
}

/** Up to this many questions (11 possible scores) each score has a column of its own. */
export const MAX_SINGLE_SCORES = 11
/** Above that, scores go in bands of equal width, at most this many (so their labels fit). */
export const MAX_BANDS = 7

/**
 * Students by questions right, from 0 to `total`: one bin per score for short quizzes, else
 * bands of equal width from 0, the last one cut short at `total`. Scores outside 0…total are
 * not counted.
 */
export function scoreBins(corrects: readonly number[], total: number): ScoreBin[] {
  const scores = Math.max(0, Math.floor(total)) + 1
  const width = scores <= MAX_SINGLE_SCORES ? 1 : Math.ceil(scores / MAX_BANDS)
  const bins: ScoreBin[] = []
  for (let from = 0; from < scores; from += width)
    bins.push({ from, to: Math.min(from + width, scores) - 1, students: 0 })
  for (const c of corrects) {
    const bin = Number.isInteger(c) && c >= 0 && c < scores ? bins[Math.floor(c / width)] : undefined
    if (bin !== undefined)
      bin.students++
  }
  return bins
}

/** "4", or "3–5" for a band. */
export function binLabel(bin: ScoreBin): string {
  return bin.from === bin.to ? `${bin.from}` : `${bin.from}–${bin.to}`
}
