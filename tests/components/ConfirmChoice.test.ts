import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ConfirmChoice from '~/components/ConfirmChoice.vue'
import { getByRole } from './by-role'

const props = { message: 'Start a new quiz? Your unfinished quiz will be lost.', yes: 'Yes, start a new quiz', no: 'No, keep it' }

describe('confirmChoice', () => {
  it.each([
    ['Yes, start a new quiz', 'confirm'],
    ['No, keep it', 'cancel'],
  ])('"%s" emits %s', async (name, event) => {
    const wrapper = mount(ConfirmChoice, { props })
    expect(getByRole(wrapper, 'group', 'Start a new quiz? Your unfinished quiz will be lost.')).toBeDefined()
    await getByRole(wrapper, 'button', name).trigger('click')
    expect(Object.keys(wrapper.emitted())).toContain(event)
  })

  it('moves focus to "Yes" so the choice is in reach of the keyboard', () => {
    const wrapper = mount(ConfirmChoice, { props, attachTo: document.body })
    expect(document.activeElement?.textContent?.trim()).toBe('Yes, start a new quiz')
    wrapper.unmount()
  })
})
