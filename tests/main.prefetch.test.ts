import { flushPromises } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { prepareNextTap, startApp } from '~/main'
import { router } from '~/router'

// What the start-up loads, and when it registers the service worker, in order. Each module
// is noted the first time it is loaded, which is why this test has a file of its own.
const events = vi.hoisted(() => [] as string[])
vi.mock('virtual:pwa-register', () => ({
  registerSW: () => {
    events.push('register the service worker')
    return async () => {}
  },
}))
vi.mock('~/views/QuizView.vue', async (importOriginal) => {
  events.push('quiz screen')
  return importOriginal()
})
vi.mock('~/lazy/quiz-maker', async (importOriginal) => {
  events.push('bank and generator')
  return importOriginal()
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

it('once the first screen is up and the browser idle, loads what Quick quiz needs, then registers the service worker', async () => {
  const idle: Array<() => void> = []
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
  document.body.innerHTML = '<div id="app"></div>'
  await router.replace('/')
  await startApp()
  const prepared = prepareNextTap()
  await flushPromises()
  // The first screen's own work first: nothing until the browser is idle.
  expect(events).toEqual([])
  expect(idle).toHaveLength(1)
  idle[0]!()
  await prepared
  expect(events.slice(0, 2).sort()).toEqual(['bank and generator', 'quiz screen'])
  expect(events.slice(2)).toEqual(['register the service worker'])
})
