/**
 * Seeded randomness. Everything random in a quiz comes from here, so the same seed
 * always gives the same quiz on every device.
 */

export type Rng = () => number

/** cyrb53-style string hash folded to 32 bits: spreads short seeds like "1" and "2" apart. */
export function hashSeed(seed: string): number {
  let h1 = 0xDEADBEEF
  let h2 = 0x41C6CE57
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h1 ^ h2) >>> 0
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state; plenty for shuffling quizzes. */
export function mulberry32(state: number): Rng {
  let a = state >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function createRng(seed: string): Rng {
  return mulberry32(hashSeed(seed))
}

/** A whole number in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng() * n)
}

/** Fisher–Yates on a copy; the input is left as it was. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1)
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}
