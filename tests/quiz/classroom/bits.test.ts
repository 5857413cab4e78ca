import { describe, expect, it } from 'vitest'
import { crc, groupCode, normaliseCode } from '~/quiz/classroom/bits'

describe('normaliseCode and groupCode', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    [' 1l I0o ', '11100'],
    ['ab u', null],
    ['ab#', null],
  ])('normalises %j to %j', (text, code) => {
    expect(normaliseCode(text)).toBe(code)
  })

  it('groups a code in fives', () => {
    expect(groupCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK')
  })
})

describe('crc', () => {
  it('changes when any single bit changes', () => {
    const bits: number[] = Array.from({ length: 60 }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0)
    for (const width of [10, 16] as const) {
      for (let i = 0; i < bits.length; i++) {
        const flipped = bits.slice()
        flipped[i] = 1 - flipped[i]!
        expect(crc(flipped, width)).not.toBe(crc(bits, width))
      }
    }
  })
})
