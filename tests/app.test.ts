import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '~/App.vue'
import { registerServiceWorker, usePwaUpdate } from '~/composables/usePwaUpdate'
import { routes } from '~/router'
import { useQuizStore } from '~/stores/quiz'

const updateServiceWorker = vi.fn(async () => {})
const registrations: RegisterSWOptions[] = []

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registrations.push(options)
    return updateServiceWorker
  },
}))

/** The workers as the page sees them: the one that controls it, and the one waiting behind it. */
function workers({ controller, waiting }: { controller: object | null, waiting: object | null }) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller, getRegistration: async () => ({ waiting }), addEventListener: () => {} },
  })
}

/** Has workbox-window report a new version waiting, as it does for an update or a restarted install. */
async function workboxReportsWaiting(): Promise<void> {
  registrations.at(-1)!.onNeedRefresh!()
  await flushPromises()
}

/** A new version waits behind the worker that controls the page, and workbox-window says so. */
async function newVersionWaits(): Promise<void> {
  workers({ controller: { version: 1 }, waiting: { version: 2 } })
  await workboxReportsWaiting()
}

// The start-up registers the worker (tests/main.test.ts); its state outlives each mount.
afterEach(() => usePwaUpdate().dismiss())

async function mountAt(path: string) {
  registerServiceWorker()
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes })
  const wrapper = mount(App, { global: { plugins: [pinia, router] } })
  if (path === '/quiz')
    await useQuizStore(pinia).start({ seed: 'app' })
  await router.push(path)
  await flushPromises()
  return { wrapper, router }
}

describe('app shell: the update prompt', () => {
  // Firefox restarts the first install when the page reloads during it; workbox-window reports
  // that install as waiting. Nothing waits, and "Update now" would do nothing.
  it.each([
    ['no worker controls the page yet', { controller: null, waiting: null }],
    ['nothing waits', { controller: { version: 1 }, waiting: null }],
    ['a worker waits but none controls the page', { controller: null, waiting: { version: 1 } }],
  ])('is not shown when workbox-window reports a waiting worker but %s', async (_, state) => {
    const { wrapper } = await mountAt('/')
    workers(state)
    await workboxReportsWaiting()
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
  })

  it('is shown when a new version waits, away from a quiz', async () => {
    const { wrapper } = await mountAt('/')
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
    await newVersionWaits()
    const prompt = wrapper.find('[role="alert"]')
    expect(prompt.text()).toContain('A new version of Quorum is ready')
    await prompt.get('button').trigger('click')
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
    wrapper.unmount()
  })

  it('never appears mid-quiz, and appears once the student leaves the question screen', async () => {
    const { wrapper, router } = await mountAt('/quiz')
    await newVersionWaits()
    expect(wrapper.text()).toContain('Question 1 of')
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
    await router.push('/')
    await flushPromises()
    expect(wrapper.text()).toContain('A new version of Quorum is ready')
    wrapper.unmount()
  })

  it('is hidden after "Later"', async () => {
    const { wrapper } = await mountAt('/')
    await newVersionWaits()
    const later = wrapper.findAll('button').find(b => b.text() === 'Later')
    await later!.trigger('click')
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
    wrapper.unmount()
  })

  it('shows nothing when no update waits', async () => {
    const { wrapper } = await mountAt('/')
    await vi.waitFor(() => expect(registrations).toHaveLength(1))
    await flushPromises()
    expect(wrapper.text()).not.toContain('A new version')
    wrapper.unmount()
  })
})
