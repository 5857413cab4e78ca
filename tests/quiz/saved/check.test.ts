import { describe, expect, it } from 'vitest'
import { checkAttempts } from '~/quiz/practice/history'
import { checkValue } from '~/quiz/saved/check'
import { makeAttempt } from '../../builders'

describe('checkValue', () => {
  it('gives the value, or the reason it does not check out', () => {
    expect(checkValue(checkAttempts, [makeAttempt()], 'history')).toEqual({ ok: true, value: [makeAttempt()] })
    expect(checkValue(checkAttempts, [{}], 'history')).toEqual({ ok: false, reason: 'history[0].finishedAt should be a string' })
    expect(checkValue(() => {
      throw new RangeError('boom')
    }, null, 'x')).toEqual({ ok: false, reason: 'it could not be read' })
  })
})
