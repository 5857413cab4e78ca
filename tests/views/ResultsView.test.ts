import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeAttempt, makeCurrentQuiz, makeStored } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

// makeAttempt: 'a-1', 1 of 2 right: P1? answered United States (right), P2? answered France (wrong).
function storeHistory(attempts = [makeAttempt()]) {
  localStorage.setItem('quorum:history', makeStored(attempts))
}

describe('resultsView', () => {
  it.each([
    [makeAttempt(), 'You scored 1 out of 2'],
    [makeAttempt({ correct: 2, questions: makeAttempt().questions.map(q => ({ ...q, correct: true })) }), 'You scored 2 out of 2'],
  ])('shows the score as its heading', async (attempt, heading) => {
    storeHistory([attempt])
    await mountApp('/results/a-1')
    expect(screen.getByRole('heading', { name: heading })).toBeDefined()
  })

  it('reviews each question with the answer given and, when wrong, the key', async () => {
    storeHistory()
    await mountApp('/results/a-1')
    const items = screen.getAllByRole('listitem').map(li => li.textContent)
    expect(items).toHaveLength(2)
    expect(items[0]).toContain('P1?')
    expect(items[0]).toContain('Your answer: United States.')
    expect(items[1]).toContain('P2?')
    expect(items[1]).toContain('Your answer: France.')
    expect(items[1]).toContain('Correct answer: United States.')
  })

  it('shows the attempt named in the address, not just the newest', async () => {
    storeHistory([makeAttempt({ id: 'new', correct: 0, questions: makeAttempt().questions.map(q => ({ ...q, correct: false })) }), makeAttempt({ id: 'old' })])
    await mountApp('/results/old')
    expect(screen.getByRole('heading', { name: 'You scored 1 out of 2' })).toBeDefined()
  })

  it.each([
    ['the best of several', [makeAttempt({ id: 'a-1', correct: 2, questions: makeAttempt().questions.map(q => ({ ...q, correct: true })) }), makeAttempt({ id: 'a-0' })], true],
    ['the only attempt', [makeAttempt()], false],
    ['worse than another', [makeAttempt(), makeAttempt({ id: 'a-0', correct: 2, questions: makeAttempt().questions.map(q => ({ ...q, correct: true })) })], false],
  ])('praises a best score only for %s', async (_, attempts, praised) => {
    storeHistory(attempts)
    const { wrapper } = await mountApp('/results/a-1')
    expect(wrapper.text().includes('That is your best score so far.')).toBe(praised)
  })

  it('"Play again" starts a new quiz and shows its first question', async () => {
    storeHistory()
    const { wrapper, quiz, path } = await mountApp('/results/a-1')
    fireEvent.click(screen.getByRole('button', { name: 'Play again' }))
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(wrapper.text()).toContain('Question 1 of 10')
  })

  it('offers to resume, not to play again, while another quiz is in progress', async () => {
    storeHistory()
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz()))
    const { quiz } = await mountApp('/results/a-1')
    expect(screen.queryByRole('button', { name: 'Play again' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Resume your quiz' }).getAttribute('href')).toBe('/quiz')
    expect(quiz.current?.quiz.seed).toBe('test')
  })

  it('says so when the result is not on this device', async () => {
    storeHistory()
    await mountApp('/results/nope')
    expect(screen.getByRole('heading', { name: 'Result not found' })).toBeDefined()
    expect(screen.getByRole('link', { name: 'Go home' }).getAttribute('href')).toBe('/')
    expect(screen.queryByRole('button', { name: 'Play again' })).toBeNull()
  })
})

describe('resultsView: timed challenge', () => {
  it('shows the points of a challenge, and none for an ordinary quiz', async () => {
    storeHistory([makeAttempt({ id: 'c', mode: 'challenge', points: 220 }), makeAttempt({ id: 'q' })])
    const challenge = await mountApp('/results/c')
    expect(challenge.wrapper.text()).toContain('Timed challenge: 220 points, with the bonus for answers right in a row.')
    const ordinary = await mountApp('/results/q')
    expect(ordinary.wrapper.text()).not.toContain('points')
  })
})

describe('resultsView on Safari\'s engine outside the Home Screen', () => {
  const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
  const warning = () => screen.queryByRole('region', { name: 'Keep your progress' })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says once that progress may be cleared, until "Got it"', async () => {
    vi.stubGlobal('navigator', { ...navigator, userAgent: IPHONE_SAFARI, maxTouchPoints: 5 })
    storeHistory()
    const first = await mountApp('/results/a-1')
    expect(warning()?.textContent).toContain('add Quorum to your Home Screen')
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }))
    await flushPromises()
    expect(warning()).toBeNull()
    expect(localStorage.getItem('quorum:storage-warned')).toBe(makeStored(true))
    first.wrapper.unmount()
    await mountApp('/results/a-1')
    expect(warning()).toBeNull()
  })

  it('says nothing in a browser that keeps storage (Chromium here)', async () => {
    storeHistory()
    await mountApp('/results/a-1')
    expect(screen.getByRole('heading', { name: 'You scored 1 out of 2' })).toBeDefined()
    expect(warning()).toBeNull()
  })
})
