import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

const VETO = '/lab?body=council&votes=nyyyyyyyyyyyaaa&matter=substantive'

describe('labView', () => {
  it('opens exactly the vote its address names', async () => {
    await mountApp(VETO)
    expect(screen.getByRole('heading', { level: 1, name: 'Vote lab' })).toBeDefined()
    expect(screen.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' })).toBeDefined()
    expect(screen.getByRole('status').textContent).toContain('It is blocked by a veto. A permanent member voted no')
  })

  it('keeps a changed vote in the address and announces the new result', async () => {
    const { path } = await mountApp(VETO)
    await fireEvent.click(within(screen.getByRole('group', { name: 'Permanent member 1 (P1)' })).getByRole('radio', { name: 'Abstain' }))
    await flushPromises()
    expect(path()).toBe('/lab?body=council&votes=ayyyyyyyyyyyaaa&matter=substantive')
    expect(screen.getByRole('status').textContent).toContain('It is adopted. The ninth yes vote carries it')
  })

  it('switches to the Assembly and back', async () => {
    const { path } = await mountApp('/lab')
    const bodies = screen.getByRole('navigation', { name: 'Which body votes' })
    expect(within(bodies).getByRole('link', { name: /^Security Council/ }).getAttribute('aria-current')).toBe('page')
    await fireEvent.click(within(bodies).getByRole('link', { name: /^General Assembly/ }))
    await flushPromises()
    expect(path()).toMatch(/^\/lab\?body=assembly&/)
    expect(screen.getByRole('spinbutton', { name: 'Yes' })).toBeDefined()
    expect(within(bodies).getByRole('link', { name: /^General Assembly/ }).getAttribute('aria-current')).toBe('page')
    await fireEvent.click(within(bodies).getByRole('link', { name: /^Security Council/ }))
    await flushPromises()
    expect(path()).toMatch(/^\/lab\?body=council&/)
  })

  it('opens a preset from its link and says what the sources give', async () => {
    const { path } = await mountApp('/lab')
    await fireEvent.click(screen.getByRole('link', { name: 'A European amendment with 9 yes votes' }))
    await flushPromises()
    expect(path()).toBe('/lab?body=council&votes=nuuuuyyyyyyyyyu&matter=substantive')
    expect(screen.getByRole('link', { name: 'A European amendment with 9 yes votes' }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByText(/The sources do not say how the other five members voted/)).toBeDefined()
    expect(screen.getByRole('status').textContent).toContain('whatever the 5 votes not given were')
  })

  it.each(['/', '/article'])('is linked from %s', async (from) => {
    await mountApp(from)
    expect(screen.getByRole('link', { name: /^Try it in the vote lab/ }).getAttribute('href')).toBe('/lab')
  })
})
