import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import App from './App.vue'
import { routes } from './routes'

/**
 * The home screen as HTML, rendered at build time into index.html so that a first visit
 * paints before any JavaScript has run. It is what a new visitor's home looks like: no saved
 * data. The app then mounts over it as usual (see src/build/prerender.ts).
 */
export async function renderPage(url: string): Promise<string> {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(createPinia()).use(router)
  await router.push(url)
  await router.isReady()
  return renderToString(app)
}
