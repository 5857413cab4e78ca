import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import MasteryChart from '~/components/progress/MasteryChart.vue'

enableAutoUnmount(afterEach)

const ROWS = [
  { topic: 'vote', title: 'The vote', seen: 20, mastered: 10, total: 40 },
  { topic: 'people', title: 'People', seen: 0, mastered: 0, total: 8 },
]

function mountChart() {
  return mount(MasteryChart, { props: { rows: ROWS }, attachTo: document.body })
}

describe('masteryChart', () => {
  it('says each topic’s numbers in words, in a figure named by its caption', () => {
    mountChart()
    const figure = screen.getByRole('figure', { name: 'Each topic’s facts: mastered, in review, not yet met' })
    // The legend is for the eye: each row says what it shows.
    expect(within(figure).getAllByRole('listitem').map(li => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'The vote: 10 of 40 facts mastered, 10 in review, 20 not yet met',
      'People: 0 of 8 facts mastered, 0 in review, 8 not yet met',
    ])
  })

  it('draws the parts end to end, mastered solid, in review striped, the rest empty', () => {
    const wrapper = mountChart()
    const bar = wrapper.findAll('svg.bar')[0]!
    expect(bar.attributes('aria-hidden')).toBe('true')
    const part = (name: string) => bar.get(`rect.${name}`)
    expect([part('mastered').attributes('width'), part('review').attributes('x'), part('review').attributes('width')]).toEqual(['25%', '25%', '25%'])
    expect(part('unseen').attributes('width')).toBe('100%')
    // Stripes, not just another colour: the review part is filled with this chart's pattern.
    const fill = part('review').attributes('fill')!
    expect(wrapper.find(`pattern[id="${fill.slice(5, -1)}"]`).exists()).toBe(true)
    expect(part('mastered').attributes('fill')).toBeUndefined()
    // The legend shows the same three fills, each with its name.
    expect(wrapper.findAll('.legend li').map(li => [li.text(), li.get('rect').attributes('fill') ?? li.get('rect').classes()[0]])).toEqual([
      ['Mastered', 'mastered'],
      ['In review', fill],
      ['Not yet met', 'unseen'],
    ])
  })
})
