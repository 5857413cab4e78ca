import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { makeAttempt, makeCurrentQuiz, makeQuizOf, makeStored } from '../builders'
import { accessibleName, getByRole, namesOf, queryAllByRole } from '../components/by-role'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('homeView', () => {
  it('offers to start a quiz, and nothing to resume, on a first visit', async () => {
    const { wrapper } = await mountApp('/')
    expect(getByRole(wrapper, 'heading', 'How does the UN vote?')).toBeDefined()
    expect(namesOf(wrapper, 'button')).toEqual(['Quick quiz: 10 questions', 'Start this quiz'])
    expect(queryAllByRole(wrapper, 'link', /Resume/)).toHaveLength(0)
    expect(queryAllByRole(wrapper, 'heading', 'Your results')).toHaveLength(0)
  })

  it('"Quick quiz" starts a quiz of ten and shows its first question', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    await getByRole(wrapper, 'button', 'Quick quiz: 10 questions').trigger('click')
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(wrapper.text()).toContain('Question 1 of 10')
    expect(getByRole(wrapper, 'heading', quiz.question!.prompt)).toBeDefined()
  })

  it.each([
    [0, 'Resume quiz (1 of 3)'],
    [2, 'Resume quiz (3 of 3)'],
  ])('with a quiz at index %i, offers %j and a new quiz', async (index, resume) => {
    const answers = [0, 0, null].map((a, i) => (i < index ? a : null))
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?', 'C?']), answers, index })))
    const { wrapper, path } = await mountApp('/')
    expect(namesOf(wrapper, 'button')).toEqual(['Quick quiz: 10 questions', 'Start this quiz'])
    const link = getByRole(wrapper, 'link', resume)
    await link.trigger('click')
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(getByRole(wrapper, 'heading', ['A?', 'B?', 'C?'][index])).toBeDefined()
  })

  it('a new quiz replaces the one in progress only once confirmed', async () => {
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?']) })))
    const { wrapper, quiz } = await mountApp('/')
    await getByRole(wrapper, 'button', 'Quick quiz: 10 questions').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Your unfinished quiz will be lost.')
    expect(quiz.current?.quiz.seed).toBe('test')
    await getByRole(wrapper, 'button', 'Yes, start a new quiz').trigger('click')
    await flushPromises()
    expect(quiz.current?.quiz.questions).toHaveLength(10)
    expect(quiz.current?.quiz.seed).not.toBe('test')
  })

  it('keeps the quiz in progress when the student says no', async () => {
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(['A?', 'B?']) })))
    const { wrapper, quiz } = await mountApp('/')
    await getByRole(wrapper, 'button', 'Quick quiz: 10 questions').trigger('click')
    await flushPromises()
    await getByRole(wrapper, 'button', 'No, keep it').trigger('click')
    await flushPromises()
    expect(wrapper.text()).not.toContain('will be lost')
    expect(quiz.current?.quiz.seed).toBe('test')
  })

  it.each([
    ['one attempt', [makeAttempt({ id: 'a', correct: 1 })], 'Best score: 1 of 2.'],
    ['the best of several', [makeAttempt({ id: 'a', correct: 1 }), makeAttempt({ id: 'b', correct: 2 }), makeAttempt({ id: 'c', correct: 0 })], 'Best score: 2 of 2.'],
  ])('with %s, shows the best score and links to each result', async (_, attempts, best) => {
    localStorage.setItem('quorum:history', makeStored(attempts))
    const { wrapper, path } = await mountApp('/')
    const results = getByRole(wrapper, 'region', 'Your results')
    expect(results.text()).toContain(best)
    const links = queryAllByRole(results, 'link').filter(l => l.attributes('href')?.startsWith('/results/'))
    expect(links.map(l => l.attributes('href'))).toEqual(attempts.map(a => `/results/${a.id}`))
    await links[0]!.trigger('click')
    await flushPromises()
    expect(path()).toBe(`/results/${attempts[0]!.id}`)
  })

  it('lists only the five newest results', async () => {
    localStorage.setItem('quorum:history', makeStored(Array.from({ length: 7 }, (_, i) => makeAttempt({ id: `a-${i}` }))))
    const { wrapper } = await mountApp('/')
    expect(queryAllByRole(getByRole(wrapper, 'region', 'Your results'), 'link', /:/).map(l => l.attributes('href')))
      .toEqual(['/results/a-0', '/results/a-1', '/results/a-2', '/results/a-3', '/results/a-4'])
  })
})

describe('homeView: choosing, reviewing, progress', () => {
  it('starts the quiz chosen in the form', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    await getByRole(wrapper, 'radio', 'People and their words').setValue()
    await getByRole(wrapper, 'radio', '5 questions').setValue()
    await getByRole(wrapper, 'radio', /^hard/).setValue()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz).toMatchObject({ topic: 'people', count: 5, difficulty: 'hard', mode: 'quiz' })
  })

  it('says nothing is due on a first visit', async () => {
    const { wrapper } = await mountApp('/')
    expect(getByRole(wrapper, 'region', 'Review').text()).toContain('Nothing is due for review today.')
    expect(queryAllByRole(wrapper, 'button', 'Review now')).toHaveLength(0)
  })

  it('counts the facts due and reviews them', async () => {
    const card = (fact: string) => ({ fact, box: 1, due: '2000-01-01', seen: 1, lapses: 1 })
    localStorage.setItem('quorum:review', makeStored({ 'tally-yes': card('tally-yes'), 'tally-no': card('tally-no') }))
    const { wrapper, quiz, path } = await mountApp('/')
    expect(getByRole(wrapper, 'region', 'Review').text()).toContain('2 questions are due for review.')
    await getByRole(wrapper, 'button', 'Review now').trigger('click')
    await flushPromises()
    expect(path()).toBe('/quiz')
    expect(quiz.current?.quiz.mode).toBe('review')
    expect(quiz.current?.quiz.questions.map(q => q.fact).sort()).toEqual(['tally-no', 'tally-yes'])
  })

  it('shows progress for every topic', async () => {
    localStorage.setItem('quorum:review', makeStored({ 'tally-yes': { fact: 'tally-yes', box: 5, due: '2999-01-01', seen: 3, lapses: 0 } }))
    const { wrapper } = await mountApp('/')
    const bars = queryAllByRole(getByRole(wrapper, 'region', 'Your progress'), 'progressbar')
    expect(bars.map(b => accessibleName(b.element).split(':')[0])).toEqual(['The vote', 'The diplomacy', 'People and their words', 'UN procedure'])
    expect(accessibleName(bars[0]!.element)).toMatch(/^The vote: 1 of \d+ facts mastered$/)
  })
})
