import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { registerServiceWorker } from './composables/usePwaUpdate'
import { router } from './router'
import { useHistoryStore } from './stores/history'
import { useQuizStore } from './stores/quiz'
import { useReviewStore } from './stores/review'
import { nextTask, phase } from './timing'

/**
 * Mounts the app over the page (src/boot.ts calls this once the page has painted), in three
 * tasks: reading what is saved, resolving the route, rendering the screen.
 */
export async function startApp(): Promise<void> {
  let done = phase('read-saved')
  const pinia = createPinia()
  const app = createApp(App).use(pinia)
  // Every screen shows the saved quiz, results or schedule somewhere: read them now.
  useQuizStore(pinia)
  useHistoryStore(pinia)
  useReviewStore(pinia)
  done()
  await nextTask()
  done = phase('route')
  app.use(router)
  // A first screen that fails to load is router.onError's to handle (one reload, then a
  // notice): the app mounts anyway, so that the notice can be shown.
  await router.isReady().catch(() => {})
  done()
  await nextTask()
  done = phase('mount')
  app.mount('#app')
  done()
}

/** Resolves once the page has loaded and the browser has a moment to spare. */
function settled(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => resolve(), { timeout: 2000 }) : window.setTimeout(resolve, 500))
    if (document.readyState === 'complete')
      idle()
    else
      window.addEventListener('load', idle, { once: true })
  })
}

/**
 * Once the first screen is up: loads what the next tap most likely needs, the quiz screen and
 * the bank with the quiz generator (Quick quiz on the home screen and Join on a class join link
 * both lead there), then registers the service worker. Loaded on the tap instead, they queued
 * behind the worker's caching of the whole app: measured with `npm run bench:tap`.
 */
export async function prepareNextTap(): Promise<void> {
  await settled()
  const done = phase('prefetch')
  // A file that fails to load now is the router's to report when it is really needed.
  await Promise.allSettled([import('./views/QuizView.vue'), import('./lazy/quiz-maker')])
  done()
  registerServiceWorker()
}
