import type { Notice } from '~/stores/notices'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AppNotices from '~/components/app/AppNotices.vue'

const NOTICES: Notice[] = [
  { id: 4, text: 'Your quiz could not be saved.' },
  { id: 9, text: 'Some saved data could not be read.' },
]

enableAutoUnmount(afterEach)

function mountNotices(notices: Notice[]) {
  return mount(AppNotices, { props: { notices }, attachTo: document.body })
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

  it('renders nothing, not even an empty alert, with no notices', () => {
    const notices = mountNotices([])
    expect(screen.queryByRole('alert')).toBeNull()
    expect(notices.text()).toBe('')
  })
})
