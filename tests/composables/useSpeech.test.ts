import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useSpeech } from '~/composables/useSpeech'
import { installSpeech, removeSpeech } from '../fake-speech'

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

afterEach(removeSpeech)

describe('useSpeech', () => {
  it('is not supported where the browser has no speech synthesis', () => {
    // Make sure the window has none, whatever the test environment provides.
    removeSpeech()
    const { api, wrapper } = mountSpeech()
    expect(api.supported.value).toBe(false)
    api.speak('hello')
    expect(api.speaking.value).toBe(false)
    wrapper.unmount()
  })

  // Chromium and Firefox on Linux without speech-dispatcher: the API, and not one voice.
  it('is not supported while the synthesis has no voice, and is once one is listed', async () => {
    const speech = installSpeech(0)
    const { api } = mountSpeech()
    expect(api.supported.value).toBe(false)
    api.speak('hello')
    expect(speech.spoken).toEqual([])
    speech.setVoices(2)
    await nextTick()
    expect(api.supported.value).toBe(true)
  })

  it('speaks the text, and stops on request and on leaving', () => {
    const { spoken, synth } = installSpeech()
    const { api, wrapper } = mountSpeech()
    expect(api.supported.value).toBe(true)
    api.speak('Who is Dorothy Shea?')
    expect(spoken).toEqual(['Who is Dorothy Shea?'])
    expect(api.speaking.value).toBe(true)
    api.stop()
    expect(api.speaking.value).toBe(false)
    wrapper.unmount()
    expect(synth.cancel).toHaveBeenCalledTimes(3)
  })

  it('is no longer speaking when the synthesis fails', () => {
    const speech = installSpeech()
    const { api } = mountSpeech()
    api.speak('Who is Dorothy Shea?')
    expect(api.speaking.value).toBe(true)
    speech.fail()
    expect(api.speaking.value).toBe(false)
  })

  it('toggles: reads when quiet, stops when reading', () => {
    const { spoken } = installSpeech()
    const { api } = mountSpeech()
    api.toggle('Who is Dorothy Shea?')
    expect(spoken).toEqual(['Who is Dorothy Shea?'])
    expect(api.speaking.value).toBe(true)
    api.toggle('Who is Dorothy Shea?')
    expect(spoken).toHaveLength(1)
    expect(api.speaking.value).toBe(false)
    api.toggle('Again?')
    expect(spoken).toEqual(['Who is Dorothy Shea?', 'Again?'])
  })
})
