import { describe, expect, it } from 'vitest'
import { optionForKey, optionLetter, spokenQuestion } from '~/quiz/options'

describe('optionForKey', () => {
  it.each([
    ['1', 3, 0],
    ['3', 3, 2],
    ['4', 3, null],
    ['4', 4, 3],
    ['a', 3, 0],
    ['A', 3, 0],
    ['c', 3, 2],
    ['D', 4, 3],
    ['d', 3, null],
    ['0', 3, null],
    ['Enter', 3, null],
    ['ArrowDown', 4, null],
    ['', 3, null],
    ['12', 20, null],
    ['Ba', 9, null],
  ])('key %j with %i options picks %j', (key, count, index) => {
    expect(optionForKey(key, count)).toBe(index)
  })
})

describe('optionLetter', () => {
  it.each([[0, 'A'], [1, 'B'], [3, 'D'], [25, 'Z'], [26, ''], [-1, ''], [1.5, '']])('option %j is %j', (i, letter) => {
    expect(optionLetter(i)).toBe(letter)
  })
})

describe('spokenQuestion', () => {
  it.each([
    ['Who?', ['France', 'United States', 'Ukraine'], 'Who? A: France. B: United States. C: Ukraine.'],
    ['How many votes?', ['9', '7', '15', '10'], 'How many votes? A: 9. B: 7. C: 15. D: 10.'],
    ['Alone?', [], 'Alone?'],
  ])('reads %j with options %j as %j', (prompt, options, spoken) => {
    expect(spokenQuestion(prompt, options)).toBe(spoken)
  })
})
