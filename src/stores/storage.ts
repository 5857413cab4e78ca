import type { KeyWrite } from '~/persistence/device-storage'
import type { StorageKey } from '~/persistence/keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { BLOCKED_NOTICE, DeviceStorage, READ_ONLY_NOTICE } from '~/persistence/device-storage'
import { STORAGE_KEYS } from '~/persistence/keys'
import { readFlag, readTime } from '~/quiz/saved/envelope'
import { EXPORT_LINK, useNoticesStore } from './notices'

/**
 * The device's storage, through which every store reads and writes its key: whether storage is
 * read-only (told once, whichever store notices first), the copies still to be kept aside, and
 * the keys that are the storage's own: whether persistent storage has been asked for, whether
 * the student has read that the browser may clear it, and when they last reset their data.
 */
export const useStorageStore = defineStore('storage', () => {
  const notices = useNoticesStore()
  let device = new DeviceStorage()
  /** Whether a newer version's data is stored, as of the last read or write. */
  const readOnly = ref(false)

  function refresh() {
    readOnly.value = device.isReadOnly()
  }

  /** Tells the user of a problem with stored data; one that kept a copy aside links to where it can be restored. */
  function tell(problem: string) {
    notices.add(problem, problem === READ_ONLY_NOTICE || problem === BLOCKED_NOTICE ? null : EXPORT_LINK)
  }

  /** One key's data, or null; problems reading it are told to the user. */
  function load<T>(key: StorageKey, read: (raw: string | null) => ReadResult<T>): T | null {
    const loaded = device.load(key, read, new Date())
    loaded.problems.forEach(tell)
    refresh()
    return loaded.data
  }

  /** Writes one key; `false` when it was not written (refused, blocked or read-only). */
  function save(key: StorageKey, data: unknown): boolean {
    const saved = device.save(key, data)
    refresh()
    return saved
  }

  /** Writes several keys all together, or none of them: see DeviceStorage.saveAll. */
  function saveAll(writes: readonly KeyWrite[]): boolean {
    const saved = device.saveAll(writes)
    refresh()
    return saved
  }

  /** When the student last reset their data, as stored now; null if never. */
  function resetAt(): string | null {
    return load(STORAGE_KEYS.resetAt, readTime)
  }

  /**
   * Writes a reset's `writes` (every key it clears) and notes the time of the reset, all together
   * or none: a tab whose copy of the data is older than the reset then writes none of it back.
   */
  function saveReset(writes: readonly KeyWrite[]): boolean {
    return saveAll([...writes, { key: STORAGE_KEYS.resetAt, data: new Date().toISOString() }])
  }

  /** Every copy kept aside, newest first. */
  function keptCopies() {
    return device.keptCopies()
  }

  /** The stored text of one copy kept aside, or null. */
  function keptCopyText(name: string): string | null {
    return device.keptCopyText(name)
  }

  /** Removes one key; `false` when it could not be. */
  function remove(key: StorageKey): boolean {
    const removed = device.remove(key)
    refresh()
    return removed
  }

  /** Tells the user why a write did not happen; `fallback` is the message for a refused write. */
  function notSaved(fallback: string) {
    refresh()
    notices.add(readOnly.value ? READ_ONLY_NOTICE : fallback)
  }

  device.renameKeys(new Date()).forEach(tell)
  const persistRequested = ref(load(STORAGE_KEYS.persistRequested, readFlag) === true)

  /**
   * Claims the one request for persistent storage a device makes: true, and noted, the first
   * time; false once it has been asked for, here or in another tab.
   */
  function claimPersistRequest(): boolean {
    const before = load(STORAGE_KEYS.persistRequested, readFlag) === true
    persistRequested.value = true
    if (!before)
      save(STORAGE_KEYS.persistRequested, true)
    return !before
  }

  const storageWarned = ref(load(STORAGE_KEYS.storageWarned, readFlag) === true)

  /** Notes that the student has read the warning that unused storage may be cleared. */
  function markStorageWarned() {
    storageWarned.value = true
    save(STORAGE_KEYS.storageWarned, true)
  }

  function $reset() {
    device = new DeviceStorage()
    refresh()
  }

  return { readOnly, persistRequested, storageWarned, load, save, saveAll, resetAt, saveReset, remove, keptCopies, keptCopyText, notSaved, refresh, claimPersistRequest, markStorageWarned, $reset }
})
