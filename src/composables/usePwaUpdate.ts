import { useRegisterSW } from 'virtual:pwa-register/vue'

/**
 * The service worker, registered once for the whole app. With `registerType: 'prompt'` a new
 * version waits until the user says so; the shell decides when it is safe to ask.
 */
export function usePwaUpdate() {
  const { needRefresh, offlineReady, updateServiceWorker } = useRegisterSW({ immediate: true })

  function dismiss() {
    needRefresh.value = false
  }

  return { needRefresh, offlineReady, update: () => updateServiceWorker(true), dismiss }
}
