import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../src/App.vue'
import { routes } from '../src/router'
import { useQuizStore } from '../src/stores/quiz'

const needRefresh = ref(false)
const updateServiceWorker = vi.fn(async () => {})

vi.mock('virtual:pwa-register/vue', () => ({
  useRegisterSW: () => ({ needRefresh, offlineReady: ref(false), updateServiceWorker }),
}))

async function mountAt(path: string) {
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes })
  const wrapper = mount(App, { global: { plugins: [pinia, router] } })
  if (path === '/quiz')
    await useQuizStore(pinia).start({ seed: 'app' })
  await router.push(path)
  await flushPromises()
  return { wrapper, router }
}

describe('App shell: the update prompt', () => {
  it('is shown when a new version waits, away from a quiz', async () => {
    needRefresh.value = true
    const { wrapper } = await mountAt('/')
    const prompt = wrapper.find('[role="alert"]')
    expect(prompt.text()).toContain('A new version of Quorum is ready')
    await prompt.get('button').trigger('click')
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
    wrapper.unmount()
  })

  it('never appears mid-quiz, and appears once the student leaves the question screen', async () => {
    needRefresh.value = true
    const { wrapper, router } = await mountAt('/quiz')
    expect(wrapper.text()).toContain('Question 1 of')
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
    await router.push('/')
    await flushPromises()
    expect(wrapper.text()).toContain('A new version of Quorum is ready')
    wrapper.unmount()
  })

  it('is hidden after "Later"', async () => {
    needRefresh.value = true
    const { wrapper } = await mountAt('/')
    const later = wrapper.findAll('button').find(b => b.text() === 'Later')
    await later!.trigger('click')
    expect(wrapper.text()).not.toContain('A new version of Quorum is ready')
    wrapper.unmount()
  })

  it('shows nothing when no update waits', async () => {
    needRefresh.value = false
    const { wrapper } = await mountAt('/')
    expect(wrapper.text()).not.toContain('A new version')
    wrapper.unmount()
  })
})
