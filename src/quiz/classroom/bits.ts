/**
 * The building blocks of Quorum's short codes: bits written and read MSB first, Crockford
 * base32 symbols (no I, L, O or U to misread) and a CRC that catches any mistyped character.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export type Decoded<T> = { ok: true, value: T } | { ok: false, reason: string }

export class BitWriter {
  readonly bits: number[] = []
  write(value: number, width: number) {
    for (let i = width - 1; i >= 0; i--)
      this.bits.push(Math.floor(value / 2 ** i) % 2)
  }
}

export class BitReader {
  private at = 0
  constructor(private readonly bits: readonly number[]) {}
  get left() {
    return this.bits.length - this.at
  }

  read(width: number): number {
    if (width > this.left)
      throw new RangeError('code too short')
    let value = 0
    for (let i = 0; i < width; i++)
      value = value * 2 + (this.bits[this.at++] ?? 0)
    return value
  }
}

export type CrcWidth = 10 | 16

const CRC_POLY: Record<CrcWidth, number> = { 10: 0x233, 16: 0x1021 }

/**
 * The CRC register after `count` more bits of `value`, most significant first: the one rule
 * behind `crc` and `crcSymbol`, so that a code can be checked bit by bit or symbol by symbol.
 */
function crcBits(register: number, value: number, count: number, width: CrcWidth): number {
  const poly = CRC_POLY[width]
  const top = width - 1
  const mask = (1 << width) - 1
  let reg = register
  for (let i = count - 1; i >= 0; i--) {
    const feedback = ((reg >> top) & 1) ^ ((value >> i) & 1)
    reg = (reg << 1) & mask
    if (feedback === 1)
      reg ^= poly
  }
  return reg
}

/** CRC over a bit string (MSB first); `width` 10 or 16. Catches any error burst up to `width` bits. */
export function crc(bits: readonly number[], width: CrcWidth): number {
  let register = 0
  for (const bit of bits)
    register = crcBits(register, bit, 1, width)
  return register
}

/** The CRC register after one more symbol's five bits: a code's CRC read symbol by symbol. */
export function crcSymbol(register: number, symbol: number, width: CrcWidth): number {
  return crcBits(register, symbol, 5, width)
}

export function toSymbols(bits: readonly number[]): string {
  const padded = bits.concat(Array.from({ length: (5 - (bits.length % 5)) % 5 }, () => 0))
  let out = ''
  for (let i = 0; i < padded.length; i += 5)
    out += ALPHABET[padded.slice(i, i + 5).reduce((v, b) => v * 2 + b, 0)]
  return out
}

export function fromSymbols(symbols: string): number[] {
  const bits: number[] = []
  for (const ch of symbols) {
    const v = ALPHABET.indexOf(ch)
    for (let i = 4; i >= 0; i--)
      bits.push((v >> i) & 1)
  }
  return bits
}

/** Whether `text` is made of ALPHABET's symbols only, as a normalised code is. */
export function isNormalised(text: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(text)
}

/** Upper-cases, drops spaces and hyphens, reads I and L as 1 and O as 0; null if another character. */
export function normaliseCode(text: string): string | null {
  const cleaned = text.toUpperCase().replace(/[\s-]+/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  return isNormalised(cleaned) ? cleaned : null
}

/**
 * The symbols of a typed or pasted code, or why they cannot be one. Text over four times the
 * longest code is refused unread (normalising megabytes of pasted text takes seconds); then a
 * character no code has, or a length outside `min`–`max` (`wrongLength` says why).
 */
export function codeSymbols(text: string, noun: string, min: number, max: number, wrongLength: (length: number) => string): Decoded<string> {
  if (text.length > 4 * max)
    return { ok: false, reason: `That is far too long to be a ${noun}.` }
  const code = normaliseCode(text)
  if (code === null)
    return { ok: false, reason: `A ${noun} has only letters and digits.` }
  if (code.length < min || code.length > max)
    return { ok: false, reason: wrongLength(code.length) }
  return { ok: true, value: code }
}

/** Groups a code for reading aloud or typing: ABCDE-FGHJK. */
export function groupCode(code: string, size = 5): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? ''
}
