import type { CollectedResult } from '~/quiz/classroom/collect'
import type { Question } from '~/quiz/types'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classReport, MOST_MISSED, percentOfClass } from '~/quiz/classroom/report'
import { makeQuestion } from '../../builders'

/** A four-option question whose key is option `answer`. */
function q(n: number, answer: number): Question {
  return makeQuestion({
    id: `q-${n}`,
    prompt: `Question ${n}?`,
    options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
    answer,
    reasons: ['Not alpha.', 'Not beta.', 'Not gamma.', 'Not delta.'].map((r, i) => (i === answer ? null : r)),
    explanation: `Because of ${n}.`,
  })
}

function result(name: string, answers: (number | null)[]): CollectedResult {
  return { code: `CODE${name.toUpperCase()}`, name, answers, collectedAt: '2026-03-04T09:00:00.000Z' }
}

const QUESTIONS = [q(1, 0), q(2, 1), q(3, 2), q(4, 3), q(5, 0)]

/*
 * Ten students, five questions (keys A B C D A). 1 marks a right answer; otherwise the option
 * chosen, '-' none. J's 9 is no option of Q2, E's -1 a timeout: both count as no answer.
 *
 *          Q1  Q2  Q3  Q4  Q5   right  percent
 *   Amal    1   1   1   1   1     5     100
 *   bea     1   1   1   1   B     4      80
 *   Cy      1   1   D   1   1     4      80
 *   Dan     1   1   D   -   1     3      60
 *   Eve     1   A   1  -1   1     3      60
 *   Fay     1   D   D   1   C     2      40
 *   Gus     B   1   B   -   1     2      40
 *   Hal     C   D   -   -   1     1      20
 *   ivy     C   A   -   -   1     1      20
 *   Jo      -   9   -   -   1     1      20
 *
 * n = 10, so g = max(1, round(0.27 × 10)) = 3. Upper group: Amal (5), bea and Cy (4), with no
 * tie at its edge (next is 3). Lower group: Hal, ivy, Jo (1), exactly the three lowest.
 *   Q1: upper 3/3, lower 0/3           → D = 1.00   right 6 → 60%
 *   Q2: upper 3/3, lower 0/3           → D = 1.00   right 5 → 50%
 *   Q3: upper 2/3 (Amal, bea), lower 0 → D = 0.67   right 3 → 30%
 *   Q4: upper 3/3, lower 0/3           → D = 1.00   right 4 → 40%
 *   Q5: upper 2/3 (Amal, Cy), lower 3/3 → D = −0.33 right 8 → 80%
 * Percents 100 80 80 60 60 40 40 20 20 20: mean 520 / 10 = 52, median (40 + 60) / 2 = 50.
 */
const CLASS = [
  result('Jo', [null, 9, null, null, 0]),
  result('ivy', [2, 0, null, null, 0]),
  result('Hal', [2, 3, null, null, 0]),
  result('Gus', [1, 1, 1, null, 0]),
  result('Fay', [0, 3, 3, 3, 2]),
  result('Eve', [0, 0, 2, -1, 0]),
  result('Dan', [0, 1, 3, null, 0]),
  result('Cy', [0, 1, 3, 3, 0]),
  result('bea', [0, 1, 2, 3, 1]),
  result('Amal', [0, 1, 2, 3, 0]),
]

describe('classReport on a class of ten', () => {
  const report = classReport(QUESTIONS, CLASS)

  it('ranks students by right answers, then by name whatever its case', () => {
    expect(report.students.map(s => [s.name, s.score.correct, s.score.percent])).toEqual([
      ['Amal', 5, 100],
      ['bea', 4, 80],
      ['Cy', 4, 80],
      ['Dan', 3, 60],
      ['Eve', 3, 60],
      ['Fay', 2, 40],
      ['Gus', 2, 40],
      ['Hal', 1, 20],
      ['ivy', 1, 20],
      ['Jo', 1, 20],
    ])
  })

  it.each([
    ['Amal', 5, [0, 1, 2, 3, 0]],
    ['Eve', 4, [0, 0, 2, null, 0]],
    ['Jo', 1, [null, null, null, null, 0]],
  ])('counts what %s answered, and drops answers that are no option', (name, answered, answers) => {
    const s = report.students.find(x => x.name === name)!
    expect(s.score.answered).toBe(answered)
    expect(s.score.total).toBe(5)
    expect(s.answers).toEqual(answers)
    expect(s.code).toBe(`CODE${name.toUpperCase()}`)
  })

  it.each([
    // index, right, percent, counts A-D, unanswered, D, most-chosen wrong options (all of a tie)
    [0, 6, 60, [6, 1, 2, 0], 1, 1, [{ index: 2, text: 'Gamma', count: 2 }]],
    [1, 5, 50, [2, 5, 0, 2], 1, 1, [{ index: 0, text: 'Alpha', count: 2 }, { index: 3, text: 'Delta', count: 2 }]],
    [2, 3, 30, [0, 1, 3, 3], 3, 0.67, [{ index: 3, text: 'Delta', count: 3 }]],
    [3, 4, 40, [0, 0, 0, 4], 6, 1, []],
    [4, 8, 80, [8, 1, 1, 0], 0, -0.33, [{ index: 1, text: 'Beta', count: 1 }, { index: 2, text: 'Gamma', count: 1 }]],
  ])('works out question %i', (index, correct, percent, counts, unanswered, d, distractors) => {
    const stats = report.questions[index]!
    expect(stats).toMatchObject({ index, id: `q-${index + 1}`, correct, percentCorrect: percent, counts, unanswered, discrimination: d, distractors })
  })

  it('lists the most missed questions, lowest first, with what to go over', () => {
    expect(report.mostMissed.map(m => [m.index, m.percentCorrect])).toEqual([[2, 30], [3, 40], [1, 50], [0, 60], [4, 80]])
    expect(report.mostMissed[0]).toMatchObject({ prompt: 'Question 3?', explanation: 'Because of 3.', sources: QUESTIONS[2]!.sources })
  })

  it('sums up the class', () => {
    expect(report.summary).toEqual({ students: 10, meanPercent: 52, medianPercent: 50 })
  })

  it('gives the same figures whatever order the codes came in', () => {
    const shuffled = classReport(QUESTIONS, [...CLASS].reverse())
    expect(shuffled).toEqual(report)
  })
})

