import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ChoiceSelect from '~/components/ChoiceSelect.vue'

enableAutoUnmount(afterEach)

const OPTIONS = [{ value: 'a', label: 'Alpha' }, { value: 'b', label: 'Beta' }]

describe('choiceSelect', () => {
  it('is a select named by its label, showing the chosen option', () => {
    mount(ChoiceSelect, { props: { label: 'Letter', options: OPTIONS, modelValue: 'b' }, attachTo: document.body })
    const select = screen.getByRole('combobox', { name: 'Letter' }) as HTMLSelectElement
    expect(select.value).toBe('b')
    expect([...select.options].map(o => o.textContent)).toEqual(['Alpha', 'Beta'])
  })

  it('sends the new choice out', async () => {
    const wrapper = mount(ChoiceSelect, { props: { label: 'Letter', options: OPTIONS, modelValue: 'b' }, attachTo: document.body })
    await fireEvent.change(screen.getByRole('combobox', { name: 'Letter' }), { target: { value: 'a' } })
    expect(wrapper.emitted('update:modelValue')).toEqual([['a']])
  })
})
