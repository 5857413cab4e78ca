import type { DistractorCount } from '~/quiz/classroom/distractors'
import { describe, expect, it } from 'vitest'
import { distractorCell, mostChosenSentence, mostChosenWrong } from '~/quiz/classroom/distractors'

const OPTIONS = ['France', 'United States', 'Ukraine', 'China']

describe('mostChosenWrong', () => {
  it.each<[string, number[], number, [number, number][]]>([
    ['nobody chose a wrong option', [0, 5, 0, 0], 1, []],
    ['nobody answered', [0, 0, 0, 0], 1, []],
    ['one wrong option ahead', [2, 5, 1, 0], 1, [[0, 2]]],
    ['a wrong option ahead of the key', [6, 5, 1, 0], 1, [[0, 6]]],
    // The regression: a tie used to name only the first option of it.
    ['two tied', [4, 3, 4, 1], 1, [[0, 4], [2, 4]]],
    ['three tied, one each', [1, 0, 1, 1], 1, [[0, 1], [2, 1], [3, 1]]],
    ['the key tied with a wrong option, which alone is named', [3, 3, 0, 1], 1, [[0, 3]]],
    ['a tie that includes the last option', [0, 2, 3, 3], 0, [[2, 3], [3, 3]]],
  ])('names %s', (_, counts, answer, expected) => {
    expect(mostChosenWrong(OPTIONS, counts, answer).map(d => [d.index, d.count])).toEqual(expected)
  })

  it('carries each option’s text', () => {
    expect(mostChosenWrong(OPTIONS, [4, 3, 4, 1], 1)).toEqual([
      { index: 0, text: 'France', count: 4 },
      { index: 2, text: 'Ukraine', count: 4 },
    ])
  })
})

const d = (index: number, count: number): DistractorCount => ({ index, text: OPTIONS[index]!, count })

describe('mostChosenSentence and distractorCell', () => {
  it.each<[string, DistractorCount[], string | null, string]>([
    ['none', [], null, 'none'],
    ['one, by one student', [d(0, 1)], 'Most chosen instead: “France”, by 1 student.', 'A: France (1)'],
    ['one, by several', [d(2, 4)], 'Most chosen instead: “Ukraine”, by 4 students.', 'C: Ukraine (4)'],
    ['a tie of two', [d(0, 4), d(2, 4)], 'Most chosen instead: “France” and “Ukraine”, 4 students each.', 'A: France and C: Ukraine (4 each)'],
    ['a tie of three, one each', [d(0, 1), d(2, 1), d(3, 1)], 'Most chosen instead: “France”, “Ukraine” and “China”, 1 student each.', 'A: France, C: Ukraine and D: China (1 each)'],
  ])('say %s', (_, distractors, sentence, cell) => {
    expect(mostChosenSentence(distractors)).toBe(sentence)
    expect(distractorCell(distractors)).toBe(cell)
  })
})
