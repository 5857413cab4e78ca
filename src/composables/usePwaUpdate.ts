import { registerSW } from 'virtual:pwa-register'
import { ref } from 'vue'

/** Runs `task` once the page has loaded and the browser has a moment to spare. */
export function whenSettled(task: () => void): void {
  const idle = () => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => task(), { timeout: 2000 }) : window.setTimeout(task, 500))
  if (document.readyState === 'complete')
    idle()
  else
    window.addEventListener('load', idle, { once: true })
}

/**
 * The service worker, registered once for the whole app. With `registerType: 'prompt'` a new
 * version waits until the user says so; the shell decides when it is safe to ask. Registering
 * (and loading workbox-window for it) waits until the first screen is up and the browser is
 * idle: a first visit is not slowed by caching the app for the next.
 */
export function usePwaUpdate() {
  const needRefresh = ref(false)
  const offlineReady = ref(false)
  let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | null = null

  if (typeof window !== 'undefined') {
    whenSettled(() => {
      updateServiceWorker = registerSW({
        immediate: true,
        onNeedRefresh: () => { needRefresh.value = true },
        onOfflineReady: () => { offlineReady.value = true },
        // The page reloads itself when the new worker takes over (below), in every case: the
        // plugin's own reload skips a page that was first controlled in this same visit.
        onNeedReload: () => {},
      })
    })
  }

  function dismiss() {
    needRefresh.value = false
  }

  async function update() {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    await updateServiceWorker?.(true)
  }

  return { needRefresh, offlineReady, update, dismiss }
}
