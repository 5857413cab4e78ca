import type { Check } from '../saved/check.ts'
import type { ReadResult } from '../saved/envelope.ts'
import type { CollectedResult } from './collect.ts'
import { fail, int, list, nullable, record, str } from '../saved/check.ts'
import { readList } from '../saved/envelope.ts'
import { isNormalised } from './bits.ts'
import { SESSION_CODE_LENGTH } from './join-code.ts'
import { MAX_NAME_BYTES, MAX_RESULT_CODE_LENGTH } from './result-code.ts'

/** The class sessions a teacher has run on this device, with the results collected for each. */

export interface ClassRecord {
  /** The session's join code, normalised. */
  joinCode: string
  /** ISO 8601 time the session was first saved. */
  createdAt: string
  results: CollectedResult[]
}

export const MAX_CLASSES = 200

/** A result code carries at most 31 answers (5 bits), each an option index up to 6 (3 bits). */
const MAX_ANSWERS = 31
const MAX_OPTION = 6

function code(maxLength: number): Check<string> {
  return (v, p) => {
    const s = str(v, p)
    if (s.length === 0 || s.length > maxLength || !isNormalised(s))
      fail(p, `a normalised code of at most ${maxLength} characters`)
    return s
  }
}

const date: Check<string> = (v, p) => {
  const s = str(v, p)
  if (s.length > 40 || Number.isNaN(Date.parse(s)))
    fail(p, 'a date')
  return s
}

const option: Check<number> = (v, p) => {
  const n = int(v, p)
  if (n > MAX_OPTION)
    fail(p, `an option index up to ${MAX_OPTION}`)
  return n
}

const collected: Check<CollectedResult> = (v, p) => {
  const r = record(v, p)
  const name = str(r.name, `${p}.name`)
  // A name comes from at most MAX_NAME_BYTES bytes of UTF-8: never more UTF-16 units than that.
  if (name.length > MAX_NAME_BYTES)
    fail(`${p}.name`, `at most ${MAX_NAME_BYTES} characters`)
  const answers = list(nullable(option))(r.answers, `${p}.answers`)
  if (answers.length > MAX_ANSWERS)
    fail(`${p}.answers`, `at most ${MAX_ANSWERS} answers`)
  return {
    code: code(MAX_RESULT_CODE_LENGTH)(r.code, `${p}.code`),
    name,
    answers,
    collectedAt: date(r.collectedAt, `${p}.collectedAt`),
  }
}

const classRecord: Check<ClassRecord> = (v, p) => {
  const r = record(v, p)
  return {
    joinCode: code(SESSION_CODE_LENGTH)(r.joinCode, `${p}.joinCode`),
    createdAt: date(r.createdAt, `${p}.createdAt`),
    results: list(collected)(r.results, `${p}.results`),
  }
}

/** Checks shapes and lengths only: the codes themselves are not decoded again. */
export const checkClassRecords: Check<ClassRecord[]> = (v, p) => list(classRecord)(v, p)

/**
 * Reads the saved class sessions. A session that does not check out does not cost the others:
 * they are kept and the result is `partial`, so the caller can back up the raw value.
 */
export function readClassRecords(raw: string | null): ReadResult<ClassRecord[]> {
  return readList(raw, classRecord, 'classes', 'saved class sessions')
}

/**
 * Saves a session: the one saved goes first, replacing any with its join code, so the list runs
 * from the most recently used and the cap drops the longest unused; never the one being saved.
 */
export function upsertClass(records: readonly ClassRecord[], next: ClassRecord): ClassRecord[] {
  return [next, ...records.filter(r => r.joinCode !== next.joinCode)].slice(0, MAX_CLASSES)
}

/** One session from both copies: the earlier creation time, every result of either by its code. */
function mergeClass(stored: ClassRecord, mine: ClassRecord): ClassRecord {
  const codes = new Set(stored.results.map(r => r.code))
  const extra = mine.results.filter(r => !codes.has(r.code))
  if (extra.length === 0 && stored.createdAt <= mine.createdAt)
    return stored
  return {
    joinCode: stored.joinCode,
    createdAt: stored.createdAt <= mine.createdAt ? stored.createdAt : mine.createdAt,
    results: [...stored.results, ...extra],
  }
}

/**
 * Every session of both copies by join code (another tab's `stored`, this tab's `mine`); a
 * session only `mine` has goes first, as the one just used. `stored` keeps its order.
 */
export function mergeClasses(stored: readonly ClassRecord[], mine: readonly ClassRecord[]): ClassRecord[] {
  const own = new Map(mine.map(r => [r.joinCode, r]))
  const storedCodes = new Set(stored.map(r => r.joinCode))
  const both = stored.map((r) => {
    const other = own.get(r.joinCode)
    return other === undefined ? r : mergeClass(r, other)
  })
  return [...mine.filter(r => !storedCodes.has(r.joinCode)), ...both].slice(0, MAX_CLASSES)
}
