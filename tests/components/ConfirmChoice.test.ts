import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ConfirmChoice from '~/components/ConfirmChoice.vue'

enableAutoUnmount(afterEach)

const props = { message: 'Start a new quiz? Your unfinished quiz will be lost.', yes: 'Yes, start a new quiz', no: 'No, keep it' }

describe('confirmChoice', () => {
  it.each([
    ['Yes, start a new quiz', 'confirm'],
    ['No, keep it', 'cancel'],
  ])('"%s" emits %s', (name, event) => {
    const wrapper = mount(ConfirmChoice, { props, attachTo: document.body })
    expect(screen.getByRole('group', { name: 'Start a new quiz? Your unfinished quiz will be lost.' })).toBeDefined()
    fireEvent.click(screen.getByRole('button', { name }))
    expect(Object.keys(wrapper.emitted())).toContain(event)
  })

  it('moves focus to "Yes" so the choice is in reach of the keyboard', () => {
    mount(ConfirmChoice, { props, attachTo: document.body })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, start a new quiz' }))
  })
})
