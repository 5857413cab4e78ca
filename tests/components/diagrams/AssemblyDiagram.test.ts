import type { AssemblyScenario } from '~/quiz/diagrams/types'
import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AssemblyDiagram from '~/components/diagrams/AssemblyDiagram.vue'

enableAutoUnmount(afterEach)

function draw(yes: number, no: number, abstain: number, majority: AssemblyScenario['majority']) {
  return mount(AssemblyDiagram, { props: { scenario: { body: 'assembly', yes, no, abstain, majority } }, attachTo: document.body })
}

describe('assemblyDiagram', () => {
  it('gives ES-11/7 as a figure: the result, why, and every count as text', () => {
    draw(93, 18, 65, 'two-thirds')
    const figure = screen.getByRole('figure', { name: 'General Assembly, 193 members: adopted' })
    expect(figure.textContent).toContain('93 yes votes of the 111 present and voting reach two-thirds (74 needed), so it is adopted')
    expect(figure.textContent).toContain('(UN Charter, Article 18(2))')
    const votes = within(figure).getByRole('list', { name: 'Votes' })
    expect(within(votes).getAllByRole('listitem').map(li => li.textContent?.trim())).toEqual(['Yes: 93', 'No: 18', 'Abstain: 65', 'Not voting: 17'])
  })

  it('brackets those present and voting and draws the line where the majority falls', () => {
    const wrapper = draw(93, 18, 65, 'two-thirds')
    expect(wrapper.get('svg').text()).toContain('Present and voting: 111')
    expect(wrapper.get('svg').text()).toContain('two-thirds of 111: 74 yes needed')
    expect(Number(wrapper.get('line.threshold').attributes('x1'))).toBeCloseTo(10 + 320 * 74 / 193, 1)
  })

  it('draws no line when the question asked who is voting', () => {
    const wrapper = draw(93, 18, 65, null)
    expect(wrapper.find('line.threshold').exists()).toBe(false)
    expect(screen.getByRole('figure', { name: 'General Assembly, 193 members: who is present and voting' })).toBeDefined()
  })

  it('says when the counts add up to more than 193', () => {
    draw(100, 50, 50, 'simple')
    expect(screen.getByRole('alert').textContent).toContain('more than the 193 members')
    expect(screen.queryByRole('figure')).toBeNull()
  })
})
