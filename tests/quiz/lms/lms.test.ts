import type { Source } from '~/quiz/types'
// @vitest-environment node
import bank from 'virtual:quorum-bank'
import { describe, expect, it } from 'vitest'
import {
  categoryName,
  categoryPath,
  generalFeedback,
  lmsFeedback,
  lmsFromItem,
  lmsFromQuestion,
  lmsLine,
  lmsText,
  sourceText,
} from '~/quiz/lms/lms'
import { hashSeed } from '~/quiz/random'
import { makeItem, makeQuestion, makeTextItem } from '../../builders'
import { BANK_QUESTIONS, sessionQuestions, SESSIONS } from './fixtures'
import { splitCategoryPath } from './parsed'

describe('lmsFromItem', () => {
  it('keeps the main prompt, the key and every distractor, each with its reason', () => {
    const item = makeTextItem('who-drafted')
    const q = lmsFromItem(item, 'People')
    expect(q.prompt).toBe(item.prompt)
    expect(q.category).toBe('People')
    expect([...q.options].sort()).toEqual([item.key, ...item.distractors.map(d => d.text)].sort())
    expect(q.options[q.answer]).toBe(item.key)
    expect(q.feedback[q.answer]).toBeNull()
    for (const d of item.distractors)
      expect(q.feedback[q.options.indexOf(d.text)]).toBe(d.why)
    expect(q.keepOrder).toBe(false)
    expect({ explanation: q.explanation, sources: q.sources }).toEqual({ explanation: item.explanation, sources: item.sources })
  })

  it.each([
    ['item-a'],
    ['item-b'],
    ['vote-yes-count-words'],
    ['x'],
  ])('puts the key of %s where its id hashes to', (id) => {
    const q = lmsFromItem(makeTextItem(id), 'T')
    expect(q.answer).toBe(hashSeed(id) % 4)
  })

  it('sorts numbers by value, as the app shows them, and keeps that order', () => {
    const q = lmsFromItem(makeItem({ key: '93', distractors: [
      { text: '111', why: 'Yes and no together.', near: true },
      { text: '18', why: 'The no votes.', near: false },
      { text: '9', why: 'Too few.', near: false },
    ] }), 'Vote')
    expect(q.options).toEqual(['9', '18', '93', '111'])
    expect(q.answer).toBe(2)
    expect(q.feedback).toEqual(['Too few.', 'The no votes.', null, 'Yes and no together.'])
    expect(q.keepOrder).toBe(true)
  })
})

describe('the key position over the real bank', () => {
  const shuffled = BANK_QUESTIONS.filter(q => !q.keepOrder)
  const counts = new Map<number, number>()
  for (const q of shuffled)
    counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1)

  it.each([0, 1, 2, 3])('puts some keys at position %i', (position) => {
    expect(counts.get(position) ?? 0).toBeGreaterThan(0)
  })

  it('puts no position above half the keys', () => {
    expect(Math.max(...counts.values())).toBeLessThan(shuffled.length / 2)
  })

  it.each(bank.topics.map(t => [t.id] as const))('varies within topic %s', (topic) => {
    const positions = new Set(bank.items.flatMap((item, i) => item.topic === topic ? [BANK_QUESTIONS[i]!.answer] : []))
    expect(positions.size).toBeGreaterThan(1)
  })

  it('sorts every number item ascending', () => {
    for (const q of BANK_QUESTIONS.filter(q => q.keepOrder)) {
      const values = q.options.map(Number)
      expect(values, q.id).toEqual([...values].sort((a, b) => a - b))
    }
  })
})

describe('lmsFromQuestion', () => {
  it('keeps the question as the students saw it', () => {
    const question = makeQuestion()
    expect(lmsFromQuestion(question, 'The vote')).toEqual({
      id: question.id,
      category: 'The vote',
      prompt: question.prompt,
      options: question.options,
      answer: question.answer,
      feedback: question.reasons,
      explanation: question.explanation,
      sources: question.sources,
      keepOrder: true,
    })
  })
})

describe('the session quizzes the round-trip tests export', () => {
  it('include scenario questions made from the voting rules, and numbers', () => {
    const questions = SESSIONS.flatMap(sessionQuestions)
    expect(questions.some(q => q.id.startsWith('scenario-'))).toBe(true)
    expect(questions.some(q => q.options.every(o => /^\d+$/.test(o)))).toBe(true)
  })
})

