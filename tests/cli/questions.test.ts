// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBank } from '../../src/build/load-bank'
import type { PublicQuestion } from '../../src/quiz/export'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const bank = loadBank(ROOT)

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function questions(...args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(TSX, ['src/cli/questions.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 })
  return { status, stdout, stderr }
}

function printed(run: Run): { seed?: string, questions: PublicQuestion[] } {
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as { seed?: string, questions: PublicQuestion[] }
}

const BAD_ARGS = [
  ['--count', 'abc'],
  ['--count', '0'],
  ['--count', '9999'],
  ['--topic', 'nope'],
  ['--bogus'],
  ['--all', '--seed', '1'],
]

// Each run starts Node and tsx (about a second), so every run is made once, up front.
const runs = new Map<string, Run>()
const run = (...args: string[]) => runs.get(args.join(' '))!

beforeAll(() => {
  for (const args of [['--seed', '42', '--count', '10'], ['--seed', '43', '--count', '10'], ['--all'], ['--topic', 'people', '--seed', 'p'], ...BAD_ARGS])
    runs.set(args.join(' '), questions(...args))
  // The same seed again, to compare.
  runs.set('again', questions('--seed', '42', '--count', '10'))
}, 120_000)

describe('questions CLI: a quiz', () => {
  it('prints one JSON object with the seed and ten questions', () => {
    const out = printed(run('--seed', '42', '--count', '10'))
    expect(Object.keys(out)).toEqual(['seed', 'questions'])
    expect(out.seed).toBe('42')
    expect(out.questions).toHaveLength(10)
    expect(run('--seed', '42', '--count', '10').stdout.trim().split('\n')).toHaveLength(1)
  })

  it('prints each question in the public shape, with the key at the answer index', () => {
    for (const q of printed(run('--seed', '42', '--count', '10')).questions) {
      expect(Object.keys(q).sort()).toEqual(['answer', 'explanation', 'id', 'options', 'prompt', 'sources', 'topic'])
      expect(q.options.length).toBeGreaterThanOrEqual(3)
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length).toBe(true)
      const item = bank.items.find(i => i.id === q.id)
      expect(item).toBeDefined()
      expect(q.options[q.answer]).toBe(item?.key)
      expect([...q.options].sort()).toEqual([item!.key, ...item!.distractors.map(d => d.text)].sort())
      expect([q.topic, q.prompt, q.explanation, q.sources]).toEqual([item!.topic, item!.prompt, item!.explanation, item!.sources])
    }
  })

  it('asks ten different items', () => {
    const ids = printed(run('--seed', '42', '--count', '10')).questions.map(q => q.id)
    expect(new Set(ids).size).toBe(10)
  })

  it('prints exactly the same for the same seed, and another quiz for another seed', () => {
    expect(run('again').stdout).toBe(run('--seed', '42', '--count', '10').stdout)
    const other = printed(run('--seed', '43', '--count', '10'))
    expect(other.seed).toBe('43')
    expect(other.questions.map(q => q.id)).not.toEqual(printed(run('--seed', '42', '--count', '10')).questions.map(q => q.id))
  })

  it('keeps to one topic with --topic', () => {
    const out = printed(run('--topic', 'people', '--seed', 'p'))
    expect(out.questions).toHaveLength(10)
    expect(new Set(out.questions.map(q => q.topic))).toEqual(new Set(['people']))
  })
})

describe('questions CLI: --all', () => {
  it('prints every item of the bank once, in bank order', () => {
    const out = printed(run('--all'))
    expect(Object.keys(out)).toEqual(['questions'])
    const ids = out.questions.map(q => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(bank.items.map(i => i.id))
    expect(ids.length).toBeGreaterThan(0)
  })

  it('puts each key at its answer index', () => {
    for (const q of printed(run('--all')).questions)
      expect(q.options[q.answer]).toBe(bank.items.find(i => i.id === q.id)?.key)
  })
})

describe('questions CLI: bad arguments', () => {
  it.each(BAD_ARGS)('%s %s exits non-zero with a message and the usage on stderr, nothing on stdout', (...args) => {
    const { status, stdout, stderr } = run(...args)
    expect(status).not.toBe(0)
    expect(status).not.toBeNull()
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^questions: \S/)
    expect(stderr).toContain('Usage: npm run --silent questions -- [options]')
  })

  it.each([
    [['--count', 'abc'], '"abc"'],
    [['--count', '9999'], `more than the ${bank.items.length} questions available`],
    [['--topic', 'nope'], 'topics are: people, security-council, vote'],
    [['--bogus'], '--bogus'],
  ])('for %j says what was wrong', (args, says) => {
    expect(run(...args).stderr.split('\n')[0]).toContain(says)
  })
})
