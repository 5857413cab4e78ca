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
