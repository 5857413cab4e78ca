import { onScopeDispose } from 'vue'

/**
 * Calls `onChange` when another tab of this app changes one of `keys` in localStorage, or clears
 * it (the browser fires `storage` in every other tab, never in the one that wrote). Listens until
 * the scope it was called in ends: a component's, or a store's when it is disposed.
 */
export function useStorageEvent(keys: readonly string[], onChange: () => void): void {
  if (typeof window === 'undefined')
    return
  const listener = (event: StorageEvent) => {
    if (event.key === null || keys.includes(event.key))
      onChange()
  }
  window.addEventListener('storage', listener)
  onScopeDispose(() => window.removeEventListener('storage', listener))
}
