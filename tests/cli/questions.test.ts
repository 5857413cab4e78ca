import type { PublicQuestion } from '~/quiz/generate/public'
// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBank } from '~/build/load-bank'
import { candidatesFor } from '~/quiz/generate/generate'
import { SCENARIO_TEMPLATES } from '~/quiz/generate/scenarios'

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

function printed(run: Run): { seed?: string, questions: PublicQuestion[], samples?: PublicQuestion[] } {
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as { seed?: string, questions: PublicQuestion[], samples?: PublicQuestion[] }
}

/** Distinct facts: the most questions one quiz can ask. */
const AVAILABLE = new Set(candidatesFor(bank, null).map(c => c.fact)).size

const BAD_ARGS = [
  ['--count', 'abc'],
  ['--count', '0'],
  ['--count', '9999'],
  ['--topic', 'nope'],
  ['--bogus'],
  ['--all', '--seed', '1'],
  ['--difficulty', 'extreme'],
]

// Each run starts Node and tsx (about a second), so every run is made once, up front.
const runs = new Map<string, Run>()
const run = (...args: string[]) => runs.get(args.join(' '))!

beforeAll(() => {
  for (const args of [['--seed', '42', '--count', '10'], ['--seed', '43', '--count', '10'], ['--all'], ['--topic', 'people', '--seed', 'p'], ['--seed', '42', '--count', '10', '--difficulty', 'hard'], ...BAD_ARGS])
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
      if (q.id.startsWith('scenario-'))
        continue
      const item = bank.items.find(i => i.id === q.id)
      expect(item).toBeDefined()
      expect(q.options[q.answer]).toBe(item?.key)
      for (const o of q.options)
        expect([item!.key, ...item!.distractors.map(d => d.text)]).toContain(o)
      expect([item!.prompt, ...item!.variants]).toContain(q.prompt)
      expect([q.topic, q.explanation, q.sources]).toEqual([item!.topic, item!.explanation, item!.sources])
    }
  })

  it('takes --difficulty: a hard quiz differs from a normal one with the same seed', () => {
    const hard = printed(run('--seed', '42', '--count', '10', '--difficulty', 'hard'))
    expect(hard.questions).toHaveLength(10)
    expect(hard.questions.map(q => q.id)).not.toEqual(printed(run('--seed', '42', '--count', '10')).questions.map(q => q.id))
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
  it('prints every item of the bank once, in bank order, in its first phrasing', () => {
    const out = printed(run('--all'))
    expect(Object.keys(out)).toEqual(['questions', 'samples'])
    expect(out.questions.map(q => q.prompt)).toEqual(bank.items.map(i => i.prompt))
    const ids = out.questions.map(q => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(bank.items.map(i => i.id))
    expect(ids.length).toBeGreaterThan(0)
  })

  it('adds a few samples of each scenario template, in the same shape', () => {
    const samples = printed(run('--all')).samples!
    for (const t of SCENARIO_TEMPLATES)
      expect(samples.filter(q => q.id.startsWith(`scenario-${t.id}-`)).length).toBeGreaterThanOrEqual(2)
    for (const q of samples)
      expect(Object.keys(q).sort()).toEqual(['answer', 'explanation', 'id', 'options', 'prompt', 'sources', 'topic'])
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
    [['--count', '9999'], `more than the ${AVAILABLE} questions available`],
    [['--topic', 'nope'], `topics are: ${bank.topics.map(t => t.id).join(', ')}`],
    [['--difficulty', 'extreme'], 'easy, normal, hard'],
    [['--bogus'], '--bogus'],
  ])('for %j says what was wrong', (args, says) => {
    expect(run(...args).stderr.split('\n')[0]).toContain(says)
  })
})
