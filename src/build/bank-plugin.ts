import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { topicSummaries } from '../quiz/topics.ts'
import { loadBank } from './load-bank.ts'

export const BANK_MODULE_ID = 'virtual:quorum-bank'
export const TOPICS_MODULE_ID = 'virtual:quorum-topics'

/**
 * Serves the checked question bank as `virtual:quorum-bank`, and a small summary of its topics
 * (names and facts, for the home screen) as `virtual:quorum-topics`. A malformed bank stops the
 * build (and the tests, which load the same modules) with a message naming file, item and field.
 */
export function bankPlugin(root: string): Plugin {
  const ids = new Set([BANK_MODULE_ID, TOPICS_MODULE_ID])
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
      const data = id.slice(1) === BANK_MODULE_ID ? bank : topicSummaries(bank)
      return `export default ${JSON.stringify(data)}`
    },
  }
}
