import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { loadBank } from './load-bank.ts'

export const BANK_MODULE_ID = 'virtual:quorum-bank'
const RESOLVED_ID = `\0${BANK_MODULE_ID}`

/**
 * Serves the checked question bank as `virtual:quorum-bank`. A malformed bank stops the build
 * (and the tests, which load the same module) with a message naming file, item and field.
 */
export function bankPlugin(root: string): Plugin {
  return {
    name: 'quorum-bank',
    resolveId(id) {
      return id === BANK_MODULE_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      for (const dir of ['questions', 'seeds']) {
        for (const file of readdirSync(join(root, dir)))
          this.addWatchFile(join(root, dir, file))
      }
      const bank = loadBank(root)
      return `export default ${JSON.stringify(bank)}`
    },
  }
}
