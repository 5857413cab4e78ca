import { onMounted, ref } from 'vue'
import { useStorageStore } from '~/stores/storage'

/**
 * What the browser says about this app's storage: whether it is persistent (safe from automatic
 * clearing) and how much is used. Persistence is asked for once, after the first finished quiz.
 */
export function useStorageInfo() {
  const storage = useStorageStore()
  const supported = typeof navigator !== 'undefined' && navigator.storage !== undefined
  const persisted = ref<boolean | null>(null)
  const usage = ref<number | null>(null)
  const quota = ref<number | null>(null)

  async function refresh() {
    if (!supported)
      return
    persisted.value = await navigator.storage.persisted?.() ?? null
    const estimate = await navigator.storage.estimate?.()
    usage.value = estimate?.usage ?? null
    quota.value = estimate?.quota ?? null
  }

  /** Asks once per device; browsers may grant silently, ask the user, or refuse. */
  async function requestOnce(): Promise<void> {
    if (!supported || navigator.storage.persist === undefined)
      return
    if (!storage.claimPersistRequest())
      return
    persisted.value = await navigator.storage.persist()
  }

  onMounted(refresh)
  return { supported, persisted, usage, quota, refresh, requestOnce }
}
