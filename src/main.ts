import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import App from './App.vue'
import { canAdopt, enableWaiting } from './hydration'
import { router } from './router'

/** Mounts the app over the page (src/boot.ts calls this once the page has painted). */
export async function startApp(): Promise<void> {
  const root = document.getElementById('app')
  if (root === null)
    return
  const adopt = canAdopt(root, window.location.pathname, import.meta.env.BASE_URL, () => window.localStorage)
  const app = (adopt ? createSSRApp : createApp)(App).use(createPinia()).use(router)
  if (adopt) {
    // The screen's code must be there before Vue walks the painted nodes.
    await router.isReady()
    enableWaiting(root, true)
  }
  app.mount(root)
}
