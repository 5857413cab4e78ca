/**
 * Every key Quorum writes to localStorage, and the one store that owns each: only the owner
 * reads, writes and merges it (through the storage store).
 */
export const STORAGE_KEYS = {
  /** useQuizStore: the quiz being played. */
  currentQuiz: 'quorum:current-quiz',
  /** useQuizStore: quizzes still in progress in other tabs, moved out of the way by a newer start (in-progress.ts). */
  otherQuizzes: 'quorum:other-quizzes',
  /** useHistoryStore: finished attempts. */
  history: 'quorum:history',
  /** useReviewStore: the review schedule. */
  review: 'quorum:review',
  /** useClassesStore: the class sessions a teacher ran, with their results. */
  classes: 'quorum:classes',
  /** useClassesStore: the sessions and results a teacher removed, so that stale copies do not bring them back. */
  classRemovals: 'quorum:class-removals',
  /** useStorageStore: whether persistent storage has been asked for. */
  persistRequested: 'quorum:persist-requested',
  /** useStorageStore: whether the student has read that the browser may clear unused storage. */
  storageWarned: 'quorum:storage-warned',
  /** useStorageStore: when the student last reset their data, so that stale copies in other tabs do not bring it back. */
  resetAt: 'quorum:reset-at',
} as const

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]

/**
 * sessionStorage, which each tab has to itself and keeps across its reloads: the identity of the
 * quiz this tab plays as its own (useQuizStore), so a reload resumes it and a new tab does not
 * take another tab's quiz for its own.
 */
export const TAB_QUIZ_KEY = 'quorum:tab-quiz'

/** Keys that earlier versions wrote under another name, and their name now. */
export const RENAMED_KEYS: readonly (readonly [from: string, to: StorageKey])[] = [
  // Builds up to schema 2 named the quiz being played "progress", as the Progress screen is.
  ['quorum:progress', STORAGE_KEYS.currentQuiz],
]

/** Copies of stored values kept aside: never deleted by the app, not even by a reset. */
export const BACKUP_PREFIX = 'quorum:backup:'

/** `quorum:backup:<key>:[schema-<n>:]<time>`: where a value is copied before it is replaced. */
export function backupKeyFor(key: string, now: Date, schema?: number): string {
  return `${BACKUP_PREFIX}${key}:${schema === undefined ? '' : `schema-${schema}:`}${now.toISOString()}`
}

/** A copy kept aside, as its key names it: the key it was copied from, the schema it had if it was copied before a migration, and when. */
export interface KeptCopy {
  name: string
  key: string
  schema: number | null
  keptAt: string
}

const BACKUP_KEY = /^quorum:backup:(.+?):(?:schema-(\d{1,9}):)?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/

/** Reads a backup key written by backupKeyFor; null for any other key. */
export function parseBackupKey(name: string): KeptCopy | null {
  const m = BACKUP_KEY.exec(name)
  if (m === null)
    return null
  return { name, key: m[1]!, schema: m[2] === undefined ? null : Number(m[2]), keptAt: m[3]! }
}

/** The key a copy's data belongs to now: its own, or the name an older build's key has now. */
export function currentKeyOf(key: string): StorageKey | null {
  const renamed = RENAMED_KEYS.find(([from]) => from === key)
  if (renamed !== undefined)
    return renamed[1]
  return (Object.values(STORAGE_KEYS) as string[]).includes(key) ? key as StorageKey : null
}
