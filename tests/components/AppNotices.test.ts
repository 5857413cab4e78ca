import type { Notice } from '~/stores/notices'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppNotices from '~/components/AppNotices.vue'
import { getByRole, queryAllByRole } from './by-role'

const NOTICES: Notice[] = [
  { id: 4, text: 'Your quiz could not be saved.' },
  { id: 9, text: 'Some saved data could not be read.' },
]

describe('appNotices', () => {
  it('lists every notice in one alert', () => {
    const alert = getByRole(mount(AppNotices, { props: { notices: NOTICES } }), 'alert')
    expect(alert.findAll('p').map(p => p.find('span').text())).toEqual(NOTICES.map(n => n.text))
  })

  it.each([
    [0, 4],
    [1, 9],
  ])('the Dismiss button of notice %i emits dismiss with its id %i', async (index, id) => {
    const notices = mount(AppNotices, { props: { notices: NOTICES } })
    const notice = notices.findAll('p')[index]!
    await getByRole(notice, 'button', 'Dismiss').trigger('click')
    expect(notices.emitted('dismiss')).toEqual([[id]])
  })

  it('renders nothing, not even an empty alert, with no notices', () => {
    const notices = mount(AppNotices, { props: { notices: [] } })
    expect(queryAllByRole(notices, 'alert')).toHaveLength(0)
    expect(notices.text()).toBe('')
  })
})
