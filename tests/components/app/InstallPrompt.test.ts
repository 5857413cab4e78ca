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

  it.each([
    ['ios-safari', ['tap Share (the square with an arrow), then Add to Home Screen']],
    ['ios-other', ['browser\'s Share menu', 'Add to Home Screen']],
    ['ios-open-in-safari', ['Open this page in Safari', 'Add to Home Screen', 'iOS 16.4']],
  ] as const)('gives the steps for %s, with no button', (offer, steps) => {
    const wrapper = mount(InstallPrompt, { props: { offer }, attachTo })
    for (const step of steps)
      expect(wrapper.text()).toContain(step)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows nothing when there is nothing to offer', () => {
    const wrapper = mount(InstallPrompt, { props: { offer: null }, attachTo })
    expect(wrapper.text()).toBe('')
  })
})
