import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ConfirmButton from '~/components/ConfirmButton.vue'

enableAutoUnmount(afterEach)

const props = { label: 'Reset all progress', message: 'Clear everything?', yes: 'Yes, clear everything', no: 'No, keep it', tone: 'danger' as const }

function mountButton() {
  return mount(ConfirmButton, { props, attachTo: document.body })
}

describe('confirmButton', () => {
  it('asks first, with "yes" in reach of the keyboard', async () => {
    const wrapper = mountButton()
    expect(screen.queryByRole('group')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    expect(screen.getByRole('group', { name: 'Clear everything?' }).classList).toContain('danger')
    expect(screen.queryByRole('button', { name: 'Reset all progress' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, clear everything' }))
    expect(wrapper.emitted('confirm')).toBeUndefined()
  })

  it('emits confirm once on "yes", and shows the button again', async () => {
    const wrapper = mountButton()
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }))
    await nextTick()
    expect(wrapper.emitted('confirm')).toEqual([[]])
    expect(screen.queryByRole('group')).toBeNull()
    expect(screen.getByRole('button', { name: 'Reset all progress' })).toBeDefined()
  })

  it('emits nothing on "no", and shows the button again', async () => {
    const wrapper = mountButton()
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }))
    await nextTick()
    expect(wrapper.emitted('confirm')).toBeUndefined()
    expect(screen.getByRole('button', { name: 'Reset all progress' })).toBeDefined()
  })
})
