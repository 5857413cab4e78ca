import { describe, expect, it } from 'vitest'
import { challengePoints, isCorrect, percentRight, scoreAttempt, TIMED_OUT } from '~/quiz/practice/score'
import { makeQuestion } from '../../builders'

const q = makeQuestion({ answer: 1 })

describe('isCorrect', () => {
  it.each([
    [1, true],
    [0, false],
    [2, false],
    [null, false],
  ])('answer %j is correct: %j', (answer, expected) => {
    expect(isCorrect(q, answer)).toBe(expected)
  })
})

describe('scoreAttempt', () => {
  it.each([
    { answers: [1, 1, 1], correct: 3, answered: 3, percent: 100 },
    { answers: [1, 0, 2], correct: 1, answered: 3, percent: 33 },
    { answers: [0, 0, 0], correct: 0, answered: 3, percent: 0 },
    { answers: [1, null, null], correct: 1, answered: 1, percent: 33 },
    { answers: [], correct: 0, answered: 0, percent: 0 },
  ])('scores $answers as $correct right', ({ answers, correct, answered, percent }) => {
    expect(scoreAttempt([q, q, q], answers)).toEqual({ correct, answered, total: 3, percent })
  })

  it('scores an empty quiz as zero, not NaN', () => {
    expect(scoreAttempt([], [])).toEqual({ correct: 0, answered: 0, total: 0, percent: 0 })
  })
})

describe('challengePoints', () => {
  it.each([
    [[1, 1, 1], 100 + 120 + 140],
    [[1, 0, 1], 100 + 100],
    [[-1, 1, 1], 100 + 120],
    [[0, 0, 0], 0],
    [[null, 1, null], 100],
  ])('scores answers %j as %i points', (answers, points) => {
    expect(challengePoints([q, q, q], answers)).toBe(points)
  })

  it('never counts a timeout as right', () => {
    expect(isCorrect(q, TIMED_OUT)).toBe(false)
  })
})

describe('percentRight', () => {
  it.each([[0, 0, 0], [0, 5, 0], [2, 3, 66], [5, 5, 100], [199, 200, 99]])('of %i right of %i is %i', (correct, total, percent) => {
    expect(percentRight(correct, total)).toBe(percent)
  })
})
