import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import EmptyScreen from '~/components/EmptyScreen.vue'

enableAutoUnmount(afterEach)

describe('emptyScreen', () => {
  it('says what is missing and why, offers the way home, and can take focus', () => {
    const wrapper = mount(EmptyScreen, {
      props: { title: 'Result not found', text: 'This result is not saved on this device.' },
      global: { stubs: { RouterLink: RouterLinkStub } },
      attachTo: document.body,
    })
    const heading = screen.getByRole('heading', { level: 1, name: 'Result not found' })
    expect(screen.getByText('This result is not saved on this device.')).toBeDefined()
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe('/')
    expect(wrapper.getComponent(RouterLinkStub).text()).toBe('Go home')
    ;(wrapper.vm as unknown as { focus: () => void }).focus()
    expect(document.activeElement).toBe(heading)
  })
})