describe('discrimination', () => {
  const two = [q(1, 0), q(2, 0), q(3, 0)]
  const R = 0
  const W = 1

  it.each<[string, (number | null)[][], (number | null)[]]>([
    ['is null for one student', [[R, R, W]], [null, null, null]],
    ['is null for no students', [], [null, null, null]],
    // g = 1. Totals 2 and 1: upper is the first, lower the second.
    ['compares the best and the worst of two', [[R, R, W], [W, R, W]], [1, 0, 0]],
    ['is negative when the weaker student is the one right', [[R, R, W], [W, W, R]], [1, 1, -1]],
    // g = 1. Both total 1: each is half of the upper group and half of the lower, so D = 0.
    ['is zero for two students tied', [[R, W, W], [W, R, W]], [0, 0, 0]],
    // n = 4, g = round(1.08) = 1. Totals 2, 2, 1, 0: the two 2s share the upper place (½ each);
    // the lower group is the 0. Q1: ½ + ½ − 0 = 1; Q2: ½ − 0; Q3: ½ − 0 (the 1 is in neither group).
    ['shares a place between students tied at the edge', [[R, R, W], [R, W, R], [W, W, R], [W, W, W]], [1, 0.5, 0.5]],
    // n = 7, g = round(1.89) = 2. Totals 3, 2, 2, 2, 1, 0, 0. Upper: the 3 (weight 1) and one
    // place shared by the three 2s (⅓ each). Lower: the two 0s, none of them right.
    // Q1: the 3 and one 2 right: (1 + ⅓) / 2 = 0.666… → 0.67.
    // Q2: the 3 and all three 2s: (1 + ⅓ + ⅓ + ⅓) / 2 = 1.
    // Q3: the 3, two 2s and the 1 (in neither group): (1 + ⅔) / 2 = 0.833… → 0.83.
    ['weights students tied at the edge of a larger group', [
      [R, R, R],
      [R, R, W],
      [W, R, R],
      [W, R, R],
      [W, W, R],
      [W, W, W],
      [W, W, W],
    ], [0.67, 1, 0.83]],
  ])('%s', (_, answers, expected) => {
    const report = classReport(two, answers.map((a, i) => result(`S${i}`, a)))
    expect(report.questions.map(x => x.discrimination)).toEqual(expected)
  })
})

