import { useRegisterSW } from 'virtual:pwa-register/vue'

/**
 * The service worker, registered once for the whole app. With `registerType: 'prompt'` a new
 * version waits until the user says so; the shell decides when it is safe to ask.
 */
export function usePwaUpdate() {
  // The page reloads itself when the new worker takes over (below), in every case: the plugin's
  // own reload skips a page that was first controlled in this same visit.
  const { needRefresh, offlineReady, updateServiceWorker } = useRegisterSW({ immediate: false, onNeedReload: () => {} })

  function dismiss() {
    needRefresh.value = false
  }

  async function update() {
    navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    await updateServiceWorker(true)
  }

  return { needRefresh, offlineReady, update, dismiss }
}
