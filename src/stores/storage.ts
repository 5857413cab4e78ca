import type { ReadResult } from '../quiz/saved'
import { wrapEnvelope } from '../quiz/saved'

/** Every key Quorum writes to localStorage. */
export const STORAGE_KEYS = {
  progress: 'quorum:progress',
  history: 'quorum:history',
  review: 'quorum:review',
  classes: 'quorum:classes',
  persistRequested: 'quorum:persist-requested',
} as const

export const BACKUP_PREFIX = 'quorum:backup:'

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]

export interface Loaded<T> {
  data: T | null
  /** Set when stored data could not be used; says what happened and where the copy went. */
  problem: string | null
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  }
  catch {
    // Some browsers throw SecurityError on access when storage is blocked.
    return null
  }
}

/**
 * Reads one key. Data that does not check out is copied aside under a backup key before
 * anything can overwrite it, and the problem is returned for the user to see.
 */
export function loadKey<T>(key: StorageKey, read: (raw: string | null) => ReadResult<T>, now: Date): Loaded<T> {
  const store = storage()
  let raw: string | null = null
  try {
    raw = store?.getItem(key) ?? null
  }
  catch {
    return { data: null, problem: `Saved data (${key}) could not be read on this device: the browser blocked access to storage.` }
  }
  const result = read(raw)
  if (result.status === 'ok')
    return { data: result.data, problem: null }
  if (result.status === 'empty')
    return { data: null, problem: null }
  const data = result.status === 'partial' ? result.data : null
  const what = `Some saved data (${key}) could not be read because ${result.reason}.`
  const backupKey = `${BACKUP_PREFIX}${key}:${now.toISOString()}`
  try {
    store?.setItem(backupKey, raw ?? '')
    if (data === null)
      store?.removeItem(key)
    return { data, problem: `${what} A copy of it was kept as "${backupKey}".` }
  }
  catch {
    // No room for a copy: leave the original where it is rather than lose it.
    return { data, problem: `${what} It was left in place untouched.` }
  }
}

/** Writes one key in its envelope; `false` when the browser refused (full or blocked). */
export function saveKey(key: StorageKey, data: unknown): boolean {
  try {
    const store = storage()
    if (store === null)
      return false
    store.setItem(key, JSON.stringify(wrapEnvelope(data)))
    return true
  }
  catch {
    return false
  }
}

export function removeKey(key: StorageKey): void {
  try {
    storage()?.removeItem(key)
  }
  catch {
    // Nothing to undo: a key we cannot reach is as good as removed for this session.
  }
}
