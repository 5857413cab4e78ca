import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import InstallPrompt from '~/components/app/InstallPrompt.vue'

enableAutoUnmount(afterEach)
const attachTo = document.body

describe('installPrompt', () => {
  it('offers an Install button where the browser can install', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: 'button' }, attachTo })
    fireEvent.click(screen.getByRole('button', { name: 'Install Quorum' }))
    expect(wrapper.emitted('install')).toHaveLength(1)
  })

  it('gives Share, then Add to Home Screen, on iOS', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: 'ios' }, attachTo })
    expect(wrapper.text()).toContain('tap Share')
    expect(wrapper.text()).toContain('then Add to Home Screen')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows nothing when there is nothing to offer', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: null }, attachTo })
    expect(wrapper.text()).toBe('')
  })
})
