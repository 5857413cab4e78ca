// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../src', import.meta.url))

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])
}

const read = (file: string) => readFileSync(file, 'utf8')
const name = (file: string) => relative(SRC, file)

/** Every module a file imports: static, side-effect, dynamic and re-exports, with `type` marked. */
function importsOf(source: string): { specifier: string, typeOnly: boolean }[] {
  const found: { specifier: string, typeOnly: boolean }[] = []
  for (const m of source.matchAll(/\b(import|export)\s(\s*type\s)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g))
    found.push({ specifier: m[3]!, typeOnly: m[2] !== undefined })
  for (const m of source.matchAll(/\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g))
    found.push({ specifier: m[1]!, typeOnly: false })
  return found
}

const quizFiles = filesUnder(join(SRC, 'quiz'))
const allFiles = filesUnder(SRC)
const componentFiles = filesUnder(join(SRC, 'components'))

describe('the rule checker itself', () => {
  it.each([
    [`import { ref } from 'vue'`, 'vue', false],
    [`import type { Ref } from 'vue'`, 'vue', true],
    [`import {\n  a,\n  b,\n} from '../stores/quiz'`, '../stores/quiz', false],
    [`import 'pinia'`, 'pinia', false],
    [`const m = () => import('vue-router')`, 'vue-router', false],
    [`export { x } from '@vue/shared'`, '@vue/shared', false],
  ])('finds the import in %j', (source, specifier, typeOnly) => {
    expect(importsOf(source)).toContainEqual({ specifier, typeOnly })
  })

  it('finds the folders it checks', () => {
    expect(quizFiles.map(name)).toContain('quiz/generate/generate.ts')
    expect(componentFiles.map(name)).toContain('components/quiz/QuestionCard.vue')
    expect(allFiles.length).toBeGreaterThan(quizFiles.length + componentFiles.length)
  })
})

describe('src/quiz is plain TypeScript', () => {
  const FRAMEWORK = /^(?:vue|pinia|vue-router)(?:\/|$)|^@vue\//
  /**
   * Libraries src/quiz may use: pure functions of their input, with no DOM, storage, clock or
   * chance. valibot checks the shape of the question bank (quiz/bank/schema.ts).
   */
  const PURE_LIBRARIES: readonly string[] = ['valibot']

  it.each(quizFiles.map(name))('%s imports no framework and nothing outside src/quiz but pure libraries', (file) => {
    const specifiers = importsOf(read(join(SRC, file))).map(i => i.specifier)
    expect(specifiers.filter(s => FRAMEWORK.test(s))).toEqual([])
    const outside = specifiers.filter(s => !s.startsWith('.') || relative(join(SRC, 'quiz'), resolve(dirname(join(SRC, file)), s)).startsWith('..'))
    expect(outside.filter(s => !PURE_LIBRARIES.includes(s))).toEqual([])
  })

  const BROWSER_AND_CHANCE = ['window.', 'document.', 'localStorage', 'sessionStorage', 'Math.random', 'Date.now', 'crypto']

  it.each(quizFiles.map(name))('%s touches no browser API, clock or randomness', (file) => {
    const source = read(join(SRC, file))
    expect(BROWSER_AND_CHANCE.filter(token => source.includes(token))).toEqual([])
  })
})

/**
 * Which feature folders of src/quiz each folder may import from ("" is the root's shared basics).
 * Dependencies run one way: stored data knows nothing of practice or the classroom; the
 * classroom may use both; the charts' layouts draw what practice and the classroom work out;
 * the diagrams draw the votes that procedure/ decides and generate/ asks.
 */
const QUIZ_LAYERS: Record<string, readonly string[]> = {
  '': [],
  'procedure': [''],
  'bank': [''],
  'generate': ['', 'bank', 'procedure'],
  'audit': ['', 'bank', 'generate', 'procedure'],
  'saved': [''],
  'practice': ['', 'saved'],
  'classroom': ['', 'saved', 'practice', 'generate', 'bank'],
  'lms': ['', 'generate', 'bank'],
  'charts': ['', 'practice', 'classroom'],
  'diagrams': ['', 'procedure', 'generate'],
}

function quizFolder(file: string): string {
  const parts = relative(join(SRC, 'quiz'), file).split('/')
  return parts.length > 1 ? parts[0]! : ''
}

describe('src/quiz folders depend one way', () => {
  it('knows every folder there is', () => {
    expect([...new Set(quizFiles.map(quizFolder))].sort()).toEqual(Object.keys(QUIZ_LAYERS).sort())
  })

  it.each(quizFiles.map(name))('%s imports only from the folders below its own', (file) => {
    const from = quizFolder(join(SRC, file))
    const targets = importsOf(read(join(SRC, file)))
      .filter(i => i.specifier.startsWith('.'))
      .map(i => quizFolder(resolve(dirname(join(SRC, file)), i.specifier)))
      .filter(to => to !== from)
    expect(targets.filter(to => !QUIZ_LAYERS[from]!.includes(to))).toEqual([])
  })
})

describe('the bank is parsed at build time, never in the browser', () => {
  /** Where the bank is parsed: its own folder, the audit, the build and the command line. */
  const BUILD_TIME = /^(?:quiz\/bank|quiz\/audit|build|cli)\//
  const PARSER = /(?:^|\/)bank\/(?:bank|schema)(?:\.ts)?$|^valibot(?:\/|$)/

  it.each(allFiles.map(name).filter(file => !BUILD_TIME.test(file)))('%s imports neither the bank parser nor its schema library', (file) => {
    const runtime = importsOf(read(join(SRC, file))).filter(i => !i.typeOnly).map(i => i.specifier)
    expect(runtime.filter(s => PARSER.test(s))).toEqual([])
  })
})

describe('nothing in src turns text into markup or code', () => {
  const UNSAFE = ['v-html', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']

  it.each(allFiles.map(name))('%s', (file) => {
    const source = read(join(SRC, file))
    expect(UNSAFE.filter(token => source.includes(token))).toEqual([])
  })
})

describe('components are presentational', () => {
  it.each(componentFiles.map(name))('%s uses no store, router or Pinia', (file) => {
    const runtime = importsOf(read(join(SRC, file))).filter(i => !i.typeOnly).map(i => i.specifier)
    expect(runtime.filter(s => /(?:^|\/)stores(?:\/|$)|^pinia$|^vue-router$/.test(s))).toEqual([])
  })

  it.each(componentFiles.map(name))('%s calls no use…Store(), useRouter() or useRoute()', (file) => {
    expect(read(join(SRC, file)).match(/\buse\w*Store\s*\(|\buseRouter\s*\(|\buseRoute\s*\(/g)).toBeNull()
  })
})
