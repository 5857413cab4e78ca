import { describe, expect, it } from 'vitest'
import { readHistory } from '~/quiz/practice/history'
import { wrapEnvelope } from '~/quiz/saved/envelope'
import { cleanText } from '~/quiz/text'
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
