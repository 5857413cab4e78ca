import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ReviewDue from '~/components/progress/ReviewDue.vue'

enableAutoUnmount(afterEach)
const attachTo = document.body

describe('reviewDue', () => {
  it.each([
    [0, 'Nothing is due for review today.', 0],
    [1, '1 question is due for review.', 1],
    [7, '7 questions are due for review.', 1],
  ])('%i due: says "%s" and offers %i button', (due, words, buttons) => {
    const wrapper = mount(ReviewDue, { props: { due }, attachTo })
    expect(wrapper.text()).toContain(words)
    expect(screen.queryAllByRole('button', { name: 'Review now' })).toHaveLength(buttons)
  })

  it('asks for a review when the button is pressed', () => {
    const wrapper = mount(ReviewDue, { props: { due: 2 }, attachTo })
    fireEvent.click(screen.getByRole('button', { name: 'Review now' }))
    expect(wrapper.emitted('review')).toEqual([[]])
  })
})
