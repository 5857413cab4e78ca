import { createRouter, createWebHistory } from 'vue-router'
import { routes } from './routes'
import { useNoticesStore } from './stores/notices'

export { routes }

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : ''
  document.title = title === 'Home' ? 'Quorum: how the UN votes' : `${title} · Quorum`
})

/** A screen's code that failed to load: after a deploy its old file name is gone from the host. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(message)
}

/** Where the one reload for a missing chunk went; cleared once a screen loads. */
export const CHUNK_RELOAD_KEY = 'quorum:chunk-reload'

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  }
  catch {
    return null
  }
}

/**
 * A page loaded before a deploy asks for a file the deploy removed. One reload fetches the new
 * index.html, which names the new files. If the same screen fails again straight after that
 * reload, reloading more would loop: the user is told instead.
 */
router.onError((error, to) => {
  if (!isChunkLoadError(error))
    return
  const store = session()
  if (store !== null && store.getItem(CHUNK_RELOAD_KEY) !== to.fullPath) {
    store.setItem(CHUNK_RELOAD_KEY, to.fullPath)
    window.location.assign(to.fullPath)
    return
  }
  useNoticesStore().add('This screen could not be loaded. If you are offline, connect to the internet and reload the app.')
})

router.afterEach((_to, _from, failure) => {
  if (failure === undefined)
    session()?.removeItem(CHUNK_RELOAD_KEY)
})
