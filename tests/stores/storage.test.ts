import { beforeEach, describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '~/persistence/keys'
import { makeStored } from '../builders'
import { openTab } from './app-tab'

beforeEach(() => {
  localStorage.clear()
})

describe('useStorageStore', () => {
  it('follows what is stored: read-only once another version writes a newer schema, and back when it is gone', () => {
    const tab = openTab()
    expect(tab.storage.readOnly).toBe(false)
    localStorage.setItem(STORAGE_KEYS.review, JSON.stringify({ app: 'quorum', schema: 99, data: {} }))
    expect(tab.storage.save(STORAGE_KEYS.history, [])).toBe(false)
    expect(tab.storage.readOnly).toBe(true)
    localStorage.removeItem(STORAGE_KEYS.review)
    tab.storage.refresh()
    expect(tab.storage.readOnly).toBe(false)
  })

  it('claims the request for persistent storage once per device, whichever tab asks first', () => {
    const first = openTab()
    const second = openTab()
    expect(first.storage.persistRequested).toBe(false)
    expect(first.storage.claimPersistRequest()).toBe(true)
    expect(localStorage.getItem(STORAGE_KEYS.persistRequested)).toBe(makeStored(true))
    expect(first.storage.claimPersistRequest()).toBe(false)
    expect(second.storage.claimPersistRequest()).toBe(false)
    expect(second.storage.persistRequested).toBe(true)
    expect(openTab().storage.persistRequested).toBe(true)
  })
})
