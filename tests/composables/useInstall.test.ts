import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useInstall } from '~/composables/useInstall'

function mountInstall() {
  let api: ReturnType<typeof useInstall> | undefined
  const wrapper = mount(defineComponent({
    setup() {
      api = useInstall()
      return () => h('div')
    },
  }))
  return { wrapper, api: api! }
}

function promptEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>, userChoice: Promise<{ outcome: string }> }
  event.prompt = vi.fn(async () => {})
  event.userChoice = Promise.resolve({ outcome })
  return event
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useInstall', () => {
  it('offers nothing until the browser says the app can be installed', () => {
    const { api, wrapper } = mountInstall()
    expect(api.offer.value).toBeNull()
    wrapper.unmount()
  })

  it.each([
    ['accepted', null],
    ['dismissed', 'button'],
  ] as const)('keeps the prompt for a button, and after "%s" offers %j', async (outcome, after) => {
    const { api, wrapper } = mountInstall()
    const event = promptEvent(outcome)
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(api.offer.value).toBe('button')
    await api.install()
    expect(event.prompt).toHaveBeenCalledOnce()
    expect(api.offer.value).toBe(after)
    wrapper.unmount()
  })

  it('hides the offer once installed', () => {
    const { api, wrapper } = mountInstall()
    window.dispatchEvent(promptEvent('dismissed'))
    window.dispatchEvent(new Event('appinstalled'))
    expect(api.offer.value).toBeNull()
    wrapper.unmount()
  })

  it('gives instructions on iOS Safari, and nothing when already on the home screen', () => {
    vi.stubGlobal('navigator', { ...navigator, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1' })
    const ios = mountInstall()
    expect(ios.api.offer.value).toBe('ios-safari')
    ios.wrapper.unmount()
    vi.stubGlobal('navigator', { ...navigator, standalone: true })
    const installed = mountInstall()
    expect(installed.api.offer.value).toBeNull()
    installed.wrapper.unmount()
  })
})
