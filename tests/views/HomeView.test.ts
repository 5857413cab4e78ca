import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { makeAttempt, makeCurrentQuiz, makeQuizOf, makeStored, storeCurrentQuiz } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

const HOME_BUTTONS = ['Quick quiz: 10 questions', 'Start this quiz']

describe('homeView', () => {
  it('offers to start a quiz, and nothing to resume, on a first visit', async () => {
    await mountApp('/')
    expect(screen.getByRole('heading', { name: 'How does the UN vote?' })).toBeDefined()
    expect(screen.getAllByRole('button')).toEqual(HOME_BUTTONS.map(name => screen.getByRole('button', { name })))
    expect(screen.queryByRole('link', { name: /Resume/ })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Your results' })).toBeNull()
  })

  it('"Quick quiz" starts a quiz of ten and shows its first question', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    fireEvent.click(screen.getByRole('button', { name: 'Quick quiz: 10 questions' }))
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(wrapper.text()).toContain('Question 1 of 10')
    expect(screen.getByRole('heading', { name: quiz.question!.prompt })).toBeDefined()
  })

  it.each([
    [0, 'Resume quiz (1 of 3)'],
    [2, 'Resume quiz (3 of 3)'],
  ])('with a quiz at index %i, offers %j and a new quiz', async (index, resume) => {
    const answers = [0, 0, null].map((a, i) => (i < index ? a : null))
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?', 'C?']), answers, index })))
    const { path } = await mountApp('/')
    expect(screen.getAllByRole('button')).toEqual(HOME_BUTTONS.map(name => screen.getByRole('button', { name })))
    const link = screen.getByRole('link', { name: resume })
    fireEvent.click(link)
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(screen.getByRole('heading', { name: ['A?', 'B?', 'C?'][index] })).toBeDefined()
  })

  it('a new quiz replaces this tab’s own quiz in progress only once confirmed', async () => {
    storeCurrentQuiz(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?']) }), { own: true })
    const { wrapper, quiz } = await mountApp('/')
    fireEvent.click(screen.getByRole('button', { name: 'Quick quiz: 10 questions' }))
    await flushPromises()
    expect(wrapper.text()).toContain('Your unfinished quiz will be lost.')
    expect(quiz.current?.quiz.seed).toBe('test')
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start a new quiz' }))
    await flushPromises()
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(quiz.current?.quiz.seed).not.toBe('test')
    expect(localStorage.getItem('quorum:other-quizzes')).toBeNull()
  })

  it('a quiz in progress that another tab saved is not called lost, and is kept when a new one starts', async () => {
    const other = makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?']), answers: [1, null], index: 1 })
    storeCurrentQuiz(other, { own: false })
    const { wrapper, quiz } = await mountApp('/')
    fireEvent.click(screen.getByRole('button', { name: 'Quick quiz: 10 questions' }))
    await flushPromises()
    expect(wrapper.text()).not.toContain('will be lost')
    expect(screen.getByRole('group', { name: /^Start a new quiz\? The unfinished quiz saved on this device \(question 2 of 2\) is kept/ })).toBeDefined()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start a new quiz' }))
    await flushPromises()
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(localStorage.getItem('quorum:other-quizzes')).toBe(makeStored([other]))
  })

  it('keeps the quiz in progress when the student says no', async () => {
    storeCurrentQuiz(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?']) }), { own: true })
    const { wrapper, quiz } = await mountApp('/')
    fireEvent.click(screen.getByRole('button', { name: 'Quick quiz: 10 questions' }))
    await flushPromises()
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }))
    await flushPromises()
    expect(wrapper.text()).not.toContain('will be lost')
    expect(quiz.current?.quiz.seed).toBe('test')
  })

  it.each([
    ['one attempt', [makeAttempt({ id: 'a', correct: 1 })], 'Best score: 1 of 2.'],
    ['the best of several', [makeAttempt({ id: 'a', correct: 1 }), makeAttempt({ id: 'b', correct: 2 }), makeAttempt({ id: 'c', correct: 0 })], 'Best score: 2 of 2.'],
  ])('with %s, shows the best score and links to each result', async (_, attempts, best) => {
    localStorage.setItem('quorum:history', makeStored(attempts))
    const { path } = await mountApp('/')
    const results = screen.getByRole('region', { name: 'Your results' })
    expect(results.textContent).toContain(best)
    const links = within(results).getAllByRole('link').filter(l => l.getAttribute('href')?.startsWith('/results/'))
    expect(links.map(l => l.getAttribute('href'))).toEqual(attempts.map(a => `/results/${a.id}`))
    fireEvent.click(links[0]!)
    await flushPromises()
    expect(path()).toBe(`/results/${attempts[0]!.id}`)
  })

  it('lists only the five newest results', async () => {
    localStorage.setItem('quorum:history', makeStored(Array.from({ length: 7 }, (_, i) => makeAttempt({ id: `a-${i}` }))))
    await mountApp('/')
    expect(within(screen.getByRole('region', { name: 'Your results' })).getAllByRole('link', { name: /:/ }).map(l => l.getAttribute('href')))
      .toEqual(['/results/a-0', '/results/a-1', '/results/a-2', '/results/a-3', '/results/a-4'])
  })
})

describe('homeView: choosing, reviewing, progress', () => {
  it('starts the quiz chosen in the form', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    fireEvent.click(screen.getByRole('radio', { name: 'People and their words' }))
    await nextTick()
    fireEvent.click(screen.getByRole('radio', { name: '5 questions' }))
    await nextTick()
    fireEvent.click(screen.getByRole('radio', { name: /^hard/ }))
    await nextTick()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz).toMatchObject({ topic: 'people', count: 5, difficulty: 'hard', mode: 'quiz' })
  })

  it('says nothing is due on a first visit', async () => {
    await mountApp('/')
    expect(screen.getByRole('region', { name: 'Review' }).textContent).toContain('Nothing is due for review today.')
    expect(screen.queryByRole('button', { name: 'Review now' })).toBeNull()
  })

  it('counts the facts due and reviews them', async () => {
    const card = (fact: string) => ({ fact, box: 1, due: '2000-01-01', seen: 1, lapses: 1 })
    // Two facts neither of whose items states the other's key: a review session asks both.
    localStorage.setItem('quorum:review', makeStored({ 'tally-yes': card('tally-yes'), 'hungary-opposed-amendments': card('hungary-opposed-amendments') }))
    const { quiz, path } = await mountApp('/')
    expect(screen.getByRole('region', { name: 'Review' }).textContent).toContain('2 questions are due for review.')
    fireEvent.click(screen.getByRole('button', { name: 'Review now' }))
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz.mode).toBe('review')
    expect(quiz.current?.quiz.questions.map(q => q.fact).sort()).toEqual(['hungary-opposed-amendments', 'tally-yes'])
  })

  it('shows progress for every topic', async () => {
    localStorage.setItem('quorum:review', makeStored({ 'tally-yes': { fact: 'tally-yes', box: 5, due: '2999-01-01', seen: 3, lapses: 0 } }))
    await mountApp('/')
    const progress = within(screen.getByRole('region', { name: 'Your progress' }))
    const topics = ['The vote', 'The diplomacy', 'People and their words', 'UN procedure']
    expect(progress.getAllByRole('progressbar')).toEqual(topics.map(topic => progress.getByRole('progressbar', { name: name => name.startsWith(`${topic}: `) })))
    expect(progress.getByRole('progressbar', { name: /^The vote: 1 of \d+ facts mastered$/ })).toBeDefined()
  })
})
