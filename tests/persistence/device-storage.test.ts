import { describe, expect, it } from 'vitest'
import { DeviceStorage } from '~/persistence/device-storage'
import { STORAGE_KEYS } from '~/persistence/keys'
import { makeStored } from '../builders'
import { breakRemoval, snapshot } from '../stores/app-tab'
import { refuseKey } from '../stores/broken-storage'

const { history, review, currentQuiz } = STORAGE_KEYS

describe('deviceStorage.saveAll', () => {
  it('writes and removes every key given', () => {
    localStorage.setItem(currentQuiz, makeStored({ old: true }))
    expect(new DeviceStorage().saveAll([{ key: history, data: [1] }, { key: currentQuiz, data: null }, { key: review, data: {} }])).toBe(true)
    expect(snapshot()).toEqual({ [history]: makeStored([1]), [review]: makeStored({}) })
  })

  it.each([
    ['the first', history],
    ['the last', review],
  ])('when %s write is refused, puts every key back as it was', (_, refused) => {
    localStorage.setItem(history, makeStored(['before']))
    localStorage.setItem(currentQuiz, makeStored({ old: true }))
    const before = snapshot()
    refuseKey(refused)
    expect(new DeviceStorage().saveAll([{ key: history, data: ['after'] }, { key: review, data: { a: 1 } }, { key: currentQuiz, data: null }])).toBe(false)
    expect(snapshot()).toEqual(before)
  })

  it('removes first, so that a removal that fails leaves everything as it was', () => {
    localStorage.setItem(currentQuiz, makeStored({ old: true }))
    const before = snapshot()
    breakRemoval()
    expect(new DeviceStorage().saveAll([{ key: history, data: [1] }, { key: currentQuiz, data: null }])).toBe(false)
    expect(snapshot()).toEqual(before)
  })
})
