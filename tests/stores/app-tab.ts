import type { StorageKey } from '~/persistence/keys'
import { createPinia, setActivePinia } from 'pinia'
import { onTestFinished, vi } from 'vitest'
import { useClassesStore } from '~/stores/classes'
import { useDataStore } from '~/stores/data'
import { useHistoryStore } from '~/stores/history'
import { useNoticesStore } from '~/stores/notices'
import { useQuizStore } from '~/stores/quiz'
import { useReviewStore } from '~/stores/review'
import { useStorageStore } from '~/stores/storage'

/**
 * One tab of the app, or one start of it: its own Pinia with every store that reads storage,
 * created in the order the app creates them. Its stores stop listening when the test ends.
 */
export function openTab() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const stores = {
    notices: useNoticesStore(),
    storage: useStorageStore(),
    quiz: useQuizStore(),
    history: useHistoryStore(),
    review: useReviewStore(),
    classes: useClassesStore(),
    data: useDataStore(),
  }
  let open = true
  const close = () => {
    if (open)
      Object.values(stores).forEach(store => store.$dispose())
    open = false
  }
  onTestFinished(close)
  return { ...stores, pinia, close, noticeTexts: () => stores.notices.notices.map(n => n.text) }
}

export type Tab = ReturnType<typeof openTab>

/**
 * A tab opened afresh while others are open: no sessionStorage of its own yet (openTab alone is
 * a reload of the last tab, which keeps its sessionStorage). Tabs here share one sessionStorage,
 * which the app reads only when it starts.
 */
export function openNewTab(): Tab {
  sessionStorage.clear()
  return openTab()
}

/** What the browser does in every other tab after a write to `key` (it never fires in the writer). */
export function deliverStorageEvent(key: StorageKey | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: key === null ? null : localStorage.getItem(key) }))
}

/** Every key and value in localStorage. */
export function snapshot(): Record<string, string> {
  return Object.fromEntries(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k) ?? '']))
}

/** Makes reaching localStorage at all throw SecurityError, as some private modes do, until the test ends. */
export function blockStorage() {
  const spy = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  onTestFinished(() => {
    spy.mockRestore()
  })
  return spy
}

/** Makes localStorage.removeItem throw until the test ends (breakStorage covers getItem and setItem). */
export function breakRemoval(error = new DOMException('blocked', 'SecurityError')) {
  const spy = vi.spyOn(localStorage, 'removeItem').mockImplementation(() => {
    throw error
  })
  onTestFinished(() => {
    spy.mockRestore()
  })
  return spy
}