describe('sourceText', () => {
  it.each<[Source, string]>([
    [{ kind: 'article', quote: 'passed with 93 votes for' }, 'From the article: “passed with 93 votes for”'],
    [{ kind: 'charter', ref: 'UN Charter, Article 27(3)' }, 'Source: UN Charter, Article 27(3)'],
    [{ kind: 'rules', ref: 'GA Rules of Procedure, rule 86', quote: 'present and voting' }, 'Source: GA Rules of Procedure, rule 86: “present and voting”'],
    [{ kind: 'record', ref: 'A/RES/ES-11/1', quote: '' }, 'Source: A/RES/ES-11/1'],
    [{ kind: 'article', quote: 'two\nlines' }, 'From the article: “two lines”'],
  ])('%j reads %j', (source, text) => {
    expect(sourceText(source)).toBe(text)
  })
})

describe('generalFeedback', () => {
  it('is the explanation, a blank line, then one source a line', () => {
    const q = lmsFromQuestion(makeQuestion({
      explanation: 'Because.',
      sources: [{ kind: 'article', quote: 'a quote' }, { kind: 'charter', ref: 'Article 18(2)' }],
    }), 'T')
    expect(generalFeedback(q)).toBe('Because.\n\nFrom the article: “a quote”\nSource: Article 18(2)')
  })

  it('is the explanation alone without sources', () => {
    expect(generalFeedback(lmsFromQuestion(makeQuestion({ explanation: 'Because.', sources: [] }), 'T'))).toBe('Because.')
  })
})

describe('the text normalisation', () => {
  it.each([
    ['Plain text', 'Plain text'],
    ['  padded \n', 'padded'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['\u000Bvertical tab', 'vertical tab'],
    ['not a char: \uFFFE\uFFFF', 'not a char:'],
    ['lone \uD800 half', 'lone  half'],
    ['\uFEFFbyte-order mark', 'byte-order mark'],
    ['pair 😀 kept', 'pair 😀 kept'],
    ['tab\tinside', 'tab\tinside'],
    ['\u00A0no-break space kept\u00A0', '\u00A0no-break space kept\u00A0'],
  ])('lmsText(%j) is %j', (text, expected) => {
    expect(lmsText(text)).toBe(expected)
  })

  it.each([
    ['one\ntwo', 'one two'],
    ['one \n\n\t two', 'one two'],
    ['one\r\ntwo', 'one two'],
  ])('lmsLine(%j) is %j', (text, expected) => {
    expect(lmsLine(text)).toBe(expected)
  })

  it.each([
    [null, null],
    ['', null],
    [' \n', null],
    [' why ', 'why'],
  ])('lmsFeedback(%j) is %j', (text, expected) => {
    expect(lmsFeedback(text)).toBe(expected)
  })

  it('leaves every text of the real bank as it is', () => {
    for (const q of BANK_QUESTIONS) {
      for (const text of [q.id, q.prompt, ...q.options, ...q.feedback.filter(f => f !== null), generalFeedback(q)])
        expect(lmsText(text), q.id).toBe(text)
      expect(categoryName(q.category)).toBe(q.category)
    }
  })
})

describe('categoryPath', () => {
  it.each([
    ['The diplomacy', '$course$/Quorum/The diplomacy', 'The diplomacy'],
    ['Yes/no votes', '$course$/Quorum/Yes//no votes', 'Yes/no votes'],
    ['/slash first', '$course$/Quorum/ //slash first', '/slash first'],
    ['slash last/', '$course$/Quorum/slash last//', 'slash last/'],
    ['/', '$course$/Quorum/ //', '/'],
    ['a//b', '$course$/Quorum/a////b', 'a//b'],
    ['two\nlines  here\t', '$course$/Quorum/two lines here', 'two lines here'],
  ])('%j is filed under %j', (title, path, name) => {
    expect(categoryPath(title)).toBe(path)
    expect(splitCategoryPath(path)).toEqual(['$course$', 'Quorum', name])
  })

  it('files an empty title under the root', () => {
    expect(categoryPath(' \u0001 ')).toBe('$course$/Quorum')
  })
})
