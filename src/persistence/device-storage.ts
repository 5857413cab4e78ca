import type { KeptCopy, StorageKey } from './keys'
import type { ReadResult } from '~/quiz/saved/envelope'
import { envelopeSchema, SAVED_SCHEMA_VERSION, wrapEnvelope } from '~/quiz/saved/envelope'
import { backupKeyFor, parseBackupKey, RENAMED_KEYS, STORAGE_KEYS } from './keys'

export const READ_ONLY_NOTICE = 'Your data was saved by a newer version of Quorum. This version will not change it: reload the app while online to get the new version. Until then nothing you do here is saved.'
export const BLOCKED_NOTICE = 'This browser does not let Quorum use storage on this device (private browsing or a site setting can do that). You can go on, but nothing you do here is saved.'

export interface Loaded<T> {
  data: T | null
  /** What the user should be told: data that could not be used and where its copy went, read-only mode. */
  problems: string[]
}

/** The browser's storage; `blocked` when touching it throws (SecurityError), null when there is none. */
function browserStorage(): Storage | 'blocked' | null {
  try {
    return globalThis.localStorage ?? null
  }
  catch {
    return 'blocked'
  }
}

const EVERY_KEY: readonly string[] = [...Object.values(STORAGE_KEYS), ...RENAMED_KEYS.map(([from]) => from)]

/** Whether any key holds data of a newer schema than this build's. */
function newerIn(store: Storage): boolean {
  return EVERY_KEY.some(key => (envelopeSchema(store.getItem(key)) ?? 0) > SAVED_SCHEMA_VERSION)
}

/** One key's new data, or null to remove it. */
export interface KeyWrite {
  key: StorageKey
  data: unknown
}

/** Puts values back as they were, last written first; a value that cannot be put back stays as it is. */
function putBack(store: Storage, values: readonly [StorageKey, string | null][]): void {
  for (const [key, raw] of [...values].reverse()) {
    try {
      if (raw === null)
        store.removeItem(key)
      else
        store.setItem(key, raw)
    }
    catch {}
  }
}

/**
 * localStorage as Quorum uses it: one envelope per key, checked and migrated when read, with
 * every value it cannot use or must replace copied aside first. Owned by the storage store,
 * which makes one per app (and a fresh one on `$reset`).
 */
export class DeviceStorage {
  /**
   * Raw values that must be copied aside before anything overwrites them, because the copy could
   * not be written when they were read. Kept only while the stored value is still that one.
   */
  private readonly pendingBackups = new Map<StorageKey, { raw: string, backupKey: string }>()

  constructor(private readonly open: () => Storage | 'blocked' | null = browserStorage) {}

  /**
   * Whether any key holds data of a newer schema than this build's. Data across keys belong
   * together (a result and its review cards), so then nothing is written to any key. Asked
   * afresh each time: a tab of the new version may write at any moment.
   */
  isReadOnly(): boolean {
    const store = this.open()
    if (store === null || store === 'blocked')
      return false
    try {
      return newerIn(store)
    }
    catch {
      return false
    }
  }

  /** Writes one key in its envelope; `false`, writing nothing, when the browser refused or storage is read-only. */
  save(key: StorageKey, data: unknown): boolean {
    return this.saveAll([{ key, data }])
  }

  /**
   * Writes several keys as one change (`null` data removes a key): every one of them, or, when
   * any write is refused, none, the keys already written put back as they were. Data across keys
   * belong together: a finished quiz's result, its review answers and the end of its progress.
   */
  saveAll(writes: readonly KeyWrite[]): boolean {
    const store = this.open()
    if (store === null || store === 'blocked')
      return false
    const before: [StorageKey, string | null][] = []
    try {
      if (newerIn(store))
        return false
      // Removals first: they free room, and one that fails leaves nothing to undo.
      for (const { key, data } of [...writes.filter(w => w.data === null), ...writes.filter(w => w.data !== null)]) {
        before.push([key, store.getItem(key)])
        this.backUpPending(store, key)
        if (data === null)
          store.removeItem(key)
        else
          store.setItem(key, JSON.stringify(wrapEnvelope(data)))
      }
      return true
    }
    catch {
      putBack(store, before)
      return false
    }
  }

  /** Removes one key; `false` when it could not be (blocked, or read-only). */
  remove(key: StorageKey): boolean {
    const store = this.open()
    if (store === null)
      return true
    if (store === 'blocked')
      return false
    try {
      if (newerIn(store))
        return false
      this.backUpPending(store, key)
      store.removeItem(key)
      return true
    }
    catch {
      return false
    }
  }

