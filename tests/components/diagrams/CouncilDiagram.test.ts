import type { CouncilScenario } from '~/quiz/diagrams/types'
import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import CouncilDiagram from '~/components/diagrams/CouncilDiagram.vue'
import { seatsOfVote } from '~/quiz/diagrams/council'

enableAutoUnmount(afterEach)

function council(yes: number, permanentNo: number, abstain: number, permanentAbstain = 0, unknown = 0): CouncilScenario {
  const seats = seatsOfVote({ yes, no: 0, permanentNo, abstain, permanentAbstain, substantive: true })!
  return { body: 'council', seats: seats.map((s, i) => (i >= 15 - unknown ? 'unknown' : s)), substantive: true }
}

function draw(scenario: CouncilScenario) {
  return mount(CouncilDiagram, { props: { scenario }, attachTo: document.body })
}

describe('councilDiagram', () => {
  it('names the figure by the outcome, says why with the article, and names the decisive vote', () => {
    draw(council(11, 1, 3))
    const figure = screen.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' })
    expect(figure.textContent).toContain('A permanent member voted no on a substantive matter: that no is a veto, though 11 members voted yes. (UN Charter, Article 27(3))')
    const votes = within(figure).getByRole('list', { name: 'Votes' })
    expect(within(votes).getAllByRole('listitem').map(li => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Decisive: P1’s no, a veto',
      '✓ Yes: 11',
      '✗ No: 1 (1 permanent)',
      '– Abstain: 3 (0 permanent)',
      '○ Absent: 0',
    ])
  })

  it('draws fifteen seats, rings the five permanent ones and the decisive one, and hides the drawing from screen readers', () => {
    const wrapper = draw(council(10, 0, 5, 2))
    expect(wrapper.findAll('g.seat')).toHaveLength(15)
    expect(wrapper.findAll('circle.ring')).toHaveLength(5)
    expect(wrapper.findAll('circle.decisive')).toHaveLength(1)
    expect(wrapper.findAll('g.seat.abstain.permanent')).toHaveLength(2)
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
    expect(wrapper.findAll('rect.slot.filled')).toHaveLength(9)
    expect(wrapper.text()).toContain('Decisive: E6’s yes, the ninth')
  })

  it('marks the missing ninth in the tally', () => {
    const wrapper = draw(council(8, 0, 7))
    expect(wrapper.findAll('rect.slot.filled')).toHaveLength(8)
    expect(wrapper.findAll('circle.decisive')).toHaveLength(0)
    expect(wrapper.get('svg').text()).toContain('9th missing')
    expect(wrapper.text()).toContain('Decisive: the ninth yes vote, missing')
  })

  it('counts the votes the sources do not give, and says so', () => {
    const wrapper = draw(council(11, 1, 3, 0, 3))
    expect(wrapper.text()).toContain('? Not given: 3')
    expect(wrapper.text()).toContain('whatever the 3 votes not given were')
  })
})
