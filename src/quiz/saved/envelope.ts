import type { Check, Salvaged } from './check.ts'
import type { StoredKind } from './migrations.ts'
import { isPlainObject } from '../json.ts'
import { bool, fail, Invalid, record, salvage, str } from './check.ts'
import { LATEST_SCHEMA, migrate } from './migrations.ts'

/**
 * What Quorum keeps on the device, and how it is checked when read back.
 * Every stored value sits in an envelope that names its schema version. A value of an older schema
 * is migrated (migrations.ts) and then checked like a new one; a value of a newer schema is left
 * alone; anything that does not check out is reported as corrupt so the caller can keep the raw
 * value aside.
 */

export const SAVED_SCHEMA_VERSION = LATEST_SCHEMA

export interface Envelope<T> {
  app: 'quorum'
  schema: number
  data: T
}

/**
 * `migratedFrom` is set when the stored value had an older schema: `data` is the migrated value,
 * and the stored one is still in the old schema.
 */
export type ReadResult<T>
  = | { status: 'empty' }
    | { status: 'ok', data: T, migratedFrom?: number }
  /** Some of the value was usable: `data` is what checked out, `reason` says what did not. */
    | { status: 'partial', data: T, reason: string, migratedFrom?: number }
    | { status: 'corrupt', reason: string, migratedFrom?: number }
  /** Written by a newer version of Quorum, in a schema this build cannot read: not to be touched. */
    | { status: 'newer', schema: number }

export function wrapEnvelope<T>(data: T): Envelope<T> {
  return { app: 'quorum', schema: SAVED_SCHEMA_VERSION, data }
}

const ENVELOPE_START = /^\{"app":"quorum","schema":(\d{1,9}),/

/**
 * The longest stored value read for each kind of data, in characters: well above the most the
 * app writes there (a quiz of 31 questions and a few other tabs' beside it; 500 results of 20
 * questions; every fact of the bank; 200 class sessions of 40 students), and low enough that a
 * value past it is refused before it is parsed.
 */
export const MAX_STORED_LENGTH: Readonly<Record<StoredKind, number>> = {
  'current-quiz': 600_000,
  'history': 6_000_000,
  'review': 1_000_000,
  'classes': 3_000_000,
  'flag': 1_000,
}

/** A length in characters as the student reads sizes: "2.3 MB", "600 KB". */
export function describeLength(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.ceil(chars / 1000)} KB`
}

/**
 * The schema of a stored value, without checking its data: null when there is no value or it is
 * not a Quorum envelope. Cheap for the envelopes Quorum writes, which start the same way.
 */
export function envelopeSchema(raw: string | null): number | null {
  if (raw === null)
    return null
  const start = ENVELOPE_START.exec(raw)
  if (start !== null)
    return Number(start[1])
  // Quorum writes its envelopes as above: a value this long in another shape is not one of them.
  if (raw.length > MAX_STORED_LENGTH.history)
    return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!isPlainObject(parsed))
      return null
    return parsed.app === 'quorum' && Number.isSafeInteger(parsed.schema) ? parsed.schema as number : null
  }
  catch {
    return null
  }
}

function corrupt(error: unknown, migratedFrom: number | undefined): ReadResult<never> {
  const reason = error instanceof SyntaxError
    ? 'it is not valid JSON'
    : error instanceof Invalid ? error.message : 'it could not be read'
  return migratedFrom === undefined ? { status: 'corrupt', reason } : { status: 'corrupt', reason, migratedFrom }
}

/**
 * Reads an envelope from its stored text. Never throws. Data of an older schema is migrated
 * first when `kind` says which migrations apply; data of a newer schema is not looked at.
 */
export function readEnvelope<T>(raw: string | null, check: Check<T>, kind?: StoredKind): ReadResult<T> {
  if (raw === null)
    return { status: 'empty' }
  const limit = kind === undefined ? undefined : MAX_STORED_LENGTH[kind]
  if (limit !== undefined && raw.length > limit)
    return { status: 'corrupt', reason: `it is too large (${describeLength(raw.length)}; Quorum reads at most ${describeLength(limit)} there)` }
  let migratedFrom: number | undefined
  try {
    const parsed: unknown = JSON.parse(raw)
    const env = record(parsed, 'stored value')
    if (env.app !== 'quorum')
      return { status: 'corrupt', reason: 'it was not written by Quorum' }
    const schema = env.schema
    if (typeof schema !== 'number' || !Number.isSafeInteger(schema) || schema < 1)
      return { status: 'corrupt', reason: `it has schema version ${String(schema)}, which no version of Quorum writes` }
    if (schema > SAVED_SCHEMA_VERSION)
      return { status: 'newer', schema }
    if (schema === SAVED_SCHEMA_VERSION)
      return { status: 'ok', data: check(env.data, 'data') }
    if (kind === undefined)
      return { status: 'corrupt', reason: `it has schema version ${schema}, and this reader takes only version ${SAVED_SCHEMA_VERSION}` }
    migratedFrom = schema
    return { status: 'ok', data: check(migrate(kind, env.data, schema), 'data'), migratedFrom }
  }
  catch (error) {
    return corrupt(error, migratedFrom)
  }
}

/** Turns a salvaging read into `ok`, or `partial` with `describe` saying how much was dropped. */
export function salvaged<T>(result: ReadResult<Salvaged<T>>, describe: (dropped: string[], kept: T) => string): ReadResult<T> {
  if (result.status === 'empty' || result.status === 'corrupt' || result.status === 'newer')
    return result
  const { kept, dropped } = result.data
  const from = result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }
  if (dropped.length === 0)
    return { status: 'ok', data: kept, ...from }
  return { status: 'partial', data: kept, reason: describe(dropped, kept), ...from }
}

/** The first reason a salvaging read dropped something, with an ellipsis if there were more. */
export function firstOf(dropped: string[]): string {
  return `${dropped[0]}${dropped.length > 1 ? ', …' : ''}`
}

/**
 * Reads a stored list entry by entry. One bad entry does not cost the others: they are kept, and
 * the result is `partial` with the reason, so the caller can back up the raw value and tell the user.
 */
export function readList<T>(raw: string | null, check: Check<T>, kind: StoredKind, noun: string): ReadResult<T[]> {
  return salvaged(readEnvelope(raw, salvage(check), kind), (dropped, kept) => `${dropped.length} of ${kept.length + dropped.length} ${noun} could not be read (${firstOf(dropped)})`)
}

/** A stored time (ISO 8601), such as when the student last reset their data. */
export function readTime(raw: string | null): ReadResult<string> {
  return readEnvelope(raw, (v, p) => {
    const time = str(v, p)
    return time.length <= 40 && !Number.isNaN(Date.parse(time)) ? time : fail(p, 'a date')
  }, 'flag')
}

/** A stored yes/no, such as whether persistent storage has been asked for. */
export function readFlag(raw: string | null): ReadResult<boolean> {
  return readEnvelope(raw, bool, 'flag')
}
