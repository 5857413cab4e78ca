import type { ClassRecord } from '~/quiz/classroom/classes'
import type { CollectedResult, RejectedCode } from '~/quiz/classroom/collect'
import type { SessionChoice, SessionSpec } from '~/quiz/classroom/join-code'
import type { Removal } from '~/quiz/classroom/removals'
import { defineStore } from 'pinia'
import topics, { fingerprint } from 'virtual:quorum-topics'
import { randomWord } from '~/browser/random'
import { STORAGE_KEYS } from '~/persistence/keys'
import { useSyncedKey } from '~/persistence/useSyncedKey'
import { normaliseCode } from '~/quiz/classroom/bits'
import { mergeClasses, readClassRecords, upsertClass } from '~/quiz/classroom/classes'
import { collectCodes, removeResult as withoutResult } from '~/quiz/classroom/collect'
import { encodeSessionCode, newSessionSpec } from '~/quiz/classroom/join-code'
import { noteRemoval, readRemovals, withoutRemoved } from '~/quiz/classroom/removals'
import { useStorageStore } from './storage'

export interface CollectOutcome {
  added: CollectedResult[]
  rejected: RejectedCode[]
  /** Whether the session and its results are stored on the device (false when storage is full, blocked or read-only). */
  saved: boolean
}

const NOT_SAVED = 'Class results could not be saved on this device (storage is full or blocked). They stay until you close the app: download the CSV to keep them.'

/** The teacher's class sessions and the results collected for each, kept on this device and shared with other tabs. */
export const useClassesStore = defineStore('classes', () => {
  const storage = useStorageStore()
  const removals = () => storage.load(STORAGE_KEYS.classRemovals, readRemovals) ?? []
  const synced = useSyncedKey<ClassRecord[]>({
    key: STORAGE_KEYS.classes,
    read: readClassRecords,
    // A removal wins over either copy, however stale.
    merge: (stored, mine) => {
      const removed = removals()
      return mergeClasses(withoutRemoved(stored, removed), withoutRemoved(mine, removed))
    },
    empty: () => [],
    notSaved: NOT_SAVED,
  })
  const records = synced.value
  // Read now, as every key is at start, so that data that does not check out is told and kept aside.
  removals()

  function find(joinCode: string): ClassRecord | null {
    const code = normaliseCode(joinCode)
    return records.value.find(r => r.joinCode === code) ?? null
  }

  function blank(joinCode: string): ClassRecord {
    return { joinCode: normaliseCode(joinCode) ?? joinCode, createdAt: new Date().toISOString(), results: [] }
  }

  /** Saves a new session, or keeps the one with that code (and its results); it goes first. */
  function create(joinCode: string): ClassRecord {
    const fresh = blank(joinCode)
    synced.update(current => upsertClass(current, current.find(r => r.joinCode === fresh.joinCode) ?? fresh))
    return find(fresh.joinCode) ?? fresh
  }

  /** Starts a new session of this bank with a fresh random seed; returns its join code. */
  function host(choice: SessionChoice): string {
    const code = encodeSessionCode(newSessionSpec(choice, topics.map(t => t.id), fingerprint, randomWord()))
    create(code)
    return code
  }

  /** Adds the codes in `text` to a session; refused codes come back with the reason. */
  function collect(joinCode: string, spec: SessionSpec, questionCount: number, text: string): CollectOutcome {
    const fresh = blank(joinCode)
    let added: CollectedResult[] = []
    let rejected: RejectedCode[] = []
    const saved = synced.update((current) => {
      const record = current.find(r => r.joinCode === fresh.joinCode)
      const collected = collectCodes(spec, questionCount, record?.results ?? [], text, new Date().toISOString())
      added = collected.added
      rejected = collected.rejected
      // A paste that adds nothing to a saved session changes nothing, so there is nothing to write.
      if (record !== undefined && added.length === 0)
        return current
      return upsertClass(current, { ...(record ?? fresh), results: collected.results })
    })
    return { added, rejected, saved }
  }

  /** Removes the records `change` leaves out, and notes the removal, both saved or neither; `false` if not saved. */
  function removeNoted(kind: Removal['kind'], code: string, change: (current: ClassRecord[]) => ClassRecord[]): boolean {
    const prepared = synced.prepare(change)
    const saved = storage.saveAll([prepared.write, { key: STORAGE_KEYS.classRemovals, data: noteRemoval(removals(), kind, code, new Date().toISOString()) }])
    prepared.commit(saved)
    if (!saved)
      storage.notSaved(NOT_SAVED)
    return saved
  }

  /** Removes one result; `false` if the change could not be saved. */
  function removeResult(joinCode: string, resultCode: string): boolean {
    const code = normaliseCode(joinCode)
    return removeNoted('result', resultCode, current => current.map(r => (r.joinCode === code ? { ...r, results: withoutResult(r.results, resultCode) } : r)))
  }

  /** Removes a whole session; `false` if the change could not be saved. */
  function remove(joinCode: string): boolean {
    const code = normaliseCode(joinCode)
    return removeNoted('session', joinCode, current => current.filter(r => r.joinCode !== code))
  }

  /** Adds the sessions and results of a copy kept aside; `false` if not saved. */
  function restore(kept: readonly ClassRecord[]): boolean {
    return synced.update(current => mergeClasses(current, kept))
  }

  function $reset() {
    records.value = []
  }

  return { records, find, create, host, collect, removeResult, remove, restore, $reset }
})
