import type { Decoded } from './bits.ts'
import type { SessionSpec } from './join-code.ts'
import type { ResultSpec } from './result-code.ts'
import { cleanName } from '../text.ts'
import { ALPHABET, crcSymbol, normaliseCode } from './bits.ts'
import { sameSession } from './join-code.ts'
import { decodeResultCode, MAX_RESULT_CODE_LENGTH, MIN_RESULT_CODE_LENGTH } from './result-code.ts'

/**
 * The teacher's side of a class session: result codes pasted or scanned in, checked against the
 * session, and kept. What was collected before is never changed or dropped by a later paste:
 * a code that clashes with it is refused with the reason instead.
 */

export interface CollectedResult {
  /** The result code, normalised. */
  code: string
  name: string
  /** Each answer's option index, or null for none, exactly as the code carried it. */
  answers: (number | null)[]
  /** ISO 8601 time the code was added. */
  collectedAt: string
}

export interface RejectedCode {
  /** The refused text as pasted, trimmed and cut to SHOWN_LENGTH characters for display. */
  code: string
  /** The whole refused text, uncut: what to put back in the box so the teacher can correct it. */
  text: string
  reason: string
}

export interface Collected {
  /** The results already collected, untouched and in order, then the ones just accepted. */
  results: CollectedResult[]
  added: CollectedResult[]
  rejected: RejectedCode[]
}

/** Longest refused text shown in full; longer text is cut with an ellipsis. */
export const SHOWN_LENGTH = 40

/**
 * More pasted text than this is refused whole, unread: it is ten times what a class of 100
 * produces with names of up to 40 bytes (a code of at most 97 characters, and room around it),
 * so it is not a class's codes, and a list of its pieces would help nobody.
 */
export const MAX_PASTE_LENGTH = 100 * 10 * (97 + 30)

export const NOTHING_PASTED = 'Nothing to add: paste or type one or more result codes.'

/** One piece of a paste: a whole result code, or a run of text that is not one. */
interface Piece {
  text: string
  decoded: Decoded<{ code: string, result: ResultSpec }>
}

interface Token {
  start: number
  end: number
  /** The token's symbol values, or null if it holds a character no code has. */
  symbols: number[] | null
}

// Phones and word processors turn a typed hyphen into a dash, and chat apps slip in zero-width
// characters; full-width letters and hyphens (East Asian keyboards) become ASCII through NFKC.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g
const INVISIBLE = /\p{Cf}/gu
// Lines, commas and semicolons always end a code; spaces and hyphens may sit inside one.
const PIECE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029,;]+/
const TOKEN = /[^\s-]+/g

// A run of words is only worth decoding when the CRC-16 over all its bits is zero (the CRC of
// the body equals the CRC that ends it), and the register can be carried from word to word, so
// even a paste of single letters is read in linear time. decodeResultCode still makes the full
// check; codes shorter than MIN_RESULT_CODE_LENGTH are not worth decoding.

function tokensOf(line: string): Token[] {
  return [...line.matchAll(TOKEN)].map((m) => {
    const code = normaliseCode(m[0])
    return { start: m.index, end: m.index + m[0].length, symbols: code === null ? null : [...code].map(ch => ALPHABET.indexOf(ch)) }
  })
}

/** The shortest run of tokens from `from` that decodes as a result code, or null if none does. */
function codeAt(tokens: readonly Token[], from: number): { last: number, code: string, result: ResultSpec } | null {
  let length = 0
  let register = 0
  for (let i = from; i < tokens.length; i++) {
    const symbols = tokens[i]?.symbols ?? null
    if (symbols === null)
      return null
    length += symbols.length
    if (length > MAX_RESULT_CODE_LENGTH)
      return null
    for (const symbol of symbols)
      register = crcSymbol(register, symbol, 16)
    if (length >= MIN_RESULT_CODE_LENGTH && register === 0) {
      const code = tokens.slice(from, i + 1).map(t => (t.symbols ?? []).map(s => ALPHABET[s]).join('')).join('')
      const decoded = decodeResultCode(code)
      if (decoded.ok)
        return { last: i, code, result: decoded.value }
    }
  }
  return null
}

function piecesOfLine(line: string): Piece[] {
  const tokens = tokensOf(line)
  const pieces: Piece[] = []
  let junkFrom: number | null = null
  const endJunk = (last: number) => {
    if (junkFrom === null)
      return
    const text = line.slice(tokens[junkFrom]?.start, tokens[last]?.end)
    const decoded = decodeResultCode(text)
    // Never ok: the run would have been found as a code. Guarded all the same.
    pieces.push({ text, decoded: decoded.ok ? { ok: false, reason: 'That is not a result code.' } : decoded })
    junkFrom = null
  }
  let i = 0
  while (i < tokens.length) {
    const found = codeAt(tokens, i)
    if (found === null) {
      junkFrom ??= i
      i++
      continue
    }
    endJunk(i - 1)
    pieces.push({ text: line.slice(tokens[i]?.start, tokens[found.last]?.end), decoded: { ok: true, value: { code: found.code, result: found.result } } })
    i = found.last + 1
  }
  endJunk(tokens.length - 1)
  return pieces
}

