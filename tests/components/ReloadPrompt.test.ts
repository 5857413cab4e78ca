import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReloadPrompt from '~/components/ReloadPrompt.vue'
import { getByRole } from './by-role'

describe('reloadPrompt', () => {
  it('is an alert that says a new version is ready', () => {
    expect(getByRole(mount(ReloadPrompt), 'alert').text()).toContain('A new version of Quorum is ready.')
  })

  it.each([
    ['Update now', 'reload', 'dismiss'],
    ['Later', 'dismiss', 'reload'],
  ] as const)('"%s" emits %s and nothing else', async (button, emitted, other) => {
    const prompt = mount(ReloadPrompt)
    await getByRole(prompt, 'button', button).trigger('click')
    expect(prompt.emitted(emitted)).toEqual([[]])
    expect(prompt.emitted(other)).toBeUndefined()
  })
})
