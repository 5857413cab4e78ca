import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ReloadPrompt from '~/components/app/ReloadPrompt.vue'

enableAutoUnmount(afterEach)
const attachTo = document.body

describe('reloadPrompt', () => {
  it('is an alert that says a new version is ready', () => {
    mount(ReloadPrompt, { attachTo })
    expect(screen.getByRole('alert').textContent).toContain('A new version of Quorum is ready.')
  })

  it.each([
    ['Update now', 'reload', 'dismiss'],
    ['Later', 'dismiss', 'reload'],
  ] as const)('"%s" emits %s and nothing else', (button, emitted, other) => {
    const prompt = mount(ReloadPrompt, { attachTo })
    fireEvent.click(screen.getByRole('button', { name: button }))
    expect(prompt.emitted(emitted)).toEqual([[]])
    expect(prompt.emitted(other)).toBeUndefined()
  })
})
