import type { Difficulty } from '../quiz/types'
import process, { argv, stderr, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadBank } from '../build/load-bank'
import { BankError } from '../quiz/bank/bank'
import { buildQuestion, buildQuiz, candidatesFor, selectPool } from '../quiz/generate/generate'
import { toPublicQuestion } from '../quiz/generate/public'
import { SCENARIO_TEMPLATES } from '../quiz/generate/scenarios'
import { createRng } from '../quiz/random'
import { DEFAULT_DIFFICULTY, DIFFICULTIES } from '../quiz/settings'

const SAMPLES_PER_TEMPLATE = 3

const USAGE = `Usage: npm run --silent questions -- [options]

Prints questions from the Quorum bank as one JSON object on stdout.

  --seed S      seed for the quiz (any text; default: a random one, printed in the output)
  --count N     number of questions, 1 or more (default 10)
  --topic ID    only questions of this topic
  --difficulty  easy, normal or hard (default normal): which items, and how close the
                wrong options are
  --all         every item of the bank once, instead of a quiz, plus a few samples
                of each scenario template (under "samples")
  --help        show this message
`

class UsageError extends Error {}

const root = fileURLToPath(new URL('../..', import.meta.url))

function main(args: string[]): string {
  let parsed
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        count: { type: 'string' },
        topic: { type: 'string' },
        difficulty: { type: 'string' },
        all: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    })
  }
  catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values } = parsed
  if (values.help)
    return USAGE.trimEnd()

  const bank = loadBank(root)
  const topic = values.topic ?? null
  if (topic !== null && !bank.topics.some(t => t.id === topic))
    throw new UsageError(`unknown topic "${topic}"; topics are: ${bank.topics.map(t => t.id).join(', ')}`)

  const difficulty = (values.difficulty ?? DEFAULT_DIFFICULTY) as Difficulty
  if (!DIFFICULTIES.includes(difficulty))
    throw new UsageError(`--difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${values.difficulty}"`)

  if (values.all) {
    if (values.seed !== undefined || values.count !== undefined)
      throw new UsageError('--all prints every item; it takes no --seed or --count')
    // The canonical phrasing of each item; the options as this difficulty would show them.
    const questions = selectPool(bank, topic)
      .map(item => toPublicQuestion(buildQuestion({ ...item, variants: [] }, createRng(item.id), difficulty)))
    const samples = SCENARIO_TEMPLATES
      .filter(t => topic === null || t.topic === topic)
      .flatMap((t) => {
        const rng = createRng(`samples|${t.id}|${difficulty}`)
        return Array.from({ length: SAMPLES_PER_TEMPLATE }, () => toPublicQuestion(buildQuestion(t.generate(rng, difficulty), rng, difficulty)))
      })
    return JSON.stringify({ questions, samples })
  }

  const countText = values.count ?? '10'
  if (!/^\d+$/.test(countText) || Number(countText) < 1)
    throw new UsageError(`--count must be a whole number of at least 1, not "${countText}"`)
  const count = Number(countText)
  const available = new Set(candidatesFor(bank, topic).map(c => c.fact)).size
  if (count > available)
    throw new UsageError(`--count ${count} is more than the ${available} questions available${topic === null ? '' : ` on topic "${topic}"`}`)

  const seed = values.seed ?? Math.floor(Math.random() * 2 ** 32).toString(36)
  if (seed === '')
    throw new UsageError('--seed must not be empty')
  const quiz = buildQuiz(bank, { seed, count, topic, difficulty })
  return JSON.stringify({ seed, questions: quiz.questions.map(toPublicQuestion) })
}

// exitCode rather than exit(): output to a pipe may still be in flight.
try {
  stdout.write(`${main(argv.slice(2))}\n`)
}
catch (error) {
  if (error instanceof UsageError) {
    stderr.write(`questions: ${error.message}\n\n${USAGE}`)
    process.exitCode = 2
  }
  else if (error instanceof BankError) {
    stderr.write(`questions: the question bank is malformed: ${error.message}\n`)
    process.exitCode = 1
  }
  else {
    throw error
  }
}
