import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { isChunkLoadError, routes } from '~/router'

describe('isChunkLoadError', () => {
  it.each([
    [new TypeError('Failed to fetch dynamically imported module: https://q.example/assets/ArticleView-abc.js'), true],
    [new TypeError('Importing a module script failed.'), true],
    [new TypeError('error loading dynamically imported module: https://q.example/assets/x.js'), true],
    [new Error('Unable to preload CSS for /assets/ArticleView-abc.css'), true],
    [new Error('Cannot read properties of undefined (reading \'id\')'), false],
    [new Error('Navigation cancelled'), false],
    ['a thrown string', false],
    [undefined, false],
  ])('%s is a missing chunk: %s', (error, expected) => {
    expect(isChunkLoadError(error)).toBe(expected)
  })
})

describe('routes', () => {
  it.each([
    ['/data', 'data'],
    ['/settings', 'data'],
    ['/class/ABCDE12345/print', 'print'],
    ['/lab?body=council&votes=nyyyyyyyyyyyaaa', 'lab'],
  ])('%s shows the screen %s', async (path, name) => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push(path)
    expect(router.currentRoute.value.name).toBe(name)
  })
})
