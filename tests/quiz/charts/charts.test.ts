import type { QuestionStats } from '~/quiz/classroom/report'
import { describe, expect, it } from 'vitest'
import { SCORE_FRAME, scoreHistogram } from '~/quiz/charts/histogram'
import { MASTERY_PARTS, masterySegments } from '~/quiz/charts/mastery'
import { optionShares } from '~/quiz/charts/shares'
import { accuracyTrend, TREND_FRAME } from '~/quiz/charts/trend'

/** A question's figures as the class report has them: only what the option chart reads. */
function stats(counts: number[], unanswered: number, answer: number, tied: number[]): QuestionStats {
  const options = ['France', 'United States', 'Ukraine', 'China'].slice(0, counts.length)
  return {
    index: 0,
    id: 'q-1',
    prompt: 'Who?',
    options,
    answer,
    correct: counts[answer]!,
    percentCorrect: null,
    counts,
    unanswered,
    discrimination: null,
    distractors: tied.map(index => ({ index, text: options[index]!, count: counts[index]! })),
  }
}

describe('optionShares', () => {
  it.each([
    // 10 students: the key B chosen by 5, A by 3, C by 2.
    ['one favourite mistake', stats([3, 5, 2], 0, 1, [0]), [
      ['A', 3, 30, 30, false, true],
      ['B', 5, 50, 50, true, false],
      ['C', 2, 20, 20, false, false],
    ]],
    // 6 students, 1 with no answer: A and C tie, both marked; shares round half up.
    ['a tie, and a student with no answer', stats([2, 1, 2, 0], 1, 1, [0, 2]), [
      ['A', 2, 33, 33.3, false, true],
      ['B', 1, 17, 16.7, true, false],
      ['C', 2, 33, 33.3, false, true],
      ['D', 0, 0, 0, false, false],
      ['', 1, 17, 16.7, false, false],
    ]],
    ['no students', stats([0, 0, 0], 0, 2, []), [
      ['A', 0, 0, 0, false, false],
      ['B', 0, 0, 0, false, false],
      ['C', 0, 0, 0, true, false],
    ]],
  ])('shows %s', (_, question, rows) => {
    expect(optionShares(question).map(r => [r.letter, r.students, r.percent, r.width, r.key, r.mostChosenWrong])).toEqual(rows)
  })

  it('names the row of students with no answer', () => {
    expect(optionShares(stats([1, 1], 2, 0, [1])).at(-1)).toMatchObject({ index: null, text: 'No answer', students: 2, percent: 50 })
  })
})

describe('scoreHistogram', () => {
  it.each([
    // Six scores, at most 2 students in one: ticks 0, 1, 2.
    ['a small class', [3, 3, 5, 0], 5, [1, 0, 0, 2, 0, 1], [0, 1, 2]],
    ['no class', [], 5, [0, 0, 0, 0, 0, 0], [0, 1]],
    ['twenty questions, banded', [20, 19, 18, 2, 10, 10, 10, 10, 10, 10, 10], 20, [1, 0, 0, 7, 0, 0, 3], [0, 2, 4, 6, 8]],
  ])('draws %s', (_, corrects, total, students, ticks) => {
    const chart = scoreHistogram(corrects, total)
    expect(chart.bars.map(b => b.students)).toEqual(students)
    expect(chart.ticks.map(t => t.value)).toEqual(ticks)
  })

  it('puts the tallest column on the top tick and the axis ends on the plot', () => {
    const { plot } = SCORE_FRAME
    const chart = scoreHistogram([4, 4, 4, 1], 4)
    expect(chart.ticks.map(t => t.y)).toEqual([plot.y + plot.height, plot.y + plot.height * 2 / 3, plot.y + plot.height / 3, plot.y].map(y => Math.round(y * 10) / 10))
    expect(chart.bars[4]).toMatchObject({ label: '4', students: 3, y: plot.y, height: plot.height })
    expect(chart.bars[0]).toMatchObject({ label: '0', students: 0, height: 0 })
    // Columns stay inside the plot, left to right.
    expect(chart.bars[0]!.x).toBeGreaterThan(plot.x)
    expect(chart.bars[4]!.x + chart.bars[4]!.width).toBeLessThan(plot.x + plot.width)
  })
})

describe('accuracyTrend', () => {
  const { plot } = TREND_FRAME
  const bottom = plot.y + plot.height

  it.each([
    ['one quiz', [50], [[plot.x + plot.width / 2, plot.y + plot.height / 2]]],
    ['two quizzes', [0, 100], [[plot.x, bottom], [plot.x + plot.width, plot.y]]],
    ['three quizzes', [100, 50, 75], [[plot.x, plot.y], [plot.x + plot.width / 2, plot.y + plot.height / 2], [plot.x + plot.width, plot.y + plot.height / 4]]],
  ])('draws %s', (_, percents, points) => {
    const trend = accuracyTrend(percents)
    expect(trend.points.map(p => [p.x, p.y])).toEqual(points)
    expect(trend.path.startsWith(`M${points[0]![0]} ${points[0]![1]}`)).toBe(true)
    expect(trend.path.match(/L/g)?.length ?? 0).toBe(percents.length - 1)
  })

  it('marks the percent axis every quarter', () => {
    expect(accuracyTrend([]).ticks).toEqual([0, 25, 50, 75, 100].map(value => ({ value, y: bottom - (plot.height * value) / 100 })))
  })
})

describe('masterySegments', () => {
  it.each([
    ['nothing met', { seen: 0, mastered: 0, total: 40 }, [['mastered', 0, 0, 0], ['review', 0, 0, 0], ['unseen', 40, 0, 100]]],
    ['some of each', { seen: 20, mastered: 10, total: 40 }, [['mastered', 10, 0, 25], ['review', 10, 25, 25], ['unseen', 20, 50, 50]]],
    ['all mastered', { seen: 3, mastered: 3, total: 3 }, [['mastered', 3, 0, 100], ['review', 0, 100, 0], ['unseen', 0, 100, 0]]],
    ['a topic of no facts', { seen: 0, mastered: 0, total: 0 }, [['mastered', 0, 0, 0], ['review', 0, 0, 0], ['unseen', 0, 0, 0]]],
    // Facts answered that the bank no longer has: never a negative part.
    ['more seen than the topic holds', { seen: 5, mastered: 1, total: 4 }, [['mastered', 1, 0, 20], ['review', 4, 20, 80], ['unseen', 0, 100, 0]]],
  ])('splits %s', (_, counts, segments) => {
    const parts = masterySegments({ topic: 't', title: 'T', ...counts })
    expect(MASTERY_PARTS.map(part => [part, parts[part].facts, parts[part].start, parts[part].width])).toEqual(segments)
  })
})
