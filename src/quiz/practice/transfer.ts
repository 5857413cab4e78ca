import type { Attempt } from './attempt.ts'
import type { QuizProgress } from './current-quiz.ts'
import type { ReviewDeck } from './review.ts'
import { checkValue } from '../saved/check.ts'
import { migrate } from '../saved/migrations.ts'
import { checkProgress } from './current-quiz.ts'
import { checkDeck } from './deck.ts'
import { checkAttempts, MAX_HISTORY } from './history.ts'

/**
 * Moving progress between devices or keeping a copy: everything Quorum saves, in one file.
 * Import is all or nothing: a file that is not Quorum's, or has any part that does not check
 * out, is refused with the reason, and nothing changes. Files of format 1 hold data in the shape
 * of storage schema 1 or later, so they are read through the storage migrations from schema 1.
 */

export const EXPORT_KIND = 'quorum-progress'
export const EXPORT_VERSION = 1
/** Far more than any real export (500 results): anything bigger is refused unread. */
export const MAX_IMPORT_BYTES = 5_000_000

export interface ProgressData {
  history: Attempt[]
  review: ReviewDeck
  progress: QuizProgress | null
}

export type ImportResult = { ok: true, data: ProgressData } | { ok: false, reason: string }

export function encodeExport(data: ProgressData, exportedAt: string): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, version: EXPORT_VERSION, exportedAt, ...data }, null, 1)}\n`
}

export function decodeImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, reason: `The file is too large (${Math.round(text.length / 1000)} KB) to be a Quorum progress file.` }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  }
  catch {
    return { ok: false, reason: 'The file is not a Quorum progress file: it is not valid JSON.' }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as Record<string, unknown>).kind !== EXPORT_KIND)
    return { ok: false, reason: 'The file is not a Quorum progress file.' }
  const file = parsed as Record<string, unknown>
  if (file.version !== EXPORT_VERSION) {
    // String() of an object from the file can throw (its own "toString" is no function).
    const version = typeof file.version === 'number' || typeof file.version === 'string' ? String(file.version).slice(0, 20) : 'unknown'
    return { ok: false, reason: `The file is in format version ${version}; this app reads version ${EXPORT_VERSION}.` }
  }
  const history = checkValue(checkAttempts, migrate('history', file.history, 1), 'history')
  if (!history.ok)
    return { ok: false, reason: `The file’s results could not be read: ${history.reason}.` }
  const review = checkValue(checkDeck, migrate('review', file.review, 1), 'review')
  if (!review.ok)
    return { ok: false, reason: `The file’s review schedule could not be read: ${review.reason}.` }
  let progress: QuizProgress | null = null
  if (file.progress !== null && file.progress !== undefined) {
    const checked = checkValue(checkProgress, migrate('progress', file.progress, 1), 'progress')
    if (!checked.ok)
      return { ok: false, reason: `The file’s quiz in progress could not be read: ${checked.reason}.` }
    progress = checked.value
  }
  return { ok: true, data: { history: history.value, review: review.value, progress } }
}

/**
 * Joins imported progress with what the device has: every result from either (newest first),
 * for each fact the schedule answered more often, and the device's own quiz in progress if any.
 */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  const byId = new Map<string, Attempt>()
  for (const a of [...mine.history, ...theirs.history]) {
    if (!byId.has(a.id))
      byId.set(a.id, a)
  }
  const history = [...byId.values()]
    .sort((a, b) => (a.finishedAt < b.finishedAt ? 1 : a.finishedAt > b.finishedAt ? -1 : 0))
    .slice(0, MAX_HISTORY)
  const review: ReviewDeck = { ...mine.review }
  for (const [fact, card] of Object.entries(theirs.review)) {
    // A fact named like an Object.prototype member ("constructor") is not already there.
    const own = Object.hasOwn(review, fact) ? review[fact] : undefined
    if (own === undefined || card.seen > own.seen)
      review[fact] = card
  }
  return { history, review, progress: mine.progress ?? theirs.progress }
}
