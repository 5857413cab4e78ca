import { describe, expect, it } from 'vitest'
import { median } from '~/quiz/numbers'

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[0], 0],
    [[3, 1, 2], 2],
    [[1, 2], 1.5],
    [[4, 1, 3, 2], 2.5],
    [[10, 2, 38, 23, 38, 23, 21], 23],
    [[-5, -1, -3], -3],
    [[100, 66, 66, 33], 66],
    [[0.25, 0.75], 0.5],
  ])('of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('sorts by value, not as text', () => {
    expect(median([9, 10, 100])).toBe(10)
  })

  it('leaves the values it is given in their order', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})
