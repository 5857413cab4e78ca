import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useSpeech } from '~/composables/useSpeech'

function mountSpeech() {
  let api: ReturnType<typeof useSpeech> | undefined
  const wrapper = mount(defineComponent({
    setup() {
      api = useSpeech()
      return () => h('div')
    },
  }))
  return { wrapper, api: api! }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useSpeech', () => {
  it('is not supported where the browser has no speech synthesis', () => {
    // Make sure the window has none, whatever the test environment provides.
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    const { api, wrapper } = mountSpeech()
    expect(api.supported).toBe(false)
    api.speak('hello')
    expect(api.speaking.value).toBe(false)
    wrapper.unmount()
  })

  it('speaks the text, and stops on request and on leaving', () => {
    const spoken: string[] = []
    const synth = { speak: vi.fn((u: { text: string }) => spoken.push(u.text)), cancel: vi.fn() }
    vi.stubGlobal('speechSynthesis', synth)
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    class FakeUtterance {
      lang = ''
      onend: (() => void) | null = null
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
    const { api, wrapper } = mountSpeech()
    expect(api.supported).toBe(true)
    api.speak('Who is Dorothy Shea?')
    expect(spoken).toEqual(['Who is Dorothy Shea?'])
    expect(api.speaking.value).toBe(true)
    api.stop()
    expect(api.speaking.value).toBe(false)
    wrapper.unmount()
    expect(synth.cancel).toHaveBeenCalledTimes(3)
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
  })

  it('toggles: reads when quiet, stops when reading', () => {
    const spoken: string[] = []
    const synth = { speak: vi.fn((u: { text: string }) => spoken.push(u.text)), cancel: vi.fn() }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      lang = ''
      onend: (() => void) | null = null
      constructor(readonly text: string) {}
    })
    const { api } = mountSpeech()
    api.toggle('Who is Dorothy Shea?')
    expect(spoken).toEqual(['Who is Dorothy Shea?'])
    expect(api.speaking.value).toBe(true)
    api.toggle('Who is Dorothy Shea?')
    expect(spoken).toHaveLength(1)
    expect(api.speaking.value).toBe(false)
    api.toggle('Again?')
    expect(spoken).toEqual(['Who is Dorothy Shea?', 'Again?'])
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
  })
})
