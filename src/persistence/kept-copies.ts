import type { KeptCopy, StorageKey } from './keys'
import { describeLength } from '~/quiz/saved/envelope'
import { currentKeyOf, STORAGE_KEYS } from './keys'

/** What each key's copy holds, as the student calls it. */
const WHAT: Record<StorageKey, string> = {
  [STORAGE_KEYS.currentQuiz]: 'your quiz in progress',
  [STORAGE_KEYS.otherQuizzes]: 'quizzes in progress in other tabs',
  [STORAGE_KEYS.history]: 'your results',
  [STORAGE_KEYS.review]: 'your review schedule',
  [STORAGE_KEYS.classes]: 'the class sessions you ran',
  [STORAGE_KEYS.classRemovals]: 'the class sessions and results you removed',
  [STORAGE_KEYS.persistRequested]: 'a setting',
  [STORAGE_KEYS.storageWarned]: 'a setting',
  [STORAGE_KEYS.resetAt]: 'a setting',
}

/** A copy kept aside as "Your data" lists it. */
export interface KeptCopyLine {
  name: string
  /** "Your results, kept 2026-03-05 08:00 UTC when they could not be read or were replaced (12 KB)". */
  text: string
  /** Whether the app can put its data back (a setting or a list of removals is not worth it). */
  restorable: boolean
}

export function describeKeptCopy(copy: KeptCopy & { length: number }): KeptCopyLine {
  const key = currentKeyOf(copy.key)
  const what = key === null ? `data saved as ${copy.key}` : WHAT[key]
  const why = copy.schema === null ? 'when it could not be read, or was about to be replaced' : `before an update of Quorum moved it on from storage version ${copy.schema}`
  const when = `${copy.keptAt.slice(0, 10)} ${copy.keptAt.slice(11, 16)} UTC`
  return {
    name: copy.name,
    text: `A copy of ${what}, kept ${when} ${why} (${describeLength(copy.length)}).`,
    restorable: key !== null && WHAT[key] !== 'a setting' && key !== STORAGE_KEYS.classRemovals,
  }
}

/** What restoring a copy did. */
export type RestoreOutcome = { ok: true, saved: boolean, partly: string | null } | { ok: false, reason: string }

export function describeRestore(outcome: RestoreOutcome): { ok: boolean, text: string } {
  if (!outcome.ok)
    return { ok: false, text: `The copy could not be restored: ${outcome.reason}. You can still export it to a file, to keep it or have it looked at.` }
  const part = outcome.partly === null ? '' : ` Part of it could not be read (${outcome.partly}), and was left out.`
  return outcome.saved
    ? { ok: true, text: `The copy was restored: its data was added to what is here, nothing replaced.${part}` }
    : { ok: false, text: `Not saved: the copy’s data is shown here for now, but the browser did not let it be saved on this device.${part}` }
}
