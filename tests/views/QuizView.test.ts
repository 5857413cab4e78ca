import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { makeCurrentQuiz, makeQuizOf, makeStored } from '../builders'
import { installSpeech, removeSpeech } from '../fake-speech'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

// Every question from makeQuestion: options France, United States (the key), Ukraine.
const PROMPTS = ['First?', 'Second?', 'Third?']

async function mountQuiz(answers: (number | null)[] = [null, null, null], index = 0) {
  localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(PROMPTS), answers, index })))
  return mountApp('/quiz')
}

async function press(key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init })
  window.dispatchEvent(event)
  await flushPromises()
  return event
}

describe('quizView', () => {
  it('shows the question on screen, numbered, with its options', async () => {
    const { wrapper } = await mountQuiz()
    expect(wrapper.text()).toContain('Question 1 of 3')
    expect(screen.getByRole('heading', { name: 'First?' })).toBeDefined()
    expect(screen.getAllByRole('button')).toEqual(['France', 'United States', 'Ukraine'].map(name => screen.getByRole('button', { name })))
    expect(wrapper.text()).toContain('press 1 to 3 (or A to C)')
  })

  it.each([
    ['1', 0, 'Wrong. The answer is United States.'],
    ['2', 1, 'Correct.'],
    ['3', 2, 'Wrong. The answer is United States.'],
  ])('pressing %s answers option %i, and the feedback and the announcement both say %j', async (key, option, verdict) => {
    const { quiz } = await mountQuiz()
    const event = await press(key)
    expect(event.defaultPrevented).toBe(true)
    expect(quiz.current?.answers).toEqual([option, null, null])
    expect(screen.getByRole('heading', { name: verdict })).toBeDefined()
    expect(screen.getByRole('status').textContent?.trim()).toBe(verdict)
    expect(screen.getByRole('button', { name: 'Next question' })).toBeDefined()
  })

  it.each([
    ['0', {}],
    ['4', {}],
    ['d', {}],
    ['x', {}],
    ['Enter', {}],
    ['1', { ctrlKey: true }],
    ['1', { altKey: true }],
    ['1', { metaKey: true }],
  ])('ignores key %s with %j', async (key, init) => {
    const { quiz } = await mountQuiz()
    const event = await press(key, init)
    expect(event.defaultPrevented).toBe(false)
    expect(quiz.chosen).toBeNull()
    expect(screen.queryByRole('button', { name: /Next question/ })).toBeNull()
  })

  it('clicking an option answers it', async () => {
    const { quiz } = await mountQuiz()
    fireEvent.click(screen.getByRole('button', { name: 'United States' }))
    await nextTick()
    expect(quiz.chosen).toBe(1)
    expect(screen.getByRole('heading', { name: 'Correct.' })).toBeDefined()
  })

  it('keeps the first answer when another key or option follows', async () => {
    const { quiz } = await mountQuiz()
    await press('1')
    expect((await press('2')).defaultPrevented).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: /^Ukraine/ }))
    await nextTick()
    expect(quiz.current?.answers).toEqual([0, null, null])
    expect(screen.getByRole('button', { name: /^France/ }).textContent).toContain('Your answer: wrong')
  })

  it('"Next question" shows the next question, unanswered', async () => {
    const { wrapper } = await mountQuiz()
    await press('2')
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }))
    await nextTick()
    expect(wrapper.text()).toContain('Question 2 of 3')
    expect(screen.getByRole('heading', { name: 'Second?' })).toBeDefined()
    expect(screen.queryByRole('heading', { name: 'Correct.' })).toBeNull()
    expect(screen.getByRole('status').textContent?.trim()).toBe('')
  })

  it('resumes a saved quiz at its question and answer', async () => {
    const { wrapper } = await mountQuiz([1, 0, null], 1)
    expect(wrapper.text()).toContain('Question 2 of 3')
    expect(screen.getByRole('heading', { name: 'Wrong. The answer is United States.' })).toBeDefined()
  })

  it('on the last question, "See results" saves the attempt and shows it', async () => {
    const { quiz, history, path } = await mountQuiz([1, 0, null], 2)
    await press('2')
    fireEvent.click(screen.getByRole('button', { name: 'See results' }))
    await flushPromises()

    const attempt = history.attempts[0]!
    expect(history.attempts).toHaveLength(1)
    expect(path()).toBe(`/results/${attempt.id}`)
    expect(quiz.hasCurrent).toBe(false)
    expect(screen.getByRole('heading', { name: 'You scored 2 out of 3' })).toBeDefined()
  })

  it('plays a whole quiz from the real bank with the keyboard', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    fireEvent.click(screen.getByRole('button', { name: 'Quick quiz: 10 questions' }))
    await flushPromises()
    for (let n = 1; n <= 10; n++) {
      expect(wrapper.text()).toContain(`Question ${n} of 10`)
      await press(String(quiz.question!.answer + 1))
      fireEvent.click(screen.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' }))
      await flushPromises()
    }
    expect(path()).toMatch(/^\/results\//)
    expect(screen.getByRole('heading', { name: 'You scored 10 out of 10' })).toBeDefined()
  })

  it.each([
    ['a', 0],
    ['B', 1],
    ['c', 2],
  ])('pressing letter %s answers option %i', async (key, option) => {
    const { quiz } = await mountQuiz()
    expect((await press(key)).defaultPrevented).toBe(true)
    expect(quiz.current?.answers[0]).toBe(option)
  })

  it('enter goes on to the next question once answered, wherever the focus is', async () => {
    const { wrapper, quiz } = await mountQuiz()
    await press('2')
    expect((await press('Enter')).defaultPrevented).toBe(true)
    expect(quiz.current?.index).toBe(1)
    expect(wrapper.text()).toContain('Question 2 of 3')
    // Before answering, Enter does nothing.
    expect((await press('Enter')).defaultPrevented).toBe(false)
    expect(quiz.current?.index).toBe(1)
  })

  it('moves focus to the question, then to Next once answered, then to the next question', async () => {
    localStorage.setItem('quorum:progress', makeStored(makeCurrentQuiz({ quiz: makeQuizOf(PROMPTS) })))
    await mountApp('/quiz')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'First?' }))
    await press('2')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next question' }))
    await press('Enter')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Second?' }))
  })

  it('stops listening for keys once the page is left', async () => {
    const { quiz, router } = await mountQuiz()
    await router.push('/')
    await press('1')
    expect(quiz.chosen).toBeNull()
  })

  it('with no quiz, says so and links home', async () => {
    await mountApp('/quiz')
    expect(screen.getByRole('heading', { name: 'No unfinished quiz' })).toBeDefined()
    expect(screen.getByRole('link', { name: 'Go home' }).getAttribute('href')).toBe('/')
    expect((await press('1')).defaultPrevented).toBe(false)
  })
})

