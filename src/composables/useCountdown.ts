import { onBeforeUnmount, ref } from 'vue'

/** A whole-second countdown that calls `onExpire` once at zero; restart it for each question. */
export function useCountdown(onExpire: () => void) {
  const left = ref<number | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null

  function stop() {
    if (timer !== null)
      clearInterval(timer)
    timer = null
  }

  function start(seconds: number) {
    stop()
    left.value = seconds
    timer = setInterval(() => {
      left.value = Math.max(0, (left.value ?? 0) - 1)
      if (left.value === 0) {
        stop()
        onExpire()
      }
    }, 1000)
  }

  function clear() {
    stop()
    left.value = null
  }

  onBeforeUnmount(stop)
  return { left, start, stop, clear }
}
