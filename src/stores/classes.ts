import type { ClassRecord } from '~/quiz/classroom/classes'
import type { CollectedResult, RejectedCode } from '~/quiz/classroom/collect'
import type { SessionChoice, SessionSpec } from '~/quiz/classroom/join-code'
import { defineStore } from 'pinia'
import topics, { fingerprint } from 'virtual:quorum-topics'
import { randomWord } from '~/browser/random'
import { STORAGE_KEYS } from '~/persistence/keys'
import { useSyncedKey } from '~/persistence/useSyncedKey'
import { normaliseCode } from '~/quiz/classroom/bits'
import { mergeClasses, readClassRecords, upsertClass } from '~/quiz/classroom/classes'
import { collectCodes, removeResult as withoutResult } from '~/quiz/classroom/collect'
import { encodeSessionCode, newSessionSpec } from '~/quiz/classroom/join-code'

export interface CollectOutcome {
  added: CollectedResult[]
  rejected: RejectedCode[]
  /** Whether the session and its results are stored on the device (false when storage is full, blocked or read-only). */
  saved: boolean
}

/** The teacher's class sessions and the results collected for each, kept on this device and shared with other tabs. */
export const useClassesStore = defineStore('classes', () => {
  const synced = useSyncedKey<ClassRecord[]>({
    key: STORAGE_KEYS.classes,
    read: readClassRecords,
    merge: mergeClasses,
    empty: () => [],
    notSaved: 'Class results could not be saved on this device (storage is full or blocked). They stay until you close the app: download the CSV to keep them.',
  })
  const records = synced.value

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

  /** Removes one result; `false` if the change could not be saved. */
  function removeResult(joinCode: string, resultCode: string): boolean {
    const code = normaliseCode(joinCode)
    return synced.update((current) => {
      const record = current.find(r => r.joinCode === code)
      return record === undefined ? current : current.map(r => (r === record ? { ...r, results: withoutResult(r.results, resultCode) } : r))
    })
  }

  /** Removes a whole session; `false` if the change could not be saved. */
  function remove(joinCode: string): boolean {
    const code = normaliseCode(joinCode)
    return synced.update(current => current.filter(r => r.joinCode !== code))
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
