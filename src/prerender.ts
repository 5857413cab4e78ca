import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import App from './App.vue'
import { routes } from './routes'

/**
 * The markup with every button disabled: they need a script. The boot script enables them as soon
 * as it runs and holds what they are asked to do until the app has mounted (see
 * src/browser/early-input.ts); without scripts a tap is visibly impossible rather than silently
 * lost. Links work as links. Vue escapes `>` in attribute values, so a tag ends at the first `>`.
 */
export function disableButtons(html: string): string {
  return html.replace(/<button\b([^>]*)>/g, (tag, attributes: string) =>
    (/\sdisabled(?=[\s=>/]|$)/.test(attributes) ? tag : `<button disabled${attributes}>`))
}

/**
 * The home screen as HTML, rendered at build time into index.html so that a first visit
 * paints before any JavaScript has run. It is what a new visitor's home looks like: no saved
 * data, buttons disabled. The app then mounts over it as usual (see src/build/prerender.ts).
 */
export async function renderPage(url: string): Promise<string> {
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(createPinia()).use(router)
  await router.push(url)
  await router.isReady()
  return disableButtons(await renderToString(app))
}
