import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { makeAttempt } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

const NOW = new Date('2026-03-05T08:00:00.000Z')
const good = makeAttempt({ id: 'good' })
/** A history with one result that does not check out: read, the rest is kept and the whole value copied aside. */
const damaged = `{"app":"quorum","schema":2,"data":[${JSON.stringify(good)},{"id":3}]}`
const copyName = `quorum:backup:quorum:history:${NOW.toISOString()}`

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
})

afterEach(() => {
  vi.useRealTimers()
})

function copiesRegion() {
  return screen.getByRole('region', { name: 'Copies kept aside' })
}

describe('your data: copies kept aside', () => {
  it('says there are none when all saved data could be read', async () => {
    await mountApp('/data')
    expect(copiesRegion().textContent).toContain('None: all your saved data could be read.')
  })

  it('lists a copy of damaged data, and restores it after a reset: what reads comes back', async () => {
    localStorage.setItem('quorum:history', damaged)
    const { history } = await mountApp('/data')
    expect(localStorage.getItem(copyName)).toBe(damaged)
    const item = within(copiesRegion()).getByRole('listitem')
    expect(item.textContent).toContain('A copy of your results, kept 2026-03-05 08:00 UTC when it could not be read, or was about to be replaced')

    history.replaceAll([])
    fireEvent.click(within(item).getByRole('button', { name: 'Restore' }))
    await nextTick()
    expect(history.attempts.map(a => a.id)).toEqual(['good'])
    expect(screen.getByRole('status').textContent).toContain('The copy was restored: its data was added to what is here, nothing replaced. Part of it could not be read')
    expect((JSON.parse(localStorage.getItem('quorum:history')!) as { data: unknown[] }).data).toEqual([good])
  })

  it('exports a copy as it was kept, even one that cannot be restored', async () => {
    const unreadable = '{"app":"quorum",'
    localStorage.setItem('quorum:review', unreadable)
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:quorum'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await mountApp('/data')
    const item = within(copiesRegion()).getByRole('listitem')
    fireEvent.click(within(item).getByRole('button', { name: 'Restore' }))
    await flushPromises()
    expect(screen.getByRole('status').textContent).toContain('The copy could not be restored: it is not valid JSON. You can still export it to a file')
    fireEvent.click(within(item).getByRole('button', { name: 'Export to a file' }))
    await nextTick()
    expect(await created[0]!.text()).toBe(unreadable)
  })
})
