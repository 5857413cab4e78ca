import type { Ref } from 'vue'
import type { KeyWrite } from './device-storage'
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

/** One key's part of a change written across keys; see `prepare`. */
export interface PreparedWrite {
  write: KeyWrite
  commit: (saved: boolean) => void
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

  function settle(saved: boolean) {
    unsaved = !saved
    if (saved)
      wroteAt = Date.now()
  }

  function write(tell: boolean): boolean {
    const saved = storage.save(key, value.value)
    settle(saved)
    if (!saved && tell)
      storage.notSaved(notSaved)
    return saved
  }

  /** `change` applied to memory merged with what is stored now, and whether that changes nothing. */
  function plan(change: (current: T) => T): { next: T, unchanged: boolean } {
    const stored = load()
    const base = stored === null ? value.value : merge(stored, value.value)
    const next = change(base)
    return { next, unchanged: !unsaved && next === base && sameData(base, stored ?? empty()) }
  }

  /**
   * Applies `change` to memory merged with what is stored now, and writes the result unless
   * nothing changed. `false` when it could not be saved; memory has it either way.
   */
  function update(change: (current: T) => T): boolean {
    const { next, unchanged } = plan(change)
    value.value = next
    return unchanged || write(true)
  }

  /**
   * `update(change)` as one part of a change across keys written all together
   * (storage.saveAll): `write` is this key's part, and `commit` takes the outcome, putting the
   * change in memory either way.
   */
  function prepare(change: (current: T) => T): PreparedWrite {
    const { next } = plan(change)
    return {
      write: { key, data: next },
      commit: (saved) => {
        value.value = next
        settle(saved)
      },
    }
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

  return { value, update, prepare, replace }
}
