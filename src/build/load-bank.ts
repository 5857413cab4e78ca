import type { Bank, BankFileInput } from '../quiz/types.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { articleBody, BankError, parseBank } from '../quiz/bank/bank.ts'

/** The seed file's text: the one article in `seedsDir`. */
export function readSeed(seedsDir: string): string {
  const files = readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort()
  const first = files[0]
  if (first === undefined)
    throw new Error(`${seedsDir}: no article (.txt) found`)
  return readFileSync(join(seedsDir, first), 'utf8')
}

/** The article body (headline and standfirst left out). */
export function readArticle(seedsDir: string): string {
  return articleBody(readSeed(seedsDir))
}

/** The bank's JSON files, in name order, with paths relative to `root` for messages. */
export function readBankFiles(questionsDir: string, root: string): BankFileInput[] {
  return readdirSync(questionsDir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(questionsDir, f)
      const file = relative(root, path)
      const text = readFileSync(path, 'utf8')
      try {
        return { file, data: JSON.parse(text) as unknown }
      }
      catch (error) {
        throw new BankError(file, null, '(file)', `is not valid JSON: ${(error as Error).message}`)
      }
    })
}

/** Loads and checks the whole bank; throws a BankError naming file, item and field. */
export function loadBank(root: string): Bank {
  const article = readArticle(join(root, 'seeds'))
  return parseBank(readBankFiles(join(root, 'questions'), root), { article })
}
