import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Attempt } from '../quiz/saved'
import { addAttempt, bestAttempt, readHistory } from '../quiz/saved'
import { useNoticesStore } from './notices'
import { loadKey, saveKey, STORAGE_KEYS } from './storage'

/** Finished attempts, newest first, kept on the device. */
export const useHistoryStore = defineStore('history', () => {
  const notices = useNoticesStore()
  const loaded = loadKey(STORAGE_KEYS.history, readHistory, new Date())
  if (loaded.problem !== null)
    notices.add(loaded.problem)

  const attempts = ref<Attempt[]>(loaded.data ?? [])
  const best = computed(() => bestAttempt(attempts.value))

  function record(attempt: Attempt) {
    attempts.value = addAttempt(attempts.value, attempt)
    if (!saveKey(STORAGE_KEYS.history, attempts.value))
      notices.add('Your result could not be saved on this device (storage is full or blocked). It stays until you close the app.')
  }

  /** Replaces every attempt (an import, or a reset with []); `false` if it could not be saved. */
  function replaceAll(next: Attempt[]): boolean {
    attempts.value = next
    return saveKey(STORAGE_KEYS.history, next)
  }

  function find(id: string): Attempt | null {
    return attempts.value.find(a => a.id === id) ?? null
  }

  function $reset() {
    attempts.value = []
  }

  return { attempts, best, record, replaceAll, find, $reset }
})
