import type { Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHintsPlugin, startupChunks } from '~/build/compile-hints'

type Bundle = Rolldown.OutputBundle

function chunk(fileName: string, over: { isEntry?: boolean, imports?: string[], dynamicImports?: string[] } = {}) {
  return { type: 'chunk', fileName, code: `/* ${fileName} */`, isEntry: false, imports: [], dynamicImports: [], ...over }
}

/** An app shaped like Quorum's: boot → (data, app) → shared chunks; screens load later. */
function bundle(): Bundle {
  const chunks = [
    chunk('assets/index.js', { isEntry: true, dynamicImports: ['assets/quiz.js', 'assets/main.js'] }),
    chunk('assets/quiz.js', { imports: ['assets/index.js'] }),
    chunk('assets/main.js', { imports: ['assets/quiz.js', 'assets/runtime-dom.js'], dynamicImports: ['assets/QuizView.js'] }),
    chunk('assets/runtime-dom.js', { imports: ['assets/quiz.js'] }),
    chunk('assets/QuizView.js', { imports: ['assets/quiz.js', 'assets/score.js'] }),
    chunk('assets/score.js'),
    { type: 'asset', fileName: 'assets/style.css', source: 'body{}' },
  ]
  return Object.fromEntries(chunks.map(c => [c.fileName, c])) as unknown as Bundle
}

describe('compile hints', () => {
  it('finds what the boot script loads: the entry, its dynamic imports and their static imports', () => {
    expect(startupChunks(bundle()).map(c => c.fileName).sort())
      .toEqual(['assets/index.js', 'assets/main.js', 'assets/quiz.js', 'assets/runtime-dom.js'])
  })

  it('marks those, once, at the very start of the file, and nothing a later screen loads', () => {
    const b = bundle()
    const plugin = compileHintsPlugin()
    const hook = plugin.generateBundle as { handler: (options: unknown, bundle: Bundle) => void }
    hook.handler({}, b)
    hook.handler({}, b)
    const code = (file: string) => (b[file] as Rolldown.OutputChunk).code
    for (const file of ['assets/index.js', 'assets/main.js', 'assets/quiz.js', 'assets/runtime-dom.js'])
      expect(code(file)).toBe(`${COMPILE_HINT}/* ${file} */`)
    for (const file of ['assets/QuizView.js', 'assets/score.js'])
      expect(code(file)).toBe(`/* ${file} */`)
  })
})
