import { describe, expect, it } from 'vitest'
import { binLabel, MAX_BANDS, scoreBins } from '~/quiz/charts/bins'

/** Bins as "from–to:students", for short tables. */
function shown(corrects: number[], total: number): string[] {
  return scoreBins(corrects, total).map(b => `${binLabel(b)}:${b.students}`)
}

describe('scoreBins', () => {
  it.each([
    ['no questions', [], 0, ['0:0']],
    ['a class of none', [], 5, ['0:0', '1:0', '2:0', '3:0', '4:0', '5:0']],
    ['five questions, a column each', [5, 4, 4, 0, 2], 5, ['0:1', '1:0', '2:1', '3:0', '4:2', '5:1']],
    ['ten questions, still a column each', [10, 0, 7, 7], 10, ['0:1', '1:0', '2:0', '3:0', '4:0', '5:0', '6:0', '7:2', '8:0', '9:0', '10:1']],
    // 12 possible scores: bands of 2, the last one full.
    ['eleven questions, in bands of two', [11, 10, 0, 1, 5], 11, ['0–1:2', '2–3:0', '4–5:1', '6–7:0', '8–9:0', '10–11:2']],
    // 21 possible scores: bands of 3, seven of them.
    ['twenty questions, in seven bands of three', [20, 18, 17, 0, 9, 10, 11, 12], 20, ['0–2:1', '3–5:0', '6–8:0', '9–11:3', '12–14:1', '15–17:1', '18–20:2']],
    // 31 possible scores: bands of 5, the last one cut short.
    ['thirty questions, the last band short', [30, 29, 25, 0], 30, ['0–4:1', '5–9:0', '10–14:0', '15–19:0', '20–24:0', '25–29:2', '30:1']],
    ['scores that cannot be', [-1, 6, 2.5, Number.NaN, 3], 5, ['0:0', '1:0', '2:0', '3:1', '4:0', '5:0']],
  ])('counts %s', (_, corrects, total, expected) => {
    expect(shown(corrects, total)).toEqual(expected)
  })

  it.each([1, 5, 10, 11, 20, 31, 50, 99])('covers every score of %i questions once, in at most 11 bins', (total) => {
    const bins = scoreBins([], total)
    expect(bins.length).toBeLessThanOrEqual(total + 1 <= 11 ? 11 : MAX_BANDS)
    expect(bins[0]!.from).toBe(0)
    expect(bins.at(-1)!.to).toBe(total)
    bins.slice(1).forEach((b, i) => expect(b.from).toBe(bins[i]!.to + 1))
  })
})
