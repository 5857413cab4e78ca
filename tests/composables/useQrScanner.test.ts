import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { cameraProblem, useQrScanner } from '~/composables/useQrScanner'

function mountScanner() {
  let api: ReturnType<typeof useQrScanner> | undefined
  const onText = vi.fn()
  const wrapper = mount(defineComponent({
    setup() {
      const video = ref<HTMLVideoElement | null>(null)
      api = useQrScanner(video, onText)
      return () => h('video', { ref: video })
    },
  }))
  return { wrapper, api: api!, onText }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const NOT_ALLOWED = 'The camera was not allowed. Allow it in the browser’s site settings, or paste the codes instead.'
const NO_CAMERA = 'No camera was found on this device. Paste the codes instead.'
const BUSY = 'The camera is busy in another app. Close it there and try again, or paste the codes instead.'
const UNKNOWN = 'The camera could not be started. Paste the codes instead.'

describe('cameraProblem', () => {
  it.each([
    ['NotAllowedError', NOT_ALLOWED],
    ['SecurityError', NOT_ALLOWED],
    ['NotFoundError', NO_CAMERA],
    ['OverconstrainedError', NO_CAMERA],
    ['NotReadableError', BUSY],
    ['AbortError', UNKNOWN],
  ])('explains %s', (name, text) => {
    expect(cameraProblem(new DOMException('x', name))).toBe(text)
  })

  it.each([
    ['a thrown string', 'NotAllowedError'],
    ['nothing', undefined],
  ])('falls back to the general message for %s', (_, thrown) => {
    expect(cameraProblem(thrown)).toBe(UNKNOWN)
  })
})

describe('useQrScanner', () => {
  it('says the camera cannot be used where the browser has no media devices', async () => {
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent })
    const { api, wrapper, onText } = mountScanner()
    await api.start()
    expect(api.problem.value).toBe('This browser cannot use the camera here. Paste the codes instead.')
    expect(api.scanning.value).toBe(false)
    expect(onText).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('says why when the camera is refused, and does not scan', async () => {
    const getUserMedia = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    })
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent, mediaDevices: { getUserMedia } })
    const { api, wrapper } = mountScanner()
    await api.start()
    await flushPromises()
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false })
    expect(api.problem.value).toBe(NOT_ALLOWED)
    expect(api.scanning.value).toBe(false)
    wrapper.unmount()
  })
})
