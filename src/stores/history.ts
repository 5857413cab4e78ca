import type { PreparedWrite } from '~/persistence/useSyncedKey'
import type { Attempt } from '~/quiz/practice/attempt'
import { defineStore } from 'pinia'
import { computed, toRaw } from 'vue'
import { STORAGE_KEYS } from '~/persistence/keys'
import { useSyncedKey } from '~/persistence/useSyncedKey'
import { addAttempt, historyFullness, mergeHistory, readHistory } from '~/quiz/practice/history'
import { summariseHistory } from '~/quiz/practice/stats'
import { EXPORT_LINK, useNoticesStore } from './notices'

/** Finished attempts, newest first, kept on the device and shared with other tabs. */
export const useHistoryStore = defineStore('history', () => {
  const notices = useNoticesStore()
  const synced = useSyncedKey<Attempt[]>({
    key: STORAGE_KEYS.history,
    read: readHistory,
    merge: mergeHistory,
    empty: () => [],
    notSaved: 'Your result could not be saved on this device (storage is full or blocked). It stays until you close the app.',
    clearedByReset: true,
  })
  const attempts = synced.value
  /**
   * Worked out once for every screen until the history changes. Read raw: a history is replaced
   * whole, never changed in place, and at the cap a proxy for each of 500 attempts and thousands
   * of questions cost more than the figures themselves.
   */
  const summary = computed(() => summariseHistory(toRaw(attempts.value)))
  const best = computed(() => summary.value.best)
  /** What was last said of how full the history is: each thing is said once while the app is open. */
  let told: string | null = null

  function tellFullness() {
    const text = historyFullness(attempts.value.length)
    if (text !== null && text !== told)
      notices.add(text, EXPORT_LINK)
    told = text
  }

  /** Adds a finished attempt; `false` if it could not be saved (it is kept in memory, and the user told). */
  function record(attempt: Attempt): boolean {
    const saved = synced.update(history => addAttempt(history, attempt))
    tellFullness()
    return saved
  }

  /** `record` as one part of a change across keys (a finished quiz's, written all together). */
  function prepareRecord(attempt: Attempt): PreparedWrite {
    const prepared = synced.prepare(history => addAttempt(history, attempt))
    return {
      write: prepared.write,
      commit: (saved) => {
        prepared.commit(saved)
        tellFullness()
      },
    }
  }

  /** Adds the attempts of a copy kept aside to the history; `false` if not saved. */
  function restore(kept: readonly Attempt[]): boolean {
    const saved = synced.update(history => mergeHistory(history, kept))
    tellFullness()
    return saved
  }

  /** Replaces every attempt (an import); `false` if it could not be saved. */
  function replaceAll(next: Attempt[]): boolean {
    return synced.replace(next)
  }

  /** Clears every attempt, as one part of a reset written all together. */
  function prepareClear(): PreparedWrite {
    return synced.prepare(() => [])
  }

  function find(id: string): Attempt | null {
    return attempts.value.find(a => a.id === id) ?? null
  }

  function $reset() {
    attempts.value = []
  }

  return { attempts, summary, best, record, prepareRecord, restore, replaceAll, prepareClear, find, $reset }
})
