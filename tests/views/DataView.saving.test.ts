import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { encodeExport } from '~/quiz/practice/transfer'
import { makeAttempt, makeStored } from '../builders'
import { breakRemoval } from '../stores/app-tab'
import { breakStorage } from '../stores/broken-storage'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], name: string, text: string) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await flushPromises()
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

const ERRORS = [
  ['full (QuotaExceededError)', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ['blocked (SecurityError)', new DOMException('The operation is insecure.', 'SecurityError')],
] as const

describe.each(ERRORS)('your data, when storage is %s', (_, error) => {
  it('says an import was not saved, as a problem, never that it was imported', async () => {
    const { wrapper, history } = await mountApp('/data')
    breakStorage('setItem', error)
    await chooseFile(wrapper, 'backup.json', encodeExport({ history: [makeAttempt({ id: 'theirs' })], review: {}, currentQuiz: null }, '2026-02-02T00:00:00.000Z'))
    const status = screen.getByRole('status')
    expect(status.textContent?.trim()).toBe('Not saved: 1 new result and 0 new review facts from backup.json are shown here for now, but the browser did not let them be saved on this device, so they will be gone when you close Quorum.')
    expect(status.classList).toContain('problem')
    expect(history.find('theirs')).not.toBeNull()
    expect(localStorage.getItem('quorum:history')).toBeNull()
  })

  it('says a reset was not saved, as a problem', async () => {
    localStorage.setItem('quorum:history', makeStored([makeAttempt({ id: 'mine' })]))
    await mountApp('/data')
    breakStorage('setItem', error)
    breakRemoval(error)
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }))
    await nextTick()
    const status = screen.getByRole('status')
    expect(status.textContent?.trim()).toMatch(/^Not saved: your data is cleared on this screen only\./)
    expect(status.classList).toContain('problem')
    expect(JSON.parse(localStorage.getItem('quorum:history')!).data).toHaveLength(1)
  })
})
