import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TopicProgress from '~/components/TopicProgress.vue'
import { queryAllByRole } from './by-role'

describe('topicProgress', () => {
  it.each([
    [{ topic: 'vote', title: 'The vote', seen: 0, mastered: 0, total: 40 }, 'The vote: 0 of 40 facts mastered', 0],
    [{ topic: 'vote', title: 'The vote', seen: 5, mastered: 2, total: 40 }, 'The vote: 2 of 40 facts mastered, 3 more in review', 2],
    [{ topic: 'people', title: 'People', seen: 3, mastered: 3, total: 3 }, 'People: 3 of 3 facts mastered', 3],
  ])('shows %j in words and as a labelled bar', (row, words, value) => {
    const wrapper = mount(TopicProgress, { props: { rows: [row] } })
    const bars = queryAllByRole(wrapper, 'progressbar', words)
    expect(bars).toHaveLength(1)
    expect(Number(bars[0]!.attributes('value'))).toBe(value)
    expect(Number(bars[0]!.attributes('max'))).toBe(row.total)
  })
})
