import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AttemptHistory from '~/components/progress/AttemptHistory.vue'
import { makeAttempt } from '../../builders'

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
})
