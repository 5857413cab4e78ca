import { vi } from 'vitest'

/**
 * Gives the window a speech synthesis with `voices` voices, recording what it is asked to say.
 * `setVoices` changes the voices and fires `voiceschanged`, as Chromium does once it lists them;
 * `fail` ends the utterance being spoken with an error. Undo with `removeSpeech`.
 */
export function installSpeech(voices = 1) {
  const spoken: string[] = []
  let list: object[] = Array.from({ length: voices }, () => ({}))
  const listeners = new Set<() => void>()
  let current: { onerror: (() => void) | null } | null = null
  const synth = {
    speak: vi.fn((u: { text: string, onerror: (() => void) | null }) => {
      spoken.push(u.text)
      current = u
    }),
    cancel: vi.fn(),
    getVoices: () => list,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  vi.stubGlobal('SpeechSynthesisUtterance', class {
    lang = ''
    onend: (() => void) | null = null
    onerror: (() => void) | null = null
    constructor(readonly text: string) {}
  })
  return {
    spoken,
    synth,
    setVoices(n: number) {
      list = Array.from({ length: n }, () => ({}))
      listeners.forEach(f => f())
    },
    fail() {
      current?.onerror?.()
    },
  }
}

export function removeSpeech(): void {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis
  vi.unstubAllGlobals()
}
