import type { AssemblyScenario } from '~/quiz/diagrams/types'
import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AssemblyLab from '~/components/lab/AssemblyLab.vue'

enableAutoUnmount(afterEach)

const ES_11_7: AssemblyScenario = { body: 'assembly', yes: 93, no: 18, abstain: 65, majority: 'two-thirds' }

function open(scenario = ES_11_7) {
  return mount(AssemblyLab, { props: { scenario }, attachTo: document.body })
}

describe('assemblyLab', () => {
  it('shows the counts as number inputs and the members left over as not voting', () => {
    const wrapper = open()
    expect(screen.getByRole('spinbutton', { name: 'Yes' })).toHaveProperty('value', '93')
    expect(screen.getByRole('spinbutton', { name: 'Abstain' })).toHaveProperty('value', '65')
    expect(wrapper.get('.rest').text()).toBe('Not voting: 17 (of 193 members)')
  })

  it.each([
    ['120', { yes: 120 }],
    ['0', { yes: 0 }],
  ])('sends a count of %s out', async (value, change) => {
    const wrapper = open()
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'Yes' }), { target: { value } })
    expect(wrapper.emitted('change')![0]).toEqual([{ ...ES_11_7, ...change }])
  })

  it.each(['', '-3', '194', '2.5'])('sends nothing for %j', async (value) => {
    const wrapper = open()
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'No' }), { target: { value } })
    expect(wrapper.emitted('change')).toBeUndefined()
  })

  it('sends a change of majority out', async () => {
    const wrapper = open()
    await fireEvent.change(screen.getByRole('combobox', { name: 'The question' }), { target: { value: 'simple' } })
    expect(wrapper.emitted('change')![0]).toEqual([{ ...ES_11_7, majority: 'simple' }])
  })
})
