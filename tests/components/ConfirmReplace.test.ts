import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ConfirmReplace from '../../src/components/ConfirmReplace.vue'
import { getByRole } from './by-role'

describe('ConfirmReplace', () => {
  it.each([
    ['Yes, start a new quiz', 'confirm'],
    ['No, keep it', 'cancel'],
  ])('"%s" emits %s', async (name, event) => {
    const wrapper = mount(ConfirmReplace)
    expect(getByRole(wrapper, 'group', 'Start a new quiz? The quiz in progress will be lost.')).toBeDefined()
    await getByRole(wrapper, 'button', name).trigger('click')
    expect(Object.keys(wrapper.emitted())).toContain(event)
  })

  it('moves focus to "Yes" so the choice is in reach of the keyboard', () => {
    const wrapper = mount(ConfirmReplace, { attachTo: document.body })
    expect(document.activeElement?.textContent?.trim()).toBe('Yes, start a new quiz')
    wrapper.unmount()
  })
})
