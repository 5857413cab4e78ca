/**
 * The class screen: one question at a time, its answer revealed when the teacher chooses. A
 * presentation clicker sends arrow keys or Page Up/Down, so "forward" first reveals the answer
 * and then moves on, and "back" steps back the same way.
 */

export interface Slide {
  /** The question on screen. */
  index: number
  /** Whether its answer and explanation are showing. */
  revealed: boolean
}

export type SlideAction = 'forward' | 'back' | 'reveal' | 'first' | 'last'

export const FIRST_SLIDE: Slide = { index: 0, revealed: false }

export function stepSlide(slide: Slide, action: SlideAction, count: number): Slide {
  const last = Math.max(0, count - 1)
  switch (action) {
    case 'reveal':
      return { index: slide.index, revealed: true }
    case 'forward':
      if (!slide.revealed)
        return { index: slide.index, revealed: true }
      return slide.index < last ? { index: slide.index + 1, revealed: false } : slide
    case 'back':
      if (slide.revealed)
        return { index: slide.index, revealed: false }
      return slide.index > 0 ? { index: slide.index - 1, revealed: true } : slide
    case 'first':
      return FIRST_SLIDE
    case 'last':
      return { index: last, revealed: false }
  }
}

/** What a key or clicker button does on the class screen, or `null` to leave the key alone. */
export function slideActionForKey(key: string): SlideAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'forward'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'back'
    case 'r':
    case 'R':
      return 'reveal'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    default:
      return null
  }
}
