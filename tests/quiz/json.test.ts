import { describe, expect, it } from 'vitest'
import { sameData } from '~/quiz/json'

describe('sameData', () => {
  it.each([
    [{ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: [] }, { a: {} }, false],
    [null, {}, false],
    ['1', 1, false],
    [[1], [1, 2], false],
    [[1, 2], [1, 3], false],
    [{ a: 1, b: 2 }, { a: 1, b: 3 }, false],
    [[1], { 0: 1, length: 1 }, false],
    [1, 2, false],
    [true, false, false],
    [{}, 0, false],
    [[], {}, false],
    [{ a: 1 }, { b: 1 }, false],
    // An own "__proto__" key (as JSON.parse makes) is data, not the prototype of the other side.
    [JSON.parse('{"__proto__":{}}'), { x: {} }, false],
    [JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":1}}'), true],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameData(a, b)).toBe(same)
    expect(sameData(b, a)).toBe(same)
  })
})
