import { onTestFinished, vi } from 'vitest'

/**
 * Makes one localStorage method throw, as a full or blocked browser storage does, until the test ends.
 * happy-dom binds Storage methods onto the localStorage object the first time they are used, so a
 * spy on Storage.prototype is never called once storage has been touched, and vi.restoreAllMocks()
 * cannot take a spy off that object again: spy on the object and restore the spy by hand.
 */
export function breakStorage(method: 'getItem' | 'setItem', error = new DOMException('full', 'QuotaExceededError')) {
  const spy = vi.spyOn(localStorage, method).mockImplementation(() => {
    throw error
  })
  onTestFinished(() => {
    spy.mockRestore()
  })
  return spy
}

/** Characters in localStorage, keys and values, as browsers count a site's share. */
export function storedLength(): number {
  return Object.keys(localStorage).reduce((n, k) => n + k.length + (localStorage.getItem(k)?.length ?? 0), 0)
}

/**
 * Gives localStorage a quota of `limit` characters until the test ends: a write that would take
 * more throws QuotaExceededError, as a full browser storage does.
 */
export function limitStorage(limit: number) {
  const setItem = localStorage.setItem.bind(localStorage)
  const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
    const existing = localStorage.getItem(key)
    if (storedLength() - (existing === null ? 0 : key.length + existing.length) + key.length + value.length > limit)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    setItem(key, value)
  })
  onTestFinished(() => {
    spy.mockRestore()
  })
  return spy
}

/** Makes setItem throw QuotaExceededError for one key only, until the test ends. */
export function refuseKey(key: string) {
  const setItem = localStorage.setItem.bind(localStorage)
  const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((k, value) => {
    if (k === key)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    setItem(k, value)
  })
  onTestFinished(() => {
    spy.mockRestore()
  })
  return spy
}
