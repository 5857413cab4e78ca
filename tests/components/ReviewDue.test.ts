import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReviewDue from '~/components/ReviewDue.vue'
import { queryAllByRole } from './by-role'

describe('reviewDue', () => {
  it.each([
    [0, 'Nothing is due for review today.', 0],
    [1, '1 question is due for review.', 1],
    [7, '7 questions are due for review.', 1],
  ])('%i due: says "%s" and offers %i button', (due, words, buttons) => {
    const wrapper = mount(ReviewDue, { props: { due } })
    expect(wrapper.text()).toContain(words)
    expect(queryAllByRole(wrapper, 'button', 'Review now')).toHaveLength(buttons)
  })

  it('asks for a review when the button is pressed', async () => {
    const wrapper = mount(ReviewDue, { props: { due: 2 } })
    await queryAllByRole(wrapper, 'button', 'Review now')[0]!.trigger('click')
    expect(wrapper.emitted('review')).toEqual([[]])
  })
})
