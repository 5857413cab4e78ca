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
    onNeedRefresh: () => {
      void newVersionWaiting().then((waiting) => {
        needRefresh.value ||= waiting
      })
    },
    onOfflineReady: () => { offlineReady.value = true },
    // The page reloads itself when the new worker takes over (below), in every case: the
    // plugin's own reload skips a page that was first controlled in this same visit.
    onNeedReload: () => {},
  })
}

/**
 * Whether a new worker really waits behind one that controls this page. workbox-window also
 * reports a worker that installs while the page is not yet controlled: Firefox restarts the
 * first install when a page reloads during it, and that second install, of the same version,
 * is taken for an update. "Update now" could do nothing for it, as nothing waits.
 */
async function newVersionWaiting(): Promise<boolean> {
  const container = navigator.serviceWorker
  const registration = await container?.getRegistration()
  const waiting = registration?.waiting ?? null
  return waiting !== null && container.controller !== null && waiting !== container.controller
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
