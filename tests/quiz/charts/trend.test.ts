import { describe, expect, it } from 'vitest'
import { accuracyByQuiz, TREND_QUIZZES } from '~/quiz/charts/trend'
import { makeAttemptOf } from '../../builders'

describe('accuracyByQuiz', () => {
  it.each([
    ['none', [], []],
    ['one', [['RRW', '2026-01-01']], [['2026-01-01', 2, 3, 66]]],
    // Listed newest first as the history is; charted oldest first.
    ['several, oldest first', [['RRRR', '2026-01-03'], ['W', '2026-01-01'], ['RW', '2026-01-02']], [['2026-01-01', 0, 1, 0], ['2026-01-02', 1, 2, 50], ['2026-01-03', 4, 4, 100]]],
    ['leaving out a quiz of no questions', [['', '2026-01-02'], ['R', '2026-01-01']], [['2026-01-01', 1, 1, 100]]],
  ])('charts %s', (_, specs, expected) => {
    const attempts = (specs as [string, string][]).map(([p, d]) => makeAttemptOf(p, `${d}T10:00:00.000Z`))
    expect(accuracyByQuiz(attempts).map(a => [a.finishedAt.slice(0, 10), a.correct, a.total, a.percent])).toEqual(expected)
  })

  it.each([[1, ['2026-01-30']], [3, ['2026-01-28', '2026-01-29', '2026-01-30']]])('keeps the latest %i', (limit, days) => {
    const attempts = Array.from({ length: 30 }, (_, i) => makeAttemptOf('RW', `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`))
    expect(accuracyByQuiz(attempts, limit).map(a => a.finishedAt.slice(0, 10))).toEqual(days)
    expect(accuracyByQuiz(attempts)).toHaveLength(TREND_QUIZZES)
  })
})
