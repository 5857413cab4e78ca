// @vitest-environment node
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import bank from 'virtual:quorum-bank'
import { describe, expect, it } from 'vitest'
import { loadBank, readArticle } from '../../src/build/load-bank'
import { normaliseOption } from '../../src/quiz/bank'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SEED = 'seeds/000_a744c7dd734fa45a.txt'
/** SHA-256 of the article as delivered in ../shared/seeds/. */
const SEED_SHA256 = '8f24b5222d1a1150a5fc8b03fda55bbe4a2d9148dce4b3930328f1118a698352'

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
  const article = readArticle(join(ROOT, 'seeds'))

  it('is what the app is built with', () => {
    expect(loadBank(ROOT)).toEqual(bank)
  })

  it('has at least 30 items on the vote, the people and the Security Council rule', () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(30)
    expect(bank.topics.map(t => t.id).sort()).toEqual(['people', 'security-council', 'vote'])
    for (const topic of bank.topics)
      expect(bank.items.filter(i => i.topic === topic.id).length, topic.id).toBeGreaterThanOrEqual(8)
  })

  it.each(bank.items.map(i => [i.id, i] as const))('%s quotes the article verbatim and cites every source', (_, item) => {
    expect(item.sources.length).toBeGreaterThan(0)
    for (const source of item.sources) {
      if (source.kind === 'article')
        expect(article).toContain(source.quote)
      else
        expect(source.ref).toMatch(/\S/)
    }
  })

  it.each(bank.items.map(i => [i.id, i] as const))('%s has distinct options, each distractor with a reason', (_, item) => {
    const options = [item.key, ...item.distractors.map(d => d.text)]
    expect(new Set(options.map(normaliseOption)).size).toBe(options.length)
    for (const d of item.distractors)
      expect(d.why.length).toBeGreaterThan(10)
    expect(item.explanation.length).toBeGreaterThan(20)
    expect(item.prompt.endsWith('?')).toBe(true)
  })
})
