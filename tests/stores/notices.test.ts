import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useNoticesStore } from '~/stores/notices'

beforeEach(() => {
  setActivePinia(createPinia())
})

describe('notices store', () => {
  it('adds notices in order with distinct ids', () => {
    const notices = useNoticesStore()
    notices.add('first')
    notices.add('second')
    expect(notices.notices.map(n => n.text)).toEqual(['first', 'second'])
    expect(new Set(notices.notices.map(n => n.id)).size).toBe(2)
  })

  it('shows the same message once, however often it happens', () => {
    const notices = useNoticesStore()
    notices.add('full')
    notices.add('full')
    expect(notices.notices).toHaveLength(1)
  })

  it('dismisses only the notice with that id', () => {
    const notices = useNoticesStore()
    notices.add('first')
    notices.add('second')
    notices.dismiss(notices.notices[0]!.id)
    expect(notices.notices.map(n => n.text)).toEqual(['second'])
  })
})
