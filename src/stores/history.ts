import type { Attempt } from '~/quiz/practice/attempt'
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { STORAGE_KEYS } from '~/persistence/keys'
import { useSyncedKey } from '~/persistence/useSyncedKey'
import { addAttempt, mergeHistory, readHistory } from '~/quiz/practice/history'
import { bestAttempt } from '~/quiz/practice/stats'

/** Finished attempts, newest first, kept on the device and shared with other tabs. */
export const useHistoryStore = defineStore('history', () => {
  const synced = useSyncedKey<Attempt[]>({
    key: STORAGE_KEYS.history,
    read: readHistory,
    merge: mergeHistory,
    empty: () => [],
    notSaved: 'Your result could not be saved on this device (storage is full or blocked). It stays until you close the app.',
  })
  const attempts = synced.value
  const best = computed(() => bestAttempt(attempts.value))

  /** Adds a finished attempt; `false` if it could not be saved (it is kept in memory, and the user told). */
  function record(attempt: Attempt): boolean {
    return synced.update(history => addAttempt(history, attempt))
  }

  /** Replaces every attempt (an import, or a reset with []); `false` if it could not be saved. */
  function replaceAll(next: Attempt[]): boolean {
    return synced.replace(next)
  }

  function find(id: string): Attempt | null {
    return attempts.value.find(a => a.id === id) ?? null
  }

  function $reset() {
    attempts.value = []
  }

  return { attempts, best, record, replaceAll, find, $reset }
})
