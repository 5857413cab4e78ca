import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { makeAttempt, makeStored } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('progressView', () => {
  it('says there is nothing yet on a first visit', async () => {
    const { wrapper } = await mountApp('/progress')
    expect(screen.getByRole('heading', { name: 'Your progress' })).toBeDefined()
    expect(wrapper.text()).toContain('0 quizzes finished')
    expect(wrapper.text()).toContain('0 right in a row at best')
    expect(screen.getByRole('region', { name: 'History' }).textContent).toContain('No quiz finished yet.')
    const mastery = within(screen.getByRole('region', { name: 'Mastery by topic' })).getByRole('figure', { name: 'Each topic’s facts: mastered, in review, not yet met' })
    expect(within(mastery).getAllByRole('listitem')).toHaveLength(4)
    expect(screen.getByRole('region', { name: 'Accuracy over time' }).textContent).toContain('Finish a quiz to see your accuracy here')
    expect(screen.queryByRole('figure', { name: /^Percent right/ })).toBeNull()
  })

  it('charts the accuracy of the finished quizzes, oldest first', async () => {
    localStorage.setItem('quorum:history', makeStored([
      makeAttempt({ id: 'b', correct: 2, finishedAt: '2026-11-03T10:00:00.000Z' }),
      makeAttempt({ id: 'a', correct: 1, finishedAt: '2026-11-02T10:00:00.000Z' }),
    ]))
    await mountApp('/progress')
    const figure = within(screen.getByRole('region', { name: 'Accuracy over time' })).getByRole('figure', { name: 'Percent right in your last 2 quizzes, oldest first' })
    expect(within(figure).getAllByRole('cell').map(c => c.textContent?.trim())).toEqual(['1 of 2', '50%', '2 of 2', '100%'])
  })

  it('lists every attempt with its date, mode, topic, difficulty and score, and the best streak', async () => {
    localStorage.setItem('quorum:history', makeStored([
      makeAttempt({ id: 'b', mode: 'review', finishedAt: '2026-11-03T10:00:00.000Z' }),
      makeAttempt({ id: 'a', topic: 'people', difficulty: 'hard', finishedAt: '2026-11-02T10:00:00.000Z' }),
    ]))
    const { wrapper } = await mountApp('/progress')
    expect(wrapper.text()).toContain('2 quizzes finished')
    expect(wrapper.text()).toContain('50% of all answers right')
    // Each makeAttempt is right then wrong: the best run is 1.
    expect(wrapper.text()).toContain('1 right in a row at best')
    const rows = wrapper.findAll('table.history tbody tr').map(r => r.findAll('td').map(td => td.text()))
    expect(rows.map(r => r.slice(1))).toEqual([
      ['Review', 'Due facts', 'normal', '1 of 2'],
      ['Quiz', 'People and their words', 'hard', '1 of 2'],
    ])
    expect(wrapper.findAll('table.history tbody a').map(a => a.attributes('href'))).toEqual(['/results/b', '/results/a'])
    expect(wrapper.find('table.history caption').text()).toContain('newest first')
  })
})
