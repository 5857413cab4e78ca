import { describe, expect, it } from 'vitest'
import { bestAttempt, bestStreak, overallAccuracy, summariseHistory } from '~/quiz/practice/stats'
import { makeAttempt, makeAttemptOf } from '../../builders'

describe('bestStreak', () => {
  it.each([
    [[], 0],
    [[['WWW', '2026-01-01']], 0],
    [[['RRWRRR', '2026-01-01']], 3],
    [[['WRR', '2026-01-01'], ['RRW', '2026-01-02']], 4],
    // Order is by time finished, not by list order: taken in time, these runs do not touch.
    [[['WRR', '2026-01-02'], ['RRW', '2026-01-01']], 2],
  ])('of %j is %i', (specs, streak) => {
    expect(bestStreak((specs as [string, string][]).map(([p, d]) => makeAttemptOf(p, `${d}T10:00:00.000Z`)))).toBe(streak)
  })
})

describe('overallAccuracy', () => {
  it.each([
    [[], null],
    [[['RRWW', '2026-01-01']], 50],
    [[['RRR', '2026-01-01'], ['W', '2026-01-02']], 75],
  ])('of %j is %j', (specs, accuracy) => {
    expect(overallAccuracy((specs as [string, string][]).map(([p, d]) => makeAttemptOf(p, `${d}T10:00:00.000Z`)))).toBe(accuracy)
  })
})

describe('bestStreak over attempts in any order', () => {
  it.each([
    [['RRW', 'RRR', 'WRR'], ['2026-01-03', '2026-01-02', '2026-01-01'], 7],
    [['WRR', 'RRR', 'RRW'], ['2026-01-03', '2026-01-02', '2026-01-01'], 3],
    [['RRR', 'WRR', 'RRW', 'RRR'], ['2026-01-02', '2026-01-04', '2026-01-01', '2026-01-03'], 6],
  ])('of %j finished on %j is %i', (patterns, days, streak) => {
    const attempts = patterns.map((p, i) => makeAttemptOf(p, `${days[i]}T10:00:00.000Z`))
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

describe('summariseHistory', () => {
  it.each([
    ['none', [], { best: null, streak: 0, accuracy: null }],
    ['two quizzes', [['RRW', '2026-01-02'], ['WRRR', '2026-01-01']], { best: '2026-01-01', streak: 5, accuracy: 71 }],
  ])('of %s', (_, specs, { best, ...figures }) => {
    const summary = summariseHistory((specs as [string, string][]).map(([p, d]) => makeAttemptOf(p, d)))
    expect({ ...summary, best: summary.best?.id ?? null }).toEqual({ ...figures, best })
  })
})
