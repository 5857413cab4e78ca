import { onBeforeUnmount, ref } from 'vue'

/**
 * The browser's speech synthesis, where it can speak: `supported` is true once it has a voice.
 * Chromium and Firefox on Linux have the API but often no voice at all, and a button that reads
 * nothing would be a dead control. Voices may arrive late (Chromium lists them only after
 * `voiceschanged`).
 */
export function useSpeech() {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null
  const supported = ref(false)
  const speaking = ref(false)

  const checkVoices = () => {
    supported.value = synth !== null && synth.getVoices().length > 0
  }
  checkVoices()
  synth?.addEventListener?.('voiceschanged', checkVoices)

  function stop() {
    synth?.cancel()
    speaking.value = false
  }

  function speak(text: string) {
    if (!supported.value || synth === null)
      return
    stop()
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = 'en'
    utterance.onend = utterance.onerror = () => {
      speaking.value = false
    }
    speaking.value = true
    synth.speak(utterance)
  }

  /** Reads `text`, or stops if already reading: one button does both. */
  function toggle(text: string) {
    if (speaking.value)
      stop()
    else
      speak(text)
  }

  onBeforeUnmount(() => {
    stop()
    synth?.removeEventListener?.('voiceschanged', checkVoices)
  })
  return { supported, speaking, speak, stop, toggle }
}
