import type { Slide, SlideAction } from '~/quiz/classroom/projector'
import { describe, expect, it } from 'vitest'
import { FIRST_SLIDE, slideActionForKey, stepSlide } from '~/quiz/classroom/projector'

const s = (index: number, revealed: boolean): Slide => ({ index, revealed })

describe('stepSlide', () => {
  it.each<[Slide, SlideAction, number, Slide]>([
    [s(0, false), 'forward', 3, s(0, true)],
    [s(0, true), 'forward', 3, s(1, false)],
    [s(2, false), 'forward', 3, s(2, true)],
    [s(2, true), 'forward', 3, s(2, true)],
    [s(1, true), 'back', 3, s(1, false)],
    [s(1, false), 'back', 3, s(0, true)],
    [s(0, false), 'back', 3, s(0, false)],
    [s(1, false), 'reveal', 3, s(1, true)],
    [s(1, true), 'reveal', 3, s(1, true)],
    [s(2, true), 'first', 3, FIRST_SLIDE],
    [s(0, true), 'last', 3, s(2, false)],
    [s(0, false), 'last', 0, s(0, false)],
    [s(0, true), 'forward', 1, s(0, true)],
  ])('%j then %s with %i questions is %j', (slide, action, count, next) => {
    expect(stepSlide(slide, action, count)).toEqual(next)
  })

  it('walks a whole quiz forward and back to the start', () => {
    let slide = FIRST_SLIDE
    const seen: string[] = []
    for (let i = 0; i < 6; i++) {
      slide = stepSlide(slide, 'forward', 3)
      seen.push(`${slide.index}${slide.revealed ? 'r' : ''}`)
    }
    expect(seen).toEqual(['0r', '1', '1r', '2', '2r', '2r'])
    for (let i = 0; i < 6; i++)
      slide = stepSlide(slide, 'back', 3)
    expect(slide).toEqual(FIRST_SLIDE)
  })
})

describe('slideActionForKey', () => {
  it.each([
    ['ArrowRight', 'forward'],
    ['ArrowDown', 'forward'],
    ['PageDown', 'forward'],
    [' ', 'forward'],
    ['Enter', 'forward'],
    ['ArrowLeft', 'back'],
    ['ArrowUp', 'back'],
    ['PageUp', 'back'],
    ['Backspace', 'back'],
    ['r', 'reveal'],
    ['R', 'reveal'],
    ['Home', 'first'],
    ['End', 'last'],
    ['a', null],
    ['Tab', null],
    ['Escape', null],
  ])('%j is %j', (key, action) => {
    expect(slideActionForKey(key)).toBe(action)
  })
})
