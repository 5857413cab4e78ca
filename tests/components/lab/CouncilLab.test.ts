import type { CouncilScenario } from '~/quiz/diagrams/types'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import CouncilLab from '~/components/lab/CouncilLab.vue'
import { PRESETS } from '~/quiz/diagrams/presets'

enableAutoUnmount(afterEach)

const amendment = PRESETS.find(p => p.id === 'amendment-9')!.scenario as CouncilScenario

function open(scenario: CouncilScenario = amendment) {
  return mount(CouncilLab, { props: { scenario }, attachTo: document.body })
}

describe('councilLab', () => {
  it('offers each of the fifteen seats as a radio group of four votes', () => {
    open()
    const p1 = screen.getByRole('group', { name: 'Permanent member 1 (P1)' })
    expect(within(p1).getAllByRole('radio').map(r => r.getAttribute('value'))).toEqual(['yes', 'no', 'abstain', 'absent'])
    expect(within(p1).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true)
    expect(screen.getAllByRole('group', { name: /^(Permanent|Elected) member \d+/ })).toHaveLength(15)
  })

  it('leaves a vote the sources do not give unchecked, and says so', () => {
    open()
    const p2 = screen.getByRole('group', { name: 'Permanent member 2 (P2): not given in the sources' })
    expect(within(p2).getAllByRole('radio').filter(r => (r as HTMLInputElement).checked)).toEqual([])
  })

  it('sends the changed vote out, the other fourteen as they were', async () => {
    const wrapper = open()
    await fireEvent.click(within(screen.getByRole('group', { name: 'Permanent member 1 (P1)' })).getByRole('radio', { name: 'Abstain' }))
    const [changed] = wrapper.emitted('change')![0] as [CouncilScenario]
    expect(changed.seats).toEqual(['abstain', ...amendment.seats.slice(1)])
    expect(changed.substantive).toBe(true)
  })

  it('sends a change of matter out', async () => {
    const wrapper = open()
    await fireEvent.change(screen.getByRole('combobox', { name: 'The matter' }), { target: { value: 'procedural' } })
    expect((wrapper.emitted('change')![0] as [CouncilScenario])[0]).toEqual({ ...amendment, substantive: false })
  })

  it('shows the result with the diagram', () => {
    open()
    expect(screen.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' })).toBeDefined()
  })
})
