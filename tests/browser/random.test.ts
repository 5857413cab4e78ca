import { afterEach, describe, expect, it, vi } from 'vitest'
import { randomWord } from '~/browser/random'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('randomWord', () => {
  it('is a whole number of 32 bits', () => {
    for (let i = 0; i < 100; i++) {
      const word = randomWord()
      expect(Number.isInteger(word)).toBe(true)
      expect(word).toBeGreaterThanOrEqual(0)
      expect(word).toBeLessThan(2 ** 32)
    }
  })

  it('comes from the cryptographic generator', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint32Array)[0] = 0xFFFF_FFFF
      return array
    })
    expect(randomWord()).toBe(0xFFFF_FFFF)
  })
})