describe('classReport edges', () => {
  it('reports no students without dividing by zero', () => {
    const report = classReport(QUESTIONS, [])
    expect(report.students).toEqual([])
    expect(report.mostMissed).toEqual([])
    expect(report.summary).toEqual({ students: 0, meanPercent: null, medianPercent: null })
    expect(report.questions.map(x => [x.percentCorrect, x.discrimination, x.distractors])).toEqual(QUESTIONS.map(() => [null, null, []]))
  })

  it('keeps at most five most-missed questions, leaves out any everyone got right, and breaks ties by position', () => {
    const seven = Array.from({ length: 7 }, (_, i) => q(i + 1, 0))
    // Two students. Right per question: 1 1 0 2 1 0 1, so Q4 is left out, Q3 and Q6 come first.
    const report = classReport(seven, [result('A', [0, 0, 1, 0, 0, 1, 1]), result('B', [1, 1, 1, 0, 1, 1, 0])])
    expect(MOST_MISSED).toBe(5)
    expect(report.mostMissed.map(m => m.index)).toEqual([2, 5, 0, 1, 4])
  })

  it.each<[string, (number | null)[]]>([
    ['an answer past the last option', [4, 0]],
    ['a negative answer', [-1, 0]],
    ['a fraction', [0.5, 0]],
    ['too few answers', [0]],
    ['too many answers', [0, 0, 0, 0]],
  ])('treats %s as no answer, or ignores it', (_, answers) => {
    const report = classReport([q(1, 0), q(2, 0)], [result('A', answers)])
    const s = report.students[0]!
    expect(s.answers).toHaveLength(2)
    expect(s.answers.every(a => a === null || a === 0)).toBe(true)
    expect(report.questions.every(x => x.counts.reduce((a, b) => a + b, 0) + x.unanswered === 1)).toBe(true)
  })

  it('keeps figures in range for any class (property)', () => {
    const keysArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 })
    fc.assert(fc.property(keysArb, fc.array(fc.array(fc.option(fc.integer({ min: -2, max: 8 }), { nil: null }), { maxLength: 14 }), { maxLength: 40 }), (keys, classAnswers) => {
      const questions = keys.map((k, i) => q(i + 1, k))
      const report = classReport(questions, classAnswers.map((a, i) => result(`S${i}`, a)))
      const n = classAnswers.length
      expect(report.students).toHaveLength(n)
      for (const x of report.questions) {
        expect(x.counts.reduce((a, b) => a + b, 0) + x.unanswered).toBe(n)
        if (n > 0)
          expect(x.percentCorrect).toBeGreaterThanOrEqual(0)
        if (n > 0)
          expect(x.percentCorrect).toBeLessThanOrEqual(100)
        if (n >= 2) {
          expect(x.discrimination).toBeGreaterThanOrEqual(-1)
          expect(x.discrimination).toBeLessThanOrEqual(1)
        }
        else {
          expect(x.discrimination).toBeNull()
        }
        expect(x.distractors.every(d => d.index !== x.answer && d.count === x.distractors[0]!.count && d.count > 0)).toBe(true)
        expect(x.distractors[0]?.count ?? 0).toBe(Math.max(0, ...x.counts.filter((_, i) => i !== x.answer)))
      }
      const correct = report.students.map(s => s.score.correct)
      expect(correct).toEqual([...correct].sort((a, b) => b - a))
      expect(report.mostMissed.length).toBeLessThanOrEqual(MOST_MISSED)
      expect(report.mostMissed.every(m => m.correct < n)).toBe(true)
    }), { seed: 21, numRuns: 500 })
  })
})

describe('classReport details', () => {
  const R = 0
  const W = 1

  it('rounds a discrimination index that is exactly a half-hundredth away from zero', () => {
    // n = 9, g = round(2.43) = 2. Totals 2 3 3 3 1 4 0 2 3. Upper: the 4 (weight 1) and one place
    // shared by the four 3s (¼ each); lower: the 0 and the 1 (weight 1 each).
    // Q2: the 4, three 3s and a 2 right: (1 + ¾) / 2 = 0.875, rounded to 0.88 as for a mirror image.
    const four = [q(1, 0), q(2, 0), q(3, 0), q(4, 0)]
    const rows = [[0, 0, 1, 1], [0, 1, 1, 1], [1, 1, 1, 0], [0, 1, 1, 1], [0, 0, 1, 0], [1, 1, 1, 1], [0, 0, 0, 0], [0, 1, 0, 1], [1, 0, 1, 1]]
    const report = classReport(four, rows.map((row, i) => result(`S${i}`, row.map(right => (right === 1 ? R : W)))))
    expect(report.questions.map(x => x.discrimination)).toEqual([0.75, 0.88, 0.5, 0.88])
  })

  it.each([
    [['bob', 'Amal', 'amal', 'Ćam', 'Bea', 'zed', 'Zed']],
    [['Zed', 'zed', 'Bea', 'Ćam', 'amal', 'Amal', 'bob']],
  ])('orders students of the same score by name, then capitals first (%j)', (names) => {
    const report = classReport([q(1, 0)], names.map(name => result(name, [R])))
    expect(report.students.map(s => s.name)).toEqual(['Amal', 'amal', 'Bea', 'bob', 'Zed', 'zed', 'Ćam'])
  })

  it('takes the middle percent of an odd class as its median', () => {
    const report = classReport([q(1, 0), q(2, 0)], [result('A', [R, R]), result('B', [R, W]), result('C', [W, W])])
    expect(report.summary).toEqual({ students: 3, meanPercent: 50, medianPercent: 50 })
  })

  it('leaves out of the most missed a question everyone got right, however few questions', () => {
    const report = classReport([q(1, 0), q(2, 0)], [result('A', [R, W]), result('B', [R, R])])
    expect(report.mostMissed.map(m => m.index)).toEqual([1])
  })

  it('lists questions missed equally in their order', () => {
    const five = Array.from({ length: 5 }, (_, i) => q(i + 1, 0))
    const report = classReport(five, [result('A', [W, W, W, W, W]), result('B', [R, R, R, R, R])])
    expect(report.mostMissed.map(m => m.index)).toEqual([0, 1, 2, 3, 4])
  })
})

describe('percentOfClass', () => {
  it.each([[0, 0, 0], [1, 3, 33], [2, 3, 67], [1, 8, 13], [1, 200, 1], [5, 5, 100]])('of %i students of %i is %i', (count, students, percent) => {
    expect(percentOfClass(count, students)).toBe(percent)
  })
})
