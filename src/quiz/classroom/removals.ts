import type { Check } from '../saved/check.ts'
import type { ReadResult } from '../saved/envelope.ts'
import type { ClassRecord } from './classes.ts'
import { fail, oneOf, record, str } from '../saved/check.ts'
import { readList } from '../saved/envelope.ts'
import { normaliseCode } from './bits.ts'

/**
 * What a teacher removed, kept so that a removal wins over stale copies: another tab that still
 * holds a removed session or result, and writes it back merged with its own, drops it instead.
 * A session created, or a result collected, again after its removal is kept: it is new.
 */
export interface Removal {
  kind: 'session' | 'result'
  /** The session's join code or the result's code, normalised. */
  code: string
  /** ISO 8601 time of the removal. */
  at: string
}

/** The most removals kept: the oldest go first, long after any tab could hold a stale copy. */
export const MAX_REMOVALS = 1000

const removal: Check<Removal> = (v, p) => {
  const r = record(v, p)
  const at = str(r.at, `${p}.at`)
  if (at.length > 40 || Number.isNaN(Date.parse(at)))
    fail(`${p}.at`, 'a date')
  return { kind: oneOf(['session', 'result'] as const)(r.kind, `${p}.kind`), code: str(r.code, `${p}.code`), at }
}

export function readRemovals(raw: string | null): ReadResult<Removal[]> {
  return readList(raw, removal, 'classes', 'removals')
}

/** Notes a removal, newest first. */
export function noteRemoval(removals: readonly Removal[], kind: Removal['kind'], code: string, at: string): Removal[] {
  return [{ kind, code: normaliseCode(code) ?? code, at }, ...removals].slice(0, MAX_REMOVALS)
}

/** The sessions and results of `records` that were not removed after they were created or collected. */
export function withoutRemoved(records: readonly ClassRecord[], removals: readonly Removal[]): ClassRecord[] {
  if (removals.length === 0)
    return records as ClassRecord[]
  const removedAt = (kind: Removal['kind'], code: string) => removals.find(r => r.kind === kind && r.code === code)?.at ?? null
  const gone = (kind: Removal['kind'], code: string, since: string) => {
    const at = removedAt(kind, code)
    return at !== null && since <= at
  }
  return records
    .filter(r => !gone('session', r.joinCode, r.createdAt))
    .map((r) => {
      const results = r.results.filter(x => !gone('result', x.code, x.collectedAt))
      return results.length === r.results.length ? r : { ...r, results }
    })
}
