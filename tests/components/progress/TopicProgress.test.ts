import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TopicProgress from '~/components/progress/TopicProgress.vue'

enableAutoUnmount(afterEach)

describe('topicProgress', () => {
  it.each([
    [{ topic: 'vote', title: 'The vote', seen: 0, mastered: 0, total: 40 }, 'The vote: 0 of 40 facts mastered', 0],
    [{ topic: 'vote', title: 'The vote', seen: 5, mastered: 2, total: 40 }, 'The vote: 2 of 40 facts mastered, 3 more in review', 2],
    [{ topic: 'people', title: 'People', seen: 3, mastered: 3, total: 3 }, 'People: 3 of 3 facts mastered', 3],
  ])('shows %j in words and as a labelled bar', (row, words, value) => {
    mount(TopicProgress, { props: { rows: [row] }, attachTo: document.body })
    const bar = screen.getByRole('progressbar', { name: words })
    expect(Number(bar.getAttribute('value'))).toBe(value)
    expect(Number(bar.getAttribute('max'))).toBe(row.total)
  })
})
