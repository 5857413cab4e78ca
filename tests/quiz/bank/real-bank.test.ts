// @vitest-environment node
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import bank from 'virtual:quorum-bank'
import { describe, expect, it } from 'vitest'
import { loadBank, readArticle } from '~/build/load-bank'
import { answerFreeStrategies, bankViolations, closeNumbersOffHard, generateQuizzes, itemVariety, keyPositions, questionViolations, repeatedFacts, sampleSettings } from '~/quiz/audit/audit'
import { keysStatedEarlier, undeclaredReveals, undeclaredTemplateReveals, unknownStatementIds } from '~/quiz/audit/reveals'
import { sameQuestions } from '~/quiz/audit/same-question'
import { sentenceCoverage, splitSentences } from '~/quiz/bank/article'
import { normaliseOption } from '~/quiz/bank/bank'
import { SCENARIO_TEMPLATES } from '~/quiz/generate/scenarios'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SEED = 'seeds/000_a744c7dd734fa45a.txt'
/** SHA-256 of the article as delivered in ../shared/seeds/. */
const SEED_SHA256 = '8f24b5222d1a1150a5fc8b03fda55bbe4a2d9148dce4b3930328f1118a698352'
const article = readArticle(join(ROOT, 'seeds'))
const ctx = { article }

describe('the article in seeds/', () => {
  it('is the delivered file, byte for byte', () => {
    const bytes = readFileSync(join(ROOT, SEED))
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SEED_SHA256)
    const shared = join(ROOT, '../shared', SEED)
    if (existsSync(shared))
      expect(bytes.equals(readFileSync(shared))).toBe(true)
  })
})

describe('the real question bank', () => {
  it('is what the app is built with', () => {
    expect(loadBank(ROOT)).toEqual(bank)
  })

  it('has the four topics, each well stocked', () => {
    expect(bank.topics.map(t => t.id).sort()).toEqual(['diplomacy', 'people', 'procedure', 'vote'])
    for (const topic of bank.topics)
      expect(bank.items.filter(i => i.topic === topic.id).length, topic.id).toBeGreaterThanOrEqual(25)
  })

  it('cites every sentence of the article at least once', () => {
    const uncited = sentenceCoverage(bank, article).filter(c => c.items.length === 0).map(c => `S${c.sentence.n}: ${c.sentence.text}`)
    expect(uncited).toEqual([])
  })

  it('quotes the article in whole sentences', () => {
    const sentences = new Set(splitSentences(article).map(s => s.text))
    const partial = bank.items.flatMap(i => i.sources.flatMap(s => s.kind === 'article' && !sentences.has(s.quote) ? [`${i.id}: ${s.quote}`] : []))
    expect(partial).toEqual([])
  })

  it('keeps every hard item-writing rule in every item and phrasing', () => {
    expect(bankViolations(bank, ctx)).toEqual([])
  })

  it.each(bank.items.map(i => [i.id, i] as const))('%s has distinct options, each wrong one with its reason', (_, item) => {
    const options = [item.key, ...item.distractors.map(d => d.text)]
    expect(new Set(options.map(normaliseOption)).size).toBe(options.length)
    for (const d of item.distractors)
      expect(d.why.length).toBeGreaterThan(10)
    for (const source of item.sources) {
      if (source.kind === 'article')
        expect(article).toContain(source.quote)
    }
  })

  it('never asks one question twice, across topics and phrasings (same key, same source)', () => {
    // Pairs that share a key and a source but ask different things, each for its reason.
    const different: [string, string][] = [
      // The rule itself, then the rule applied to electing the Council.
      ['procedure-ga-important-majority', 'procedure-ga-important-example-council'],
      // The rule itself, then what the European amendment needed on 24 February 2025.
      ['procedure-sc-nine-votes', 'procedure-record-sc-amendment-nine'],
      // The yes votes for resolution 2774, then the working days resolution 76/262 allows before the
      // Assembly debates a veto: both cite the records of 24 February 2025, and both keys are 10.
      ['procedure-record-2774-yes', 'procedure-veto-initiative-days'],
    ]
    expect(sameQuestions(bank.items)).toEqual(different)
  })

  it('uses every question form and every level', () => {
    expect(new Set(bank.items.map(i => i.form))).toEqual(new Set(['who', 'number', 'quote', 'cause', 'report', 'rule']))
    expect(new Set(bank.items.map(i => i.level))).toEqual(new Set([1, 2, 3]))
  })

  it('declares in `reveals` every other key its text states, as the text search finds them', () => {
    expect(undeclaredReveals(bank)).toEqual([])
  })

  it('is what each scenario template declares its wording reveals: facts of the bank, all of them', () => {
    expect(undeclaredTemplateReveals(bank, SCENARIO_TEMPLATES, 150)).toEqual([])
  })

  it('lists search exceptions only for items it has', () => {
    expect(unknownStatementIds(bank)).toEqual([])
  })

  it('can produce at least 500 distinct questions besides the scenario templates', () => {
    expect(itemVariety(bank)).toBeGreaterThanOrEqual(500)
  })
})

describe('the generator over many quizzes of the real bank', () => {
  // Enough quizzes that a fair shuffle stays well inside 5% of uniform: at 300, about 750
  // four-option questions left one position 4% off by chance alone.
  const quizzes = generateQuizzes(bank, 1000)
  const questions = quizzes.flatMap(q => q.questions)

  it('makes at least 2,000 questions from different seeds, topics, lengths and difficulties', () => {
    expect(questions.length).toBeGreaterThanOrEqual(2000)
    expect(new Set(quizzes.map(q => q.difficulty)).size).toBe(3)
    expect(new Set(quizzes.map(q => q.topic)).size).toBe(bank.topics.length + 1)
  })

  it('breaks no hard item-writing rule in any of them', () => {
    expect(questionViolations(questions, ctx)).toEqual([])
  })

  it('never asks one fact twice in a quiz', () => {
    expect(repeatedFacts(quizzes)).toEqual([])
  })

  it('puts the key in each position about equally often', () => {
    for (const [n, counts] of keyPositions(questions)) {
      const total = counts.reduce((a, b) => a + b, 0)
      for (const c of counts)
        expect(Math.abs(c / total - 1 / n), `${n} options: ${counts.join(', ')}`).toBeLessThan(0.05)
    }
  })

  it('gives answer-free strategies no real edge over guessing', () => {
    for (const s of answerFreeStrategies(questions))
      expect(s.accuracy - s.chance, s.name).toBeLessThan(0.04)
  })
})

describe('10,000 quizzes of the real bank', () => {
  // As many as the audit searches: every topic, length and difficulty, each from its own seed.
  const QUIZZES = 10_000
  const quizzes = generateQuizzes(bank, QUIZZES)

  it('cover every topic, length and difficulty, scenarios included', () => {
    expect(new Set(sampleSettings(bank, QUIZZES).map(s => `${s.topic}|${s.count}|${s.difficulty}`)).size).toBe((bank.topics.length + 1) * 3 * 3)
    expect(new Set(quizzes.map(q => q.seed)).size).toBe(QUIZZES)
    expect(quizzes.flatMap(q => q.questions).filter(q => q.form === 'scenario').length).toBeGreaterThan(3000)
  })

  it('show no key before the question that asks it, by the text search', () => {
    expect(keysStatedEarlier(quizzes)).toEqual([])
  })

  it('show no wrong number within 2 of the key in an easy or normal question', () => {
    expect(closeNumbersOffHard(quizzes)).toEqual([])
  })
})
