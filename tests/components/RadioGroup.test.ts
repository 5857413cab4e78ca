import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import RadioGroup from '~/components/RadioGroup.vue'

enableAutoUnmount(afterEach)

const options = [{ value: 5, label: '5 questions' }, { value: 10, label: '10 questions', hint: 'the usual' }]

describe('radioGroup', () => {
  it('is a named group of radio buttons, the chosen one checked, a hint in the name', () => {
    mount(RadioGroup<number>, { props: { legend: 'Length', name: 'count', options, modelValue: 10 }, attachTo: document.body })
    const group = screen.getByRole('group', { name: 'Length' })
    expect(group).toBeDefined()
    expect((screen.getByRole('radio', { name: '5 questions' }) as HTMLInputElement).checked).toBe(false)
    expect((screen.getByRole('radio', { name: '10 questions (the usual)' }) as HTMLInputElement).checked).toBe(true)
  })

  it('emits the value of the option chosen', () => {
    const wrapper = mount(RadioGroup<number>, { props: { legend: 'Length', name: 'count', options, modelValue: 10 }, attachTo: document.body })
    fireEvent.click(screen.getByRole('radio', { name: '5 questions' }))
    expect(wrapper.emitted('update:modelValue')).toEqual([[5]])
  })
})
