// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bankPlugin } from '~/build/bank-plugin'
import { loadBank } from '~/build/load-bank'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** A throwaway project: the real article, and one bank file we can break. */
function makeProject(bank: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-bank-'))
  mkdirSync(join(dir, 'seeds'))
  mkdirSync(join(dir, 'questions'))
  const seed = 'seeds/000_a744c7dd734fa45a.txt'
  writeFileSync(join(dir, seed), readFileSync(join(ROOT, seed)))
  writeFileSync(join(dir, 'questions/vote.json'), typeof bank === 'string' ? bank : JSON.stringify(bank))
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="/main.js"></script>')
  writeFileSync(join(dir, 'main.js'), 'import bank from \'virtual:quorum-bank\'\nconsole.log(bank.items.length)\n')
  return dir
}

/** The real vote file, standing alone: what its items reveal of other files' facts is left out. */
function standalone(file: { items: Record<string, unknown>[] }): { items: Record<string, unknown>[] } {
  const facts = new Set(file.items.map(i => i.fact))
  return { ...file, items: file.items.map(i => ({ ...i, reveals: (i.reveals as string[] | undefined ?? []).filter(f => facts.has(f)) })) }
}

const realVote = standalone(JSON.parse(readFileSync(join(ROOT, 'questions/vote.json'), 'utf8')) as { items: Record<string, unknown>[] })

function brokenVote(field: string, value: unknown) {
  const items = realVote.items.map((item, i) => (i === 1 ? { ...item, [field]: value } : item))
  return { ...realVote, items }
}

describe('the bank at build time', () => {
  let dir = ''

  afterEach(() => {
    if (dir !== '')
      rmSync(dir, { recursive: true, force: true })
    dir = ''
  })

  describe('loadBank', () => {
    beforeEach(() => {
      dir = makeProject(realVote)
    })

    it('loads a valid bank', () => {
      expect(loadBank(dir).items.length).toBe(realVote.items.length)
    })
  })

  it.each([
    ['prompt', 'No question mark', 'prompt'],
    ['key', '', 'key'],
    ['sources', [{ kind: 'article', quote: 'A sentence the article never had.' }], 'sources[0].quote'],
    ['reveals', ['a-fact-no-item-tests'], 'reveals[0]'],
  ])('fails `vite build` naming the file, item and field when %s is wrong', async (field, value, named) => {
    dir = makeProject(brokenVote(field, value))
    const itemId = realVote.items[1]!.id as string
    const run = build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [bankPlugin(dir)],
      build: { write: false },
    })
    await expect(run).rejects.toThrow(`questions/vote.json: item "${itemId}": field "${named}"`)
  })

  it('fails naming the file when it is not JSON', () => {
    dir = makeProject('{ "version": 1, ')
    expect(() => loadBank(dir)).toThrow(/questions\/vote\.json: field "\(file\)": is not valid JSON/)
  })
})
