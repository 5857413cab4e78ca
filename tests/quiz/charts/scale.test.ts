import { describe, expect, it } from 'vitest'
import { countTicks, round1, yOf } from '~/quiz/charts/scale'

const BOX = { x: 10, y: 20, width: 200, height: 100 }

describe('countTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 2, 4, 6]],
    [7, [0, 2, 4, 6, 8]],
    [8, [0, 2, 4, 6, 8]],
    [9, [0, 5, 10]],
    [10, [0, 5, 10]],
    [21, [0, 10, 20, 30]],
    [30, [0, 10, 20, 30]],
    [41, [0, 20, 40, 60]],
    [120, [0, 50, 100, 150]],
    [500, [0, 200, 400, 600]],
  ])('marks counts up to %i at %j', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks)
  })

  it.each([
    [7, 2, [0, 5, 10]],
    [7, 7, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('marks %i in at most %i steps as %j', (max, intervals, ticks) => {
    expect(countTicks(max, intervals)).toEqual(ticks)
  })
})

describe('yOf', () => {
  it.each([
    [0, 10, 120],
    [10, 10, 20],
    [5, 10, 70],
    [1, 3, 86.7],
    // Out of range stays on the axis; an axis of no height puts everything at 0.
    [-2, 10, 120],
    [12, 10, 20],
    [5, 0, 120],
  ])('puts %d of 0…%d at y = %d', (value, top, y) => {
    expect(yOf(value, top, BOX)).toBe(y)
  })
})

describe('round1', () => {
  it.each([[1.04, 1], [1.05, 1.1], [-0.04, 0], [33.333, 33.3]])('rounds %d to %d', (n, r) => {
    expect(Object.is(round1(n), r)).toBe(true)
  })
})
