import type { Notice } from '~/stores/notices'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppNotices from '~/components/app/AppNotices.vue'

const NOTICES: Notice[] = [
  { id: 4, text: 'Your quiz could not be saved.', link: null },
  { id: 9, text: 'Some saved data could not be read.', link: null },
]

enableAutoUnmount(afterEach)

function mountNotices(notices: Notice[]) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: { render: () => null } }] })
  return mount(AppNotices, { props: { notices }, attachTo: document.body, global: { plugins: [router] } })
}

describe('appNotices', () => {
  it('lists every notice in one alert', () => {
    mountNotices(NOTICES)
    const alert = screen.getByRole('alert')
    expect([...alert.querySelectorAll('p > span')].map(span => span.textContent)).toEqual(NOTICES.map(n => n.text))
  })

  it.each([
    [0, 4],
    [1, 9],
  ])('the Dismiss button of notice %i emits dismiss with its id %i', (index, id) => {
    const notices = mountNotices(NOTICES)
    const notice = notices.findAll('p')[index]!
    fireEvent.click(within(notice.element).getByRole('button', { name: 'Dismiss' }))
    expect(notices.emitted('dismiss')).toEqual([[id]])
  })

  it('links a notice to where the user can act on it', () => {
    mountNotices([{ id: 2, text: 'Your history is full.', link: { to: '/data', label: 'Go to Your data' } }])
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Go to Your data' }).getAttribute('href')).toBe('/data')
  })

  it('renders nothing, not even an empty alert, with no notices', () => {
    const notices = mountNotices([])
    expect(screen.queryByRole('alert')).toBeNull()
    expect(notices.text()).toBe('')
  })
})
