import { describe, expect, it } from 'vitest'
import { readHistory } from '~/quiz/practice/history'
import { wrapEnvelope } from '~/quiz/saved/envelope'
import { cleanName, cleanText, graphemes, listWords } from '~/quiz/text'
import { makeAttempt } from '../builders'

describe('cleanText', () => {
  it.each([
    ['plain text', 'Vassily Nebenzia', 'Vassily Nebenzia'],
    ['a right-to-left override', 'Amal\u202Egnp.exe', 'Amalgnp.exe'],
    ['isolates and marks', '\u2066x\u2069 \u200Fy\u200E \u061Cz', 'x y z'],
    ['embeddings and pop', '\u202Aa\u202Bb\u202C', 'ab'],
    ['C0 and C1 controls', 'a\0b\x07c\x1Bd\x7Fe\x85f\x9Fg', 'abcdefg'],
    ['tab and newline kept', 'line one\n\tline two', 'line one\n\tline two'],
    ['Arabic and Hebrew letters kept', 'سلام שלום', 'سلام שלום'],
    ['emoji sequences kept', 'team 👩‍👩‍👧 🇺🇳', 'team 👩‍👩‍👧 🇺🇳'],
  ])('%s', (_, input, output) => {
    expect(cleanText(input)).toBe(output)
  })
})

describe('text read back from storage or an import', () => {
  it('loses control and bidirectional-override characters in every field shown', () => {
    const attempt = makeAttempt({ id: 'a1' })
    const hostile = {
      ...attempt,
      questions: attempt.questions.map(q => ({ ...q, prompt: `\u202E${q.prompt}\u0007`, key: `\u2066${q.key}` })),
    }
    const read = readHistory(JSON.stringify(wrapEnvelope([hostile])))
    expect(read.status).toBe('ok')
    const questions = read.status === 'ok' ? read.data[0]!.questions : []
    expect(questions.length).toBeGreaterThan(0)
    for (const [i, q] of questions.entries()) {
      expect(q.prompt).toBe(attempt.questions[i]!.prompt)
      expect(q.key).toBe(attempt.questions[i]!.key)
    }
  })
})

describe('cleanName', () => {
  it.each([
    ['a plain name', '  Amal   Haddad ', 'Amal Haddad'],
    ['a family emoji, joined by zero-width joiners', 'Ana 👨‍👩‍👧', 'Ana 👨‍👩‍👧'],
    ['a profession with a skin tone', 'Dr 👩🏽‍⚕️', 'Dr 👩🏽‍⚕️'],
    ['a rainbow flag (variation selector and joiner)', '🏳️‍🌈 Kim', '🏳️‍🌈 Kim'],
    ['a subdivision flag (tag characters)', 'Owen 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'Owen 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
    ['a Persian name with a zero-width non-joiner', 'می‌نا', 'می‌نا'],
    ['a Devanagari conjunct with a joiner', 'क्‍ष', 'क्‍ष'],
    ['letters with combining marks', 'Jose\u0301 Zoe\u0308', 'Jose\u0301 Zoe\u0308'],
    ['a joiner hidden inside an ASCII name', 'Am\u200Dal', 'Amal'],
    ['a joiner next to a space', 'Amal \u200D👩', 'Amal 👩'],
    ['tag characters that hide text', 'Amal\u{E0068}\u{E0069}', 'Amal'],
    ['a right-to-left override', 'Amal\u202Egnp.exe', 'Amalgnp.exe'],
    ['a soft hyphen, a byte-order mark and a word joiner', 'A\u00ADm\uFEFFa\u2060l', 'Amal'],
    ['control characters and line breaks', 'Amal\u0007\nHaddad\t', 'Amal Haddad'],
  ])('keeps %s whole, or drops what is invisible', (_, input, output) => {
    expect(cleanName(input)).toBe(output)
    expect(cleanName(output)).toBe(output)
  })
})

describe('graphemes', () => {
  it.each([
    ['Zoë', ['Z', 'o', 'ë']],
    ['Zoe\u0308', ['Z', 'o', 'e\u0308']],
    ['👨‍👩‍👧🇬🇷', ['👨‍👩‍👧', '🇬🇷']],
    ['Παπαδόπουλος', [...'Παπαδόπουλος']],
    ['', []],
  ])('splits %j into what a reader counts as characters', (text, expected) => {
    expect(graphemes(text)).toEqual(expected)
  })
})

describe('listWords', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('reads %j as %j', (words, text) => {
    expect(listWords(words)).toBe(text)
  })
})
