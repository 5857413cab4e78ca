import type { Ref } from 'vue'
import type { StorageKey } from './keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import { ref } from 'vue'
import { sameData } from '~/quiz/json'
import { useStorageStore } from '~/stores/storage'
import { useStorageEvent } from './useStorageEvent'

/**
 * How long after its own write a tab keeps what it has when another tab writes. Browsers give
 * each tab's process its own copy of localStorage, brought up to date a moment after another
 * tab writes, so two tabs writing at once may each have missed the other's value: for a short
 * while a tab merges instead of taking the other's value whole, and writes the merge back.
 */
export const SETTLE_MS = 2000

export interface SyncedKeyOptions<T> {
  key: StorageKey
  read: (raw: string | null) => ReadResult<T>
  /** Joins another tab's stored value with this tab's (mergeHistory, mergeDecks, mergeClasses). */
  merge: (stored: T, mine: T) => T
  empty: () => T
  /** What the user is told when a write is refused. */
  notSaved: string
}

/**
 * One storage key held in a store and shared with other tabs. Every write first re-reads the key
 * and merges it with memory, so a result another tab saved a moment ago is kept; another tab's
 * write reaches this one through the `storage` event. For use inside a setup store.
 */
export function useSyncedKey<T>({ key, read, merge, empty, notSaved }: SyncedKeyOptions<T>) {
  const storage = useStorageStore()

  function load(): T | null {
    return storage.load(key, read)
  }

  const value = ref(load() ?? empty()) as Ref<T>
  /** Memory holds what the device does not: the last write was refused. */
  let unsaved = false
  let wroteAt = Number.NEGATIVE_INFINITY

  function write(tell: boolean): boolean {
    const saved = storage.save(key, value.value)
    unsaved = !saved
    if (saved)
      wroteAt = Date.now()
    else if (tell)
      storage.notSaved(notSaved)
    return saved
  }

  /**
   * Applies `change` to memory merged with what is stored now, and writes the result unless
   * nothing changed. `false` when it could not be saved; memory has it either way.
   */
  function update(change: (current: T) => T): boolean {
    const stored = load()
    const base = stored === null ? value.value : merge(stored, value.value)
    const next = change(base)
    value.value = next
    if (!unsaved && next === base && sameData(base, stored ?? empty()))
      return true
    return write(true)
  }

  /** Replaces memory and storage (an import, or a reset): no merge. `false` if not saved. */
  function replace(next: T): boolean {
    value.value = next
    return write(false)
  }

  useStorageEvent([key], () => {
    const stored = load()
    const recent = unsaved || Date.now() - wroteAt < SETTLE_MS
    if (storage.readOnly || recent) {
      const merged = stored === null ? value.value : merge(stored, value.value)
      value.value = merged
      if (recent && !sameData(merged, stored ?? empty()))
        write(true)
    }
    else {
      value.value = stored ?? empty()
    }
  })

  return { value, update, replace }
}
