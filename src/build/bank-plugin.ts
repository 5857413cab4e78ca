import type { Plugin } from 'vite'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { articleModel } from '../quiz/bank/article-view.ts'
import { articleBody } from '../quiz/bank/bank.ts'
import { bankFingerprint } from '../quiz/classroom/join-code.ts'
import { itemsQuizItems } from '../quiz/generate/generate.ts'
import { topicSummaries } from '../quiz/generate/topics.ts'
import { ITEMS_QUIZ_LIMIT } from '../quiz/settings.ts'
import { loadBank, readSeed } from './load-bank.ts'

export const BANK_MODULE_ID = 'virtual:quorum-bank'
export const TOPICS_MODULE_ID = 'virtual:quorum-topics'
export const ARTICLE_MODULE_ID = 'virtual:quorum-article'

/**
 * Serves the checked question bank as `virtual:quorum-bank`, a small summary of its topics
 * (names and facts, for the home screen) as `virtual:quorum-topics`, and the article with the
 * items citing each sentence as `virtual:quorum-article`. A malformed bank stops the
 * build (and the tests, which load the same modules) with a message naming file, item and field.
 */
export function bankPlugin(root: string): Plugin {
  const ids = new Set([BANK_MODULE_ID, TOPICS_MODULE_ID, ARTICLE_MODULE_ID])
  return {
    name: 'quorum-bank',
    resolveId(id) {
      return ids.has(id) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith('\0') || !ids.has(id.slice(1)))
        return undefined
      for (const dir of ['questions', 'seeds']) {
        for (const file of readdirSync(join(root, dir)))
          this.addWatchFile(join(root, dir, file))
      }
      const bank = loadBank(root)
      const seed = readSeed(join(root, 'seeds'))
      const make: Record<string, () => unknown> = {
        [BANK_MODULE_ID]: () => bank,
        [TOPICS_MODULE_ID]: () => topicSummaries(bank),
        [ARTICLE_MODULE_ID]: () => articleModel(bank, seed.split('\n')[0]?.trim() ?? '', articleBody(seed), ids => itemsQuizItems(bank, ids, ITEMS_QUIZ_LIMIT).length),
      }
      const extra = id.slice(1) === TOPICS_MODULE_ID ? `\nexport const fingerprint = ${bankFingerprint(bank)}` : ''
      return `export default ${JSON.stringify(make[id.slice(1)]?.())}${extra}`
    },
  }
}
