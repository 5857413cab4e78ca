import type { Attempt } from '~/quiz/practice/attempt'
import { describe, expect, it } from 'vitest'
import { accuracyByQuiz, bestAttempt, bestStreak, overallAccuracy, TREND_QUIZZES } from '~/quiz/practice/stats'
import { makeAttempt } from '../../builders'

/** An attempt whose answers are right or wrong as the pattern says: "RRW" is right, right, wrong. */
function attemptOf(pattern: string, finishedAt: string): Attempt {
  const questions = [...pattern].map((c, i) => ({ id: `q-${i}`, prompt: `Q${i}?`, chosen: 'x', key: c === 'R' ? 'x' : 'y', correct: c === 'R' }))
  return makeAttempt({ id: finishedAt, finishedAt, questions, total: questions.length, correct: questions.filter(q => q.correct).length })
}

describe('bestStreak', () => {
  it.each([
    [[], 0],
    [[['WWW', '2026-01-01']], 0],
    [[['RRWRRR', '2026-01-01']], 3],
    [[['WRR', '2026-01-01'], ['RRW', '2026-01-02']], 4],
    // Order is by time finished, not by list order: taken in time, these runs do not touch.
    [[['WRR', '2026-01-02'], ['RRW', '2026-01-01']], 2],
  ])('of %j is %i', (specs, streak) => {
    expect(bestStreak((specs as [string, string][]).map(([p, d]) => attemptOf(p, `${d}T10:00:00.000Z`)))).toBe(streak)
  })
})

describe('overallAccuracy', () => {
  it.each([
    [[], null],
    [[['RRWW', '2026-01-01']], 50],
    [[['RRR', '2026-01-01'], ['W', '2026-01-02']], 75],
  ])('of %j is %j', (specs, accuracy) => {
    expect(overallAccuracy((specs as [string, string][]).map(([p, d]) => attemptOf(p, `${d}T10:00:00.000Z`)))).toBe(accuracy)
  })
})

describe('bestStreak over attempts in any order', () => {
  it.each([
    [['RRW', 'RRR', 'WRR'], ['2026-01-03', '2026-01-02', '2026-01-01'], 7],
    [['WRR', 'RRR', 'RRW'], ['2026-01-03', '2026-01-02', '2026-01-01'], 3],
    [['RRR', 'WRR', 'RRW', 'RRR'], ['2026-01-02', '2026-01-04', '2026-01-01', '2026-01-03'], 6],
  ])('of %j finished on %j is %i', (patterns, days, streak) => {
    const attempts = patterns.map((p, i) => attemptOf(p, `${days[i]}T10:00:00.000Z`))
    const before = attempts.map(a => a.id)
    expect(bestStreak(attempts)).toBe(streak)
    expect(attempts.map(a => a.id)).toEqual(before)
  })
})

describe('bestAttempt', () => {
  it.each([
    [[], null],
    [[makeAttempt({ id: 'a', correct: 1 }), makeAttempt({ id: 'b', correct: 2 })], 'b'],
    [[makeAttempt({ id: 'a', correct: 2 }), makeAttempt({ id: 'b', correct: 2 })], 'a'],
  ])('picks the best share of right answers', (attempts, id) => {
    expect(bestAttempt(attempts)?.id ?? null).toBe(id)
  })
})

describe('accuracyByQuiz', () => {
  it.each([
    ['none', [], []],
    ['one', [['RRW', '2026-01-01']], [['2026-01-01', 2, 3, 66]]],
    // Listed newest first as the history is; charted oldest first.
    ['several, oldest first', [['RRRR', '2026-01-03'], ['W', '2026-01-01'], ['RW', '2026-01-02']], [['2026-01-01', 0, 1, 0], ['2026-01-02', 1, 2, 50], ['2026-01-03', 4, 4, 100]]],
    ['leaving out a quiz of no questions', [['', '2026-01-02'], ['R', '2026-01-01']], [['2026-01-01', 1, 1, 100]]],
  ])('charts %s', (_, specs, expected) => {
    const attempts = (specs as [string, string][]).map(([p, d]) => attemptOf(p, `${d}T10:00:00.000Z`))
    expect(accuracyByQuiz(attempts).map(a => [a.finishedAt.slice(0, 10), a.correct, a.total, a.percent])).toEqual(expected)
  })

  it.each([[1, ['2026-01-30']], [3, ['2026-01-28', '2026-01-29', '2026-01-30']]])('keeps the latest %i', (limit, days) => {
    const attempts = Array.from({ length: 30 }, (_, i) => attemptOf('RW', `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`))
    expect(accuracyByQuiz(attempts, limit).map(a => a.finishedAt.slice(0, 10))).toEqual(days)
    expect(accuracyByQuiz(attempts)).toHaveLength(TREND_QUIZZES)
  })
})
