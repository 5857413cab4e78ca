import { screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AttemptHistory from '~/components/progress/AttemptHistory.vue'
import { makeAttempt } from '../../builders'

enableAutoUnmount(afterEach)

function rowsOf(attempts = [makeAttempt()]) {
  const wrapper = mount(AttemptHistory, {
    props: { attempts, topics: { vote: 'The vote' } },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
  return wrapper.findAll('tbody tr').map(r => r.findAll('td').slice(1).map(td => td.text()))
}

describe('attemptHistory', () => {
  it.each([
    [makeAttempt(), ['Quiz', 'All topics', 'normal', '1 of 2']],
    [makeAttempt({ topic: 'vote', difficulty: 'easy' }), ['Quiz', 'The vote', 'easy', '1 of 2']],
    [makeAttempt({ mode: 'review' }), ['Review', 'Due facts', 'normal', '1 of 2']],
    [makeAttempt({ mode: 'challenge', points: 120 }), ['Timed challenge', 'All topics', 'normal', '1 of 2']],
    [makeAttempt({ topic: 'gone' }), ['Quiz', 'gone', 'normal', '1 of 2']],
  ])('shows %j as a row with mode, topic, difficulty and score', (attempt, row) => {
    expect(rowsOf([attempt])).toEqual([row])
  })

  it('has column headers for each column', () => {
    const wrapper = mount(AttemptHistory, { props: { attempts: [], topics: {} }, global: { stubs: { RouterLink: RouterLinkStub } } })
    expect(wrapper.findAll('th[scope="col"]').map(th => th.text())).toEqual(['Date', 'Mode', 'Topic', 'Difficulty', 'Score'])
  })

  it('shows the latest 20, then 20 more at a time, taking the focus to the first row added', async () => {
    const attempts = Array.from({ length: 45 }, (_, i) => makeAttempt({ id: `a-${i}` }))
    const wrapper = mount(AttemptHistory, { props: { attempts, topics: {} }, global: { stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
    const ids = () => wrapper.findAllComponents(RouterLinkStub).map(link => (link.props('to') as { params: { id: string } }).params.id)
    expect(ids()).toEqual(attempts.slice(0, 20).map(a => a.id))
    expect(wrapper.text()).toContain('Showing the latest 20 of 45.')

    screen.getByRole('button', { name: 'Show 20 more' }).click()
    await flushPromises()
    expect(ids()).toHaveLength(40)
    expect(document.activeElement).toBe(wrapper.findAll('tbody tr a')[20]!.element)

    screen.getByRole('button', { name: 'Show 5 more' }).click()
    await flushPromises()
    expect(ids()).toEqual(attempts.map(a => a.id))
    expect(document.activeElement).toBe(wrapper.findAll('tbody tr a')[40]!.element)
    expect(screen.queryByRole('button')).toBeNull()
    expect(wrapper.text()).not.toContain('Showing')
  })

  it('offers no more with 20 or fewer', () => {
    mount(AttemptHistory, { props: { attempts: Array.from({ length: 20 }, (_, i) => makeAttempt({ id: `a-${i}` })), topics: {} }, global: { stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
    expect(screen.getAllByRole('row')).toHaveLength(21)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
