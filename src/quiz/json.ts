/** Plain JSON values: what storage, files and the bank hold once parsed. */

/** Whether a value parsed from JSON is an object with fields (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether two JSON values hold the same data, whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b)
    return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]))
  const ka = Object.keys(a)
  const rb = b as Record<string, unknown>
  return ka.length === Object.keys(b).length
    && ka.every(k => Object.hasOwn(rb, k) && sameData((a as Record<string, unknown>)[k], rb[k]))
}
