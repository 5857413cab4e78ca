import { describe, expect, it } from 'vitest'
import { TIMED_OUT } from '~/quiz/practice/score'
import { judgeAnswer } from '~/quiz/practice/verdict'
import { makeQuestion } from '../../builders'

// Options France, United States, Ukraine.
const q = makeQuestion({ answer: 1 })

describe('judgeAnswer', () => {
  it.each([
    [1, 'correct', 'Correct.'],
    [0, 'wrong', 'Wrong. The answer is United States.'],
    [2, 'wrong', 'Wrong. The answer is United States.'],
    [TIMED_OUT, 'timed-out', 'Time is up. The answer is United States.'],
  ])('after answer %i: %s, "%s"', (chosen, kind, sentence) => {
    expect(judgeAnswer(q, chosen)).toEqual({ kind, sentence })
  })

  it.each([
    [0, 'France'],
    [2, 'Ukraine'],
  ])('names the key, wherever it is (key %i)', (answer, key) => {
    expect(judgeAnswer(makeQuestion({ answer }), 1).sentence).toBe(`Wrong. The answer is ${key}.`)
  })

  it('takes the key itself as correct when it is the first option', () => {
    expect(judgeAnswer(makeQuestion({ answer: 0 }), 0).kind).toBe('correct')
  })
})
