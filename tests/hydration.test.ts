import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import App from '~/App.vue'
import { canAdopt, enableWaiting, READY_MARK } from '~/hydration'
import { startApp } from '~/main'
import { router } from '~/router'
import { routes } from '~/routes'
import { LATER_ATTRIBUTE, markWaiting, WAITING_ATTRIBUTE } from '~/waiting'

vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => {} }))

function storageWith(keys: string[]): () => Storage {
  return () => ({ length: keys.length, key: (i: number) => keys[i] ?? null }) as Storage
}

describe('canAdopt: only a first visit to the home path adopts the pre-rendered page', () => {
  const painted = document.createElement('div')
  painted.innerHTML = '<h1>How does the UN vote?</h1>'
  const empty = document.createElement('div')
  it.each([
    ['pre-rendered home, nothing saved', painted, '/', storageWith([]), true],
    ['another site\'s keys only', painted, '/', storageWith(['theme', 'quorumish']), true],
    ['saved history', painted, '/', storageWith(['theme', 'quorum:history']), false],
    ['a backup only', painted, '/', storageWith(['quorum:backup:quorum:review:x']), false],
    ['the empty shell (app.html)', empty, '/', storageWith([]), false],
    ['another path', painted, '/quiz', storageWith([]), false],
    ['storage that throws', painted, '/', () => { throw new DOMException('denied', 'SecurityError') }, false],
  ] as const)('%s → %s', (_name, root, path, storage, expected) => {
    expect(canAdopt(root, path, '/', storage)).toBe(expected)
  })
})

describe('enableWaiting', () => {
  it('enables every waiting button, or all but those in a part adopted later', () => {
    const root = document.createElement('div')
    root.innerHTML = markWaiting(`<button id="a">A</button><form ${LATER_ATTRIBUTE}><button id="b">B</button></form><button id="c" disabled>C</button>`)
    enableWaiting(root, true)
    expect(root.querySelector('#a')!.hasAttribute('disabled')).toBe(false)
    expect(root.querySelector('#a')!.hasAttribute(WAITING_ATTRIBUTE)).toBe(false)
    expect(root.querySelector('#b')!.hasAttribute('disabled')).toBe(true)
    enableWaiting(root)
    expect(root.querySelector('#b')!.hasAttribute('disabled')).toBe(false)
    // Only what the pre-render disabled: a button the screen disables itself stays disabled.
    expect(root.querySelector('#c')!.outerHTML).toBe('<button id="c" disabled="">C</button>')
  })

  it.each([
    ['<button type="button">Go</button>', `<button disabled ${WAITING_ATTRIBUTE} type="button">Go</button>`],
    ['<button>Go</button>', `<button disabled ${WAITING_ATTRIBUTE}>Go</button>`],
    ['<button disabled type="button">Go</button>', '<button disabled type="button">Go</button>'],
    ['<button type="button" disabled>Go</button>', '<button type="button" disabled>Go</button>'],
    ['<button data-disabled-note="x" aria-label="disabled">Go</button>', `<button disabled ${WAITING_ATTRIBUTE} data-disabled-note="x" aria-label="disabled">Go</button>`],
    ['<buttonish>no</buttonish>', '<buttonish>no</buttonish>'],
  ])('markWaiting(%s)', (html, marked) => {
    expect(markWaiting(html)).toBe(marked)
  })
})

/** index.html's home screen, made as the build makes it (src/build/prerender.ts). */
async function prerenderedHome(): Promise<string> {
  const memory = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(createPinia()).use(memory)
  await memory.push('/')
  await memory.isReady()
  return markWaiting(await renderToString(app))
}

describe('startApp over the pre-rendered home', () => {
  /** The browser's idle callbacks, run when the test says the browser is idle. */
  const idle: Array<() => void> = []
  beforeEach(() => {
    idle.length = 0
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    vi.stubGlobal('cancelIdleCallback', () => {})
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function start(saved: boolean) {
    if (saved)
      localStorage.setItem('quorum:review', JSON.stringify({ schema: 2, data: {} }))
    document.body.innerHTML = `<div id="app">${await prerenderedHome()}</div>`
    const heading = document.querySelector('h1')
    const warnings = vi.spyOn(console, 'warn')
    const errors = vi.spyOn(console, 'error')
    await router.replace('/')
    await startApp()
    await flushPromises()
    return { heading, warnings, errors }
  }

  const button = (name: string) => [...document.querySelectorAll('button')].find(b => b.textContent?.trim() === name)

  it('a first visit keeps the painted nodes, enables buttons as each part is adopted, and works', async () => {
    const { heading, warnings, errors } = await start(false)
    expect(document.querySelector('h1')).toBe(heading)
    expect(button('Quick quiz: 10 questions')!.disabled).toBe(false)
    // The header, the class links, the review note, the chooser and the progress list are
    // adopted later, each in an idle task
    // of its own: until then the chooser's button waits.
    const startChosen = button('Start this quiz')!
    expect(startChosen.disabled).toBe(true)
    expect(document.querySelectorAll(`[${LATER_ATTRIBUTE}]`)).toHaveLength(5)
    expect(idle.length).toBeGreaterThanOrEqual(5)
    expect(performance.getEntriesByName(READY_MARK)).toHaveLength(0)
    while (idle.length > 0) {
      idle.shift()!()
      await flushPromises()
    }
    expect(startChosen.disabled).toBe(false)
    expect(document.querySelectorAll(`[${WAITING_ATTRIBUTE}]`)).toHaveLength(0)
    await vi.waitFor(() => expect(performance.getEntriesByName(READY_MARK)).toHaveLength(1))
    // Vue reports any node, text, attribute or class that differs from what it would render.
    expect(warnings.mock.calls.flat().join('\n')).not.toMatch(/hydrat/i)
    expect(errors).not.toHaveBeenCalled()
    // Adopted, not merely painted: the chooser's own button starts a quiz...
    startChosen.click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('quiz'), { timeout: 10_000 })
    // ...and the header's links navigate within the app.
    ;(document.querySelector('nav a[href="/progress"]') as HTMLAnchorElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('progress'), { timeout: 10_000 })
  })

  it('a returning visitor gets a fresh mount: nothing painted for a new visitor is kept', async () => {
    const { heading } = await start(true)
    expect(document.querySelector('h1')).not.toBe(heading)
    expect(document.querySelector('h1')!.textContent).toBe('How does the UN vote?')
    expect(document.querySelectorAll('[disabled]')).toHaveLength(0)
  })
})
