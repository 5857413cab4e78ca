import type { Ref } from 'vue'
import type { KeyWrite } from './device-storage'
import type { StorageKey } from './keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import { ref } from 'vue'
import { sameData } from '~/quiz/json'
import { useStorageStore } from '~/stores/storage'
import { STORAGE_KEYS } from './keys'
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
  /**
   * Whether "Delete all data" clears this key. A reset then wins over stale copies: memory that
   * this tab held before a reset it has not taken on yet is dropped, never merged back.
   */
  clearedByReset?: boolean
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
export function useSyncedKey<T>({ key, read, merge, empty, notSaved, clearedByReset = false }: SyncedKeyOptions<T>) {
  const storage = useStorageStore()

  function load(): T | null {
    return storage.load(key, read)
  }

  /** The last reset as stored now (null if never, or if a reset does not clear this key). */
  function lastReset(): string | null {
    return clearedByReset ? storage.resetAt() : null
  }

  const value = ref(load() ?? empty()) as Ref<T>
  /** The last reset that memory has taken on. */
  let basis = lastReset()
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

  /** Memory merged with `stored`; only `stored` when memory is older than the last reset, `reset`. */
  function joined(stored: T | null, reset: string | null): T {
    if (reset !== basis)
      return stored ?? empty()
    return stored === null ? value.value : merge(stored, value.value)
  }

  /** Takes on `next` as memory, built on the last reset `reset`. */
  function take(next: T, reset: string | null) {
    value.value = next
    basis = reset
  }

  /** `change` applied to memory merged with what is stored now, and whether that changes nothing. */
  function plan(change: (current: T) => T): { next: T, reset: string | null, unchanged: boolean } {
    const stored = load()
    const reset = lastReset()
    const base = joined(stored, reset)
    const next = change(base)
    return { next, reset, unchanged: !unsaved && next === base && sameData(base, stored ?? empty()) }
  }

  /**
   * Applies `change` to memory merged with what is stored now, and writes the result unless
   * nothing changed. `false` when it could not be saved; memory has it either way.
   */
  function update(change: (current: T) => T): boolean {
    const { next, reset, unchanged } = plan(change)
    take(next, reset)
    return unchanged || write(true)
  }

  /**
   * `update(change)` as one part of a change across keys written all together
   * (storage.saveAll): `write` is this key's part, and `commit` takes the outcome, putting the
   * change in memory either way.
   */
  function prepare(change: (current: T) => T): PreparedWrite {
    const { next, reset } = plan(change)
    return {
      write: { key, data: next },
      commit: (saved) => {
        take(next, reset)
        settle(saved)
      },
    }
  }

  /** Replaces memory and storage (an import, or a reset): no merge. `false` if not saved. */
  function replace(next: T): boolean {
    take(next, lastReset())
    return write(false)
  }

  useStorageEvent(clearedByReset ? [key, STORAGE_KEYS.resetAt] : [key], () => {
    const stored = load()
    const reset = lastReset()
    const recent = unsaved || Date.now() - wroteAt < SETTLE_MS
    if (storage.readOnly || recent) {
      const merged = joined(stored, reset)
      take(merged, reset)
      if (recent && !sameData(merged, stored ?? empty()))
        write(true)
    }
    else {
      take(stored ?? empty(), reset)
    }
  })

  return { value, update, prepare, replace }
}
