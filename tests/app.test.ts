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

/** Has the service worker report a new version waiting. */
async function newVersionWaits(): Promise<void> {
  registrations.at(-1)!.onNeedRefresh!()
  await flushPromises()
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
