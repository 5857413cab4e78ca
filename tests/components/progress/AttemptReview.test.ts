import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AttemptReview from '~/components/progress/AttemptReview.vue'
import { makeAttempt } from '../../builders'

enableAutoUnmount(afterEach)

function reviewItems(attempt = makeAttempt()) {
  mount(AttemptReview, { props: { attempt }, attachTo: document.body })
  return screen.getAllByRole('listitem').map(li => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
}

describe('attemptReview', () => {
  it('lists every question, numbered for screen readers, with its prompt', () => {
    const items = reviewItems()
    expect(items).toHaveLength(2)
    expect(items[0]).toMatch(/^Question 1: P1\?/)
    expect(items[1]).toMatch(/^Question 2: P2\?/)
  })

  it.each([
    ['a right answer', 0, '✓ Right. Your answer: United States.'],
    ['a wrong answer, with the key', 1, '✗ Wrong. Your answer: France. Correct answer: United States.'],
  ])('shows %s in words', (_, index, text) => {
    expect(reviewItems()[index]).toContain(text)
  })

  it('does not repeat the key after a right answer', () => {
    expect(reviewItems()[0]).not.toContain('Correct answer')
  })

  it('says "none" for a question left unanswered', () => {
    const attempt = makeAttempt({
      correct: 0,
      total: 1,
      questions: [{ id: 'q-1', prompt: 'P1?', chosen: null, key: 'United States', correct: false }],
    })
    const items = reviewItems(attempt)
    expect(items).toHaveLength(1)
    expect(items[0]).toContain('✗ Wrong. Your answer: none. Correct answer: United States.')
  })
})
