import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ConfirmButton from '~/components/ConfirmButton.vue'
import { getByRole, queryAllByRole } from './by-role'

enableAutoUnmount(afterEach)

const props = { label: 'Reset all progress', message: 'Clear everything?', yes: 'Yes, clear everything', no: 'No, keep it', tone: 'danger' as const }

function mountButton() {
  return mount(ConfirmButton, { props, attachTo: document.body })
}

describe('confirmButton', () => {
  it('asks first, with "yes" in reach of the keyboard', async () => {
    const wrapper = mountButton()
    expect(queryAllByRole(wrapper, 'group')).toHaveLength(0)
    await getByRole(wrapper, 'button', 'Reset all progress').trigger('click')
    expect(getByRole(wrapper, 'group', 'Clear everything?').classes()).toContain('danger')
    expect(queryAllByRole(wrapper, 'button', 'Reset all progress')).toHaveLength(0)
    expect(document.activeElement).toBe(getByRole(wrapper, 'button', 'Yes, clear everything').element)
    expect(wrapper.emitted('confirm')).toBeUndefined()
  })

  it('emits confirm once on "yes", and shows the button again', async () => {
    const wrapper = mountButton()
    await getByRole(wrapper, 'button', 'Reset all progress').trigger('click')
    await getByRole(wrapper, 'button', 'Yes, clear everything').trigger('click')
    expect(wrapper.emitted('confirm')).toEqual([[]])
    expect(queryAllByRole(wrapper, 'group')).toHaveLength(0)
    expect(getByRole(wrapper, 'button', 'Reset all progress')).toBeDefined()
  })

  it('emits nothing on "no", and shows the button again', async () => {
    const wrapper = mountButton()
    await getByRole(wrapper, 'button', 'Reset all progress').trigger('click')
    await getByRole(wrapper, 'button', 'No, keep it').trigger('click')
    expect(wrapper.emitted('confirm')).toBeUndefined()
    expect(getByRole(wrapper, 'button', 'Reset all progress')).toBeDefined()
  })
})
