import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
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
