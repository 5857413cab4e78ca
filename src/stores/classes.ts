import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ClassRecord } from '../quiz/classes'
import { readClassRecords, upsertClass } from '../quiz/classes'
import type { SessionSpec } from '../quiz/codes'
import { normaliseCode } from '../quiz/codes'
import type { CollectedResult, RejectedCode } from '../quiz/collect'
import { collectCodes, removeResult as withoutResult } from '../quiz/collect'
import { useNoticesStore } from './notices'
import { loadKey, saveKey, STORAGE_KEYS } from './storage'

export interface CollectOutcome {
  added: CollectedResult[]
  rejected: RejectedCode[]
  /** Whether the results are stored on the device (false when storage is full or blocked). */
  saved: boolean
}

/** The teacher's class sessions and the results collected for each, kept on this device. */
export const useClassesStore = defineStore('classes', () => {
  const notices = useNoticesStore()
  const loaded = loadKey(STORAGE_KEYS.classes, readClassRecords, new Date())
  if (loaded.problem !== null)
    notices.add(loaded.problem)

  const records = ref<ClassRecord[]>(loaded.data ?? [])

  function persist(): boolean {
    const saved = saveKey(STORAGE_KEYS.classes, records.value)
    if (!saved)
      notices.add('Class results could not be saved on this device (storage is full or blocked). They stay until you close the app: download the CSV to keep them.')
    return saved
  }

  function find(joinCode: string): ClassRecord | null {
    const code = normaliseCode(joinCode)
    return records.value.find(r => r.joinCode === code) ?? null
  }

  function put(record: ClassRecord): boolean {
    records.value = upsertClass(records.value, record)
    return persist()
  }

  function create(joinCode: string): ClassRecord {
    const record: ClassRecord = { joinCode: normaliseCode(joinCode) ?? joinCode, createdAt: new Date().toISOString(), results: [] }
    put(record)
    return record
  }

  /** Adds the codes in `text` to a session; refused codes come back with the reason. */
  function collect(joinCode: string, spec: SessionSpec, questionCount: number, text: string): CollectOutcome {
    const record = find(joinCode) ?? create(joinCode)
    const { results, added, rejected } = collectCodes(spec, questionCount, record.results, text, new Date().toISOString())
    const saved = added.length === 0 ? true : put({ ...record, results })
    return { added, rejected, saved }
  }

  function removeResult(joinCode: string, resultCode: string): boolean {
    const record = find(joinCode)
    return record === null ? true : put({ ...record, results: withoutResult(record.results, resultCode) })
  }

  function remove(joinCode: string): boolean {
    const code = normaliseCode(joinCode)
    records.value = records.value.filter(r => r.joinCode !== code)
    return persist()
  }

  function $reset() {
    records.value = []
  }

  return { records, find, create, collect, removeResult, remove, $reset }
})
