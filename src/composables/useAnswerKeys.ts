import { optionForKey } from '~/quiz/options'
import { useKeydown } from './useKeydown'

export interface AnswerKeyActions {
  /** How many options the question on screen has; null when there is no question. */
  optionCount: () => number | null
  answered: () => boolean
  answer: (option: number) => void
  next: () => void
}

/**
 * The quiz screen's keys: 1–9 or A–I answer (as far as there are options), then Enter goes on
 * from anywhere. Keys held with Alt, Ctrl or Meta are left to the browser, and Enter on a button
 * or a link keeps its own meaning.
 */
export function useAnswerKeys({ optionCount, answered, answer, next }: AnswerKeyActions) {
  useKeydown((event) => {
    const count = optionCount()
    if (event.altKey || event.ctrlKey || event.metaKey || count === null)
      return
    if (!answered()) {
      const option = optionForKey(event.key, count)
      if (option !== null) {
        event.preventDefault()
        answer(option)
      }
      return
    }
    const onControl = event.target instanceof Element && event.target.closest('button, a') !== null
    if (event.key === 'Enter' && !onControl) {
      event.preventDefault()
      next()
    }
  })
}