describe('quizView: read aloud', () => {
  afterEach(removeSpeech)

  it('reads the question and its lettered options, and the same button stops it', async () => {
    const { spoken } = installSpeech()
    await mountQuiz()
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }))
    await nextTick()
    expect(spoken).toEqual(['First? A: France. B: United States. C: Ukraine.'])
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }))
    await nextTick()
    expect(spoken).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeDefined()
  })

  it('offers no reading where the browser cannot speak', async () => {
    await mountQuiz()
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull()
  })

  it('offers no reading where the browser has speech but no voice', async () => {
    installSpeech(0)
    await mountQuiz()
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull()
  })
})

describe('quizView: reading the source', () => {
  it('links the feedback to the cited sentence of the article, which shows it highlighted', async () => {
    const { wrapper, path } = await mountQuiz()
    await press('2')
    const link = screen.getByRole('link', { name: 'Read it in the article' })
    expect(link.getAttribute('href')).toBe('/article?s=4')
    fireEvent.click(link)
    await flushPromises()
    expect(path()).toBe('/article?s=4')
    expect(wrapper.get('mark#s4').text()).toContain('Trump’s administration had drafted a competing resolution')
  })

  it('has no article link for a question resting on the Charter alone', async () => {
    const quiz = makeQuizOf(['A?'])
    quiz.questions[0]!.cites = []
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz })))
    await mountApp('/quiz')
    await press('1')
    expect(screen.queryByRole('link', { name: 'Read it in the article' })).toBeNull()
  })
})

describe('quizView: timed challenge', () => {
  async function mountChallenge() {
    const quiz = { ...makeQuizOf(PROMPTS), mode: 'challenge' as const }
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz })))
    return mountApp('/quiz')
  }

  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts down, and when time runs out shows the answer and counts the question wrong', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { wrapper, quiz } = await mountChallenge()
    expect(wrapper.text()).toContain('20 seconds left')
    vi.advanceTimersByTime(19_000)
    await flushPromises()
    expect(wrapper.text()).toContain('1 second left')
    vi.advanceTimersByTime(1_000)
    await flushPromises()
    expect(quiz.current?.answers[0]).toBe(-1)
    expect(screen.getByRole('heading', { name: 'Time is up. The answer is United States.' })).toBeDefined()
    expect(screen.getByRole('status').textContent?.trim()).toBe('Time is up. The answer is United States.')
    expect(wrapper.text()).not.toContain('seconds left')
  })

  it('stops the clock when answered and restarts it on the next question', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { wrapper, quiz } = await mountChallenge()
    vi.advanceTimersByTime(5_000)
    await press('2')
    expect(wrapper.text()).not.toContain('seconds left')
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(quiz.current?.answers[0]).toBe(1)
    await press('Enter')
    expect(wrapper.text()).toContain('20 seconds left')
  })

  it('has no clock in an ordinary quiz', async () => {
    const { wrapper } = await mountQuiz()
    expect(wrapper.text()).not.toContain('seconds left')
  })
})
