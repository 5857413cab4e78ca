import { describe, expect, it } from 'vitest'
import { codeSymbols, crc, groupCode, normaliseCode } from '~/quiz/classroom/bits'

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

describe('codeSymbols', () => {
  const read = (text: string) => codeSymbols(text, 'test code', 3, 5, n => `${n} is not 3 to 5`)
  it.each([
    ['abc', { ok: true, value: 'ABC' }],
    ['ab-c d', { ok: true, value: 'ABCD' }],
    ['ABCDE', { ok: true, value: 'ABCDE' }],
    ['ab', { ok: false, reason: '2 is not 3 to 5' }],
    ['ABCDEF', { ok: false, reason: '6 is not 3 to 5' }],
    ['AB!', { ok: false, reason: 'A test code has only letters and digits.' }],
    [' '.repeat(20), { ok: false, reason: '0 is not 3 to 5' }],
    [' '.repeat(21), { ok: false, reason: 'That is far too long to be a test code.' }],
  ])('reads %j as %j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})