  /**
   * Reads one key. Data of an older schema is copied aside under
   * `quorum:backup:<key>:schema-<n>:<time>` before the migrated data replaces it; if the copy cannot
   * be written the migrated data is used in memory only, and the stored value left as it was.
   * Data that does not check out is copied aside the same way before anything can overwrite it.
   * Data of a newer schema is never touched: storage goes read-only and the problem says why.
   */
  load<T>(key: StorageKey, read: (raw: string | null) => ReadResult<T>, now: Date): Loaded<T> {
    const store = this.open()
    if (store === null)
      return { data: null, problems: [] }
    if (store === 'blocked')
      return { data: null, problems: [BLOCKED_NOTICE] }
    let raw: string | null
    let readOnly: boolean
    try {
      raw = store.getItem(key)
      readOnly = newerIn(store)
    }
    catch {
      return { data: null, problems: [BLOCKED_NOTICE] }
    }
    this.pendingBackups.delete(key)
    const result = read(raw)
    const also = readOnly ? [READ_ONLY_NOTICE] : []
    if (result.status === 'empty' || result.status === 'newer' || raw === null)
      return { data: null, problems: also }
    if (result.status === 'ok') {
      if (result.migratedFrom !== undefined && !readOnly)
        this.replace(store, key, raw, result.data, backupKeyFor(key, now, result.migratedFrom))
      return { data: result.data, problems: also }
    }
    const data = result.status === 'partial' ? result.data : null
    const what = `Some saved data (${key}) could not be read because ${result.reason}.`
    if (readOnly)
      return { data, problems: [`${what} It was left in place untouched.`, ...also] }
    const backupKey = backupKeyFor(key, now, result.migratedFrom)
    if (!this.replace(store, key, raw, data, backupKey))
      return { data, problems: [`${what} It was left in place untouched, as there was no room to keep a copy.`] }
    return { data, problems: [`${what} A copy of it was kept as "${backupKey}".`] }
  }

  /** Every copy kept aside, newest first, with its length in characters. */
  keptCopies(): (KeptCopy & { length: number })[] {
    const store = this.open()
    if (store === null || store === 'blocked')
      return []
    try {
      return Object.keys(store)
        .map(parseBackupKey)
        .filter(copy => copy !== null)
        .map(copy => ({ ...copy, length: store.getItem(copy.name)?.length ?? 0 }))
        .sort((a, b) => (a.keptAt < b.keptAt ? 1 : a.keptAt > b.keptAt ? -1 : 0))
    }
    catch {
      return []
    }
  }

  /** The text of a copy kept aside; null when it is gone or storage cannot be read. */
  keptCopyText(name: string): string | null {
    const store = this.open()
    if (store === null || store === 'blocked' || parseBackupKey(name) === null)
      return null
    try {
      return store.getItem(name)
    }
    catch {
      return null
    }
  }

  /**
   * Moves each value an earlier version stored under a key's old name to its name now. A value
   * already under the new name wins; the old one is then copied aside, never dropped. Nothing
   * moves while storage is read-only. Returns what the user should be told.
   */
  renameKeys(now: Date): string[] {
    const store = this.open()
    if (store === null || store === 'blocked')
      return []
    try {
      if (newerIn(store))
        return []
      const problems: string[] = []
      for (const [from, to] of RENAMED_KEYS) {
        const raw = store.getItem(from)
        if (raw === null)
          continue
        const target = store.getItem(to) === null ? to : backupKeyFor(from, now)
        store.setItem(target, raw)
        store.removeItem(from)
        if (target !== to)
          problems.push(`An older version of Quorum saved data as "${from}" while this version had its own: this version's is kept, and the older one was kept as "${target}".`)
      }
      return problems
    }
    catch {
      // No room or no access: the old key stays as it was, and is tried again next start.
      return []
    }
  }

  /** Copies aside a raw value that could not be copied when read, if it is still there; throws if it still cannot be. */
  private backUpPending(store: Storage, key: StorageKey): void {
    const pending = this.pendingBackups.get(key)
    if (pending === undefined)
      return
    if (store.getItem(key) === pending.raw)
      store.setItem(pending.backupKey, pending.raw)
    this.pendingBackups.delete(key)
  }

  /**
   * Copies `raw` aside, then puts `data` in its place (or removes it, for null). False when the
   * copy could not be written: then nothing changed, and the copy is made before any later write.
   */
  private replace(store: Storage, key: StorageKey, raw: string, data: unknown, backupKey: string): boolean {
    try {
      store.setItem(backupKey, raw)
    }
    catch {
      this.pendingBackups.set(key, { raw, backupKey })
      return false
    }
    if (data === null)
      this.remove(key)
    else
      this.save(key, data)
    return true
  }
}
