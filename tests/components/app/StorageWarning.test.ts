import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import StorageWarning from '~/components/app/StorageWarning.vue'

enableAutoUnmount(afterEach)

function show(addToHomeScreen: boolean) {
  return mount(StorageWarning, { props: { addToHomeScreen }, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } })
}

describe('storageWarning', () => {
  it('says where progress is kept, that it may be cleared, and both remedies', () => {
    const wrapper = show(true)
    expect(screen.getByRole('region', { name: 'Keep your progress' })).toBeDefined()
    expect(wrapper.text()).toContain('kept only on this device')
    expect(wrapper.text()).toContain('after a week without a visit')
    expect(wrapper.text()).toContain('add Quorum to your Home Screen')
    expect(wrapper.findComponent(RouterLinkStub).props('to')).toBe('/data')
  })

  it('offers only the export where the browser cannot add to the Home Screen', () => {
    const wrapper = show(false)
    expect(wrapper.text()).not.toContain('Home Screen')
    expect(wrapper.text()).toContain('export them from')
  })

  it('"Got it" dismisses it', async () => {
    const wrapper = show(true)
    await fireEvent.click(screen.getByRole('button', { name: 'Got it' }))
    expect(wrapper.emitted('dismiss')).toEqual([[]])
  })
})
