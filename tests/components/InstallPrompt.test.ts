import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import InstallPrompt from '~/components/InstallPrompt.vue'
import { getByRole, queryAllByRole } from './by-role'

describe('installPrompt', () => {
  it('offers an Install button where the browser can install', async () => {
    const wrapper = mount(InstallPrompt, { props: { offer: 'button' } })
    await getByRole(wrapper, 'button', 'Install Quorum').trigger('click')
    expect(wrapper.emitted('install')).toHaveLength(1)
  })

  it('gives Share, then Add to Home Screen, on iOS', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: 'ios' } })
    expect(wrapper.text()).toContain('tap Share')
    expect(wrapper.text()).toContain('then Add to Home Screen')
    expect(queryAllByRole(wrapper, 'button')).toHaveLength(0)
  })

  it('shows nothing when there is nothing to offer', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: null } })
    expect(wrapper.text()).toBe('')
  })
})
