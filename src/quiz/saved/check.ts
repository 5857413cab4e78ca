import { isPlainObject } from '../json.ts'
import { cleanText } from '../text.ts'

/**
 * Checkers for data read back from storage or a file: each takes a value and the path it was
 * found at, and returns the value typed, or throws with a message saying where it went wrong.
 */

/** Thrown by checkers; the message says where the data went wrong. */
export class Invalid extends Error {}

export type Check<T> = (value: unknown, path: string) => T

export function fail(path: string, expected: string): never {
  throw new Invalid(`${path} should be ${expected}`)
}

export function record(value: unknown, path: string): Record<string, unknown> {
  return isPlainObject(value) ? value : fail(path, 'an object')
}

/** Every string read back is cleaned: stored and imported text is shown as text (see text.ts). */
export const str: Check<string> = (v, p) => (typeof v === 'string' ? cleanText(v) : fail(p, 'a string'))
export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'))
export const int: Check<number> = (v, p) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(p, 'a whole number'))
export const nullable = <T>(check: Check<T>): Check<T | null> => (v, p) => (v === null ? null : check(v, p))

export function list<T>(check: Check<T>): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v))
      fail(p, 'a list')
    return v.map((x, i) => check(x, `${p}[${i}]`))
  }
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, p) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `one of ${values.join(', ')}`))
}

/** What a salvaging check kept, and why it dropped the rest. */
export interface Salvaged<T> {
  kept: T
  dropped: string[]
}

/** Like `list(check)`, but keeps the entries that check out and notes the ones that do not. */
export function salvage<T>(check: Check<T>): Check<Salvaged<T[]>> {
  return (v, p) => {
    if (!Array.isArray(v))
      fail(p, 'a list')
    const kept: T[] = []
    const dropped: string[] = []
    v.forEach((x, i) => {
      try {
        kept.push(check(x, `${p}[${i}]`))
      }
      catch (error) {
        if (!(error instanceof Invalid))
          throw error
        dropped.push(error.message)
      }
    })
    return { kept, dropped }
  }
}

/** Runs a checker without throwing: the value, or the reason it does not check out. */
export function checkValue<T>(check: Check<T>, value: unknown, path: string): { ok: true, value: T } | { ok: false, reason: string } {
  try {
    return { ok: true, value: check(value, path) }
  }
  catch (error) {
    return { ok: false, reason: error instanceof Invalid ? error.message : 'it could not be read' }
  }
}
