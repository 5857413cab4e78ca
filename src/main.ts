import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import App from './App.vue'
import { canAdopt, enableWaiting } from './hydration'
import { router } from './router'
import { useHistoryStore } from './stores/history'
import { useQuizStore } from './stores/quiz'
import { useReviewStore } from './stores/review'

const nextTask = () => new Promise(resolve => setTimeout(resolve, 0))

/**
 * Mounts the app over the page (src/boot.ts calls this once the page has painted), in two
 * tasks: reading what is saved and resolving the route, then rendering or adopting the screen.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById('app')
  if (root === null)
    return
  const adopt = canAdopt(root, window.location.pathname, import.meta.env.BASE_URL, () => window.localStorage)
  const pinia = createPinia()
  const app = (adopt ? createSSRApp : createApp)(App).use(pinia).use(router)
  // Every screen shows the saved quiz, results or schedule somewhere: read them now.
  useQuizStore(pinia)
  useHistoryStore(pinia)
  useReviewStore(pinia)
  // The screen's code must be there before Vue walks the painted nodes.
  await router.isReady()
  await nextTask()
  if (adopt)
    enableWaiting(root, true)
  app.mount(root)
}