/**
 * Reads a paste into pieces. Lines, commas and semicolons always separate; within a line, the
 * words (split at spaces and hyphens) are read left to right, each code being the shortest run
 * of words that decodes, so that codes typed in groups and several codes on one line are both
 * found. Words that belong to no code are kept together as one piece per unbroken run, which
 * the caller reports as unreadable. The CRC makes a wrong split vanishingly unlikely.
 */
function readPieces(text: string): Piece[] {
  const prepared = text.normalize('NFKC').replace(DASHES, '-').replace(INVISIBLE, '')
  return prepared.split(PIECE_BREAKS).flatMap(piecesOfLine)
}

/**
 * The pieces of a paste, each as pasted: either one whole result code (possibly grouped with
 * hyphens or spaces) or a run of text that is none. Empty for a paste with nothing in it.
 */
export function splitCodes(text: string): string[] {
  if (text.length > MAX_PASTE_LENGTH)
    return [text.trim()]
  return readPieces(text).map(p => p.text)
}

/** Names match whatever their case, spacing or Unicode form; an empty name matches none. */
function nameKey(name: string): string {
  return cleanName(name).normalize('NFC').toLowerCase()
}

function sameAnswers(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** How much of a refused text is cleaned for display: plenty for SHOWN_LENGTH characters. */
const SHOWN_SCAN = 8 * SHOWN_LENGTH

function shown(text: string): string {
  // Cleaning a megabyte paste whole would take seconds to show 40 characters of it.
  const cut = text.length > SHOWN_SCAN
  const chars = [...cleanName(cut ? text.slice(0, SHOWN_SCAN).replace(/[\uD800-\uDBFF]$/, '') : text)]
  return chars.length > SHOWN_LENGTH || cut ? `${chars.slice(0, SHOWN_LENGTH - 1).join('')}…` : chars.join('')
}

function whose(name: string): string {
  return name === '' ? 'a student with no name' : name
}

/**
 * Adds the result codes in `text` to those collected for a session of `questionCount`
 * questions. Refuses, with a reason naming the student when the code could be read: text that
 * is not a code; a code from another session; the wrong number of answers; a code already
 * collected (or pasted twice); another code under a name already collected. An empty paste
 * is refused with NOTHING_PASTED, so the teacher always hears back. Never throws.
 */
export function collectCodes(
  session: SessionSpec,
  questionCount: number,
  existing: readonly CollectedResult[],
  text: string,
  now: string,
): Collected {
  const results = [...existing]
  const added: CollectedResult[] = []
  const rejected: RejectedCode[] = []
  if (text.length > MAX_PASTE_LENGTH) {
    const reason = `That is too much text to read at once: paste at most ${MAX_PASTE_LENGTH} characters at a time.`
    return { results, added, rejected: [{ code: shown(text), text: text.trim(), reason }] }
  }
  const pieces = readPieces(text)
  if (pieces.length === 0)
    return { results, added, rejected: [{ code: '', text: '', reason: NOTHING_PASTED }] }

  const codes = new Set(existing.map(r => normaliseCode(r.code) ?? r.code))
  const byName = new Map<string, CollectedResult>()
  for (const r of existing) {
    const key = nameKey(r.name)
    if (key !== '' && !byName.has(key))
      byName.set(key, r)
  }

  for (const piece of pieces) {
    const refuse = (reason: string) => rejected.push({ code: shown(piece.text), text: piece.text, reason })
    if (!piece.decoded.ok) {
      refuse(piece.decoded.reason)
      continue
    }
    const { code, result } = piece.decoded.value
    const who = whose(result.name)
    if (!sameSession(session, result.session)) {
      refuse(`The result of ${who} is from another session: check that they joined with this session’s code.`)
      continue
    }
    if (result.answers.length !== questionCount) {
      refuse(`The result of ${who} has ${result.answers.length} answers, but this quiz has ${questionCount} questions.`)
      continue
    }
    const key = nameKey(result.name)
    const sameName = key === '' ? undefined : byName.get(key)
    if (codes.has(code) || (sameName !== undefined && sameAnswers(sameName.answers, result.answers))) {
      refuse(`The result of ${who} is already collected.`)
      continue
    }
    if (sameName !== undefined) {
      refuse(`A different result for ${whose(sameName.name)} is already collected. The first one is kept: to replace it, remove it from the results, then add this code again.`)
      continue
    }
    const collected: CollectedResult = { code, name: result.name, answers: result.answers, collectedAt: now }
    results.push(collected)
    added.push(collected)
    codes.add(code)
    if (key !== '')
      byName.set(key, collected)
  }
  return { results, added, rejected }
}

/** The results without the one whose code is `code` (grouped or not). */
export function removeResult(results: readonly CollectedResult[], code: string): CollectedResult[] {
  const target = normaliseCode(code) ?? code
  return results.filter(r => r.code !== target)
}
