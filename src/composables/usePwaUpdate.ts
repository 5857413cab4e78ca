import { registerSW } from 'virtual:pwa-register'
import { ref } from 'vue'

// One service worker per page: whoever shows its state shares it.
const needRefresh = ref(false)
const offlineReady = ref(false)
let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | null = null

/**
 * Registers the service worker, once. The start-up (src/main.ts) calls this when the first
 * screen is up and what the next tap needs has loaded: the worker's caching of the whole app
 * must not queue ahead of them. With `registerType: 'prompt'` a new version waits until the user
 * says so; the shell decides when it is safe to ask.
 */
export function registerServiceWorker(): void {
  if (updateServiceWorker !== null)
    return
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => { needRefresh.value = true },
    onOfflineReady: () => { offlineReady.value = true },
    // The page reloads itself when the new worker takes over (below), in every case: the
    // plugin's own reload skips a page that was first controlled in this same visit.
    onNeedReload: () => {},
  })
}

export function usePwaUpdate() {
  function dismiss() {
    needRefresh.value = false
  }

  async function update() {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    await updateServiceWorker?.(true)
  }

  return { needRefresh, offlineReady, update, dismiss }
}
