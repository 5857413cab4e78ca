import type { Plugin, Rolldown } from 'vite'

type OutputBundle = Rolldown.OutputBundle
type OutputChunk = Rolldown.OutputChunk

/**
 * V8's explicit compile hint: a file that starts with this comment has all its functions
 * compiled eagerly, on a background thread while it downloads, instead of one by one on the
 * main thread the first time each is called. https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * What the boot script loads to start the app: the entry chunk, what it imports dynamically
 * (src/boot.ts imports only the app), and every chunk those import statically.
 */
export function startupChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const byFile = new Map(chunks.map(c => [c.fileName, c]))
  const found = new Map<string, OutputChunk>()
  const visit = (file: string) => {
    const chunk = byFile.get(file)
    if (chunk === undefined || found.has(file))
      return
    found.set(file, chunk)
    chunk.imports.forEach(visit)
  }
  for (const entry of chunks.filter(c => c.isEntry)) {
    visit(entry.fileName)
    entry.dynamicImports.forEach(visit)
  }
  return [...found.values()]
}

/**
 * Marks the start-up chunks with COMPILE_HINT. On a slow phone the app's start is mostly V8
 * compiling Vue, the router and the stores function by function; `npm run bench:lighthouse`
 * showed the main thread's long tasks all but gone with the hint.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'quorum-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of startupChunks(bundle)) {
          if (!chunk.code.startsWith(COMPILE_HINT))
            chunk.code = COMPILE_HINT + chunk.code
        }
      },
    },
  }
}
