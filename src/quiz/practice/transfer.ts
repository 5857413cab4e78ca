import type { Attempt } from './attempt.ts'
import type { CurrentQuiz } from './current-quiz.ts'
import type { ReviewDeck } from './review.ts'
import { isPlainObject } from '../json.ts'
import { checkValue } from '../saved/check.ts'
import { describeLength } from '../saved/envelope.ts'
import { migrate } from '../saved/migrations.ts'
import { checkCurrentQuiz } from './current-quiz.ts'
import { checkDeck, mergeDecks } from './deck.ts'
import { checkAttempts, mergeHistory } from './history.ts'

/**
 * Moving a student's data between devices or keeping a copy: everything Quorum saves for a
 * student, in one file. Import is all or nothing: a file that is not Quorum's, or has any part
 * that does not check out, is refused with the reason, and nothing changes. Data in a file is in
 * the shape of storage schema 1 or later, so it is read through the storage migrations from
 * schema 1.
 */

export const EXPORT_KIND = 'quorum-data'
/** Format 2 names the unfinished quiz `currentQuiz`. */
export const EXPORT_VERSION = 2
/** What format 1 (kind `quorum-progress`) called the file, and its unfinished quiz. */
const FORMAT_1 = { kind: 'quorum-progress', version: 1, currentQuiz: 'progress' } as const
/**
 * Twice an export of 2,000 results (about 15 MB, as written with one space of indent): room for
 * any real file, while anything bigger is refused unread.
 */
export const MAX_IMPORT_BYTES = 30_000_000

export interface StudentData {
  history: Attempt[]
  review: ReviewDeck
  currentQuiz: CurrentQuiz | null
}

export type ImportResult = { ok: true, data: StudentData } | { ok: false, reason: string }

export function encodeExport(data: StudentData, exportedAt: string): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, version: EXPORT_VERSION, exportedAt, ...data }, null, 1)}\n`
}

/** The file's format version, or the reason it is not one this app reads. */
function formatOf(file: Record<string, unknown>): 1 | 2 | string {
  if (file.kind === FORMAT_1.kind && file.version === FORMAT_1.version)
    return 1
  if (file.kind === EXPORT_KIND && file.version === EXPORT_VERSION)
    return 2
  // String() of an object from the file can throw (its own "toString" is no function).
  const version = typeof file.version === 'number' || typeof file.version === 'string' ? String(file.version).slice(0, 20) : 'unknown'
  return `The file is in format version ${version}; this app reads versions 1 and ${EXPORT_VERSION}.`
}

/** Why a file of `size` bytes (or characters) is refused unread; null when it is not too large. */
export function tooLarge(size: number): string | null {
  return size > MAX_IMPORT_BYTES
    ? `The file is too large (${describeLength(size)}): Quorum reads data files of up to ${describeLength(MAX_IMPORT_BYTES)}, far more than any it writes.`
    : null
}

export function decodeImport(text: string): ImportResult {
  const large = tooLarge(text.length)
  if (large !== null)
    return { ok: false, reason: large }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  }
  catch {
    return { ok: false, reason: 'The file is not a Quorum data file: it is not valid JSON.' }
  }
  if (!isPlainObject(parsed) || (parsed.kind !== EXPORT_KIND && parsed.kind !== FORMAT_1.kind))
    return { ok: false, reason: 'The file is not a Quorum data file.' }
  const format = formatOf(parsed)
  if (typeof format === 'string')
    return { ok: false, reason: format }
  const history = checkValue(checkAttempts, migrate('history', parsed.history, 1), 'history')
  if (!history.ok)
    return { ok: false, reason: `The file’s results could not be read: ${history.reason}.` }
  const review = checkValue(checkDeck, migrate('review', parsed.review, 1), 'review')
  if (!review.ok)
    return { ok: false, reason: `The file’s review schedule could not be read: ${review.reason}.` }
  const field = format === 1 ? FORMAT_1.currentQuiz : 'currentQuiz'
  let currentQuiz: CurrentQuiz | null = null
  if (parsed[field] !== null && parsed[field] !== undefined) {
    const checked = checkValue(checkCurrentQuiz, migrate('current-quiz', parsed[field], 1), field)
    if (!checked.ok)
      return { ok: false, reason: `The file’s unfinished quiz could not be read: ${checked.reason}.` }
    currentQuiz = checked.value
  }
  return { ok: true, data: { history: history.value, review: review.value, currentQuiz } }
}

/**
 * Joins imported data with what the device has, by the same rules as two tabs' copies: every
 * result from either, newest first; for each fact the later card (deck.ts); and the device's
 * own unfinished quiz if it has one. The device's side wins every tie.
 */
export function mergeStudentData(mine: StudentData, theirs: StudentData): StudentData {
  return {
    history: mergeHistory(mine.history, theirs.history),
    review: mergeDecks(mine.review, theirs.review),
    currentQuiz: mine.currentQuiz ?? theirs.currentQuiz,
  }
}
