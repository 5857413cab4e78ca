import { onBeforeUnmount, ref } from 'vue'

/** The browser's speech synthesis, where it exists: `supported` is false elsewhere. */
export function useSpeech() {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null
  const supported = synth !== null && typeof SpeechSynthesisUtterance !== 'undefined'
  const speaking = ref(false)

  function stop() {
    synth?.cancel()
    speaking.value = false
  }

  function speak(text: string) {
    if (!supported || synth === null)
      return
    stop()
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = 'en'
    utterance.onend = () => {
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

  onBeforeUnmount(stop)
  return { supported, speaking, speak, stop, toggle }
}
