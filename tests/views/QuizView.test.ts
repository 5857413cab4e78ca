import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeCurrentQuiz, makeQuizOf, makeStored } from '../builders'
import { getByRole, namesOf, queryAllByRole } from '../components/by-role'
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
    expect(getByRole(wrapper, 'heading', 'First?')).toBeDefined()
    expect(namesOf(wrapper, 'button')).toEqual(['France', 'United States', 'Ukraine'])
    expect(wrapper.text()).toContain('press 1 to 3 (or A to C)')
  })

  it.each([
    ['1', 0, 'Wrong. The answer is United States.'],
    ['2', 1, 'Correct.'],
    ['3', 2, 'Wrong. The answer is United States.'],
  ])('pressing %s answers option %i, and the feedback and the announcement both say %j', async (key, option, verdict) => {
    const { wrapper, quiz } = await mountQuiz()
    const event = await press(key)
    expect(event.defaultPrevented).toBe(true)
    expect(quiz.current?.answers).toEqual([option, null, null])
    expect(getByRole(wrapper, 'heading', verdict)).toBeDefined()
    expect(getByRole(wrapper, 'status').text()).toBe(verdict)
    expect(getByRole(wrapper, 'button', 'Next question')).toBeDefined()
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
    const { wrapper, quiz } = await mountQuiz()
    const event = await press(key, init)
    expect(event.defaultPrevented).toBe(false)
    expect(quiz.chosen).toBeNull()
    expect(queryAllByRole(wrapper, 'button', /Next question/)).toHaveLength(0)
  })

  it('clicking an option answers it', async () => {
    const { wrapper, quiz } = await mountQuiz()
    await getByRole(wrapper, 'button', 'United States').trigger('click')
    expect(quiz.chosen).toBe(1)
    expect(getByRole(wrapper, 'heading', 'Correct.')).toBeDefined()
  })

  it('keeps the first answer when another key or option follows', async () => {
    const { wrapper, quiz } = await mountQuiz()
    await press('1')
    expect((await press('2')).defaultPrevented).toBe(false)
    await getByRole(wrapper, 'button', /^Ukraine/).trigger('click')
    expect(quiz.current?.answers).toEqual([0, null, null])
    expect(getByRole(wrapper, 'button', /^France/).text()).toContain('Your answer: wrong')
  })

  it('"Next question" shows the next question, unanswered', async () => {
    const { wrapper } = await mountQuiz()
    await press('2')
    await getByRole(wrapper, 'button', 'Next question').trigger('click')
    expect(wrapper.text()).toContain('Question 2 of 3')
    expect(getByRole(wrapper, 'heading', 'Second?')).toBeDefined()
    expect(queryAllByRole(wrapper, 'heading', 'Correct.')).toHaveLength(0)
    expect(getByRole(wrapper, 'status').text()).toBe('')
  })

  it('resumes a saved quiz at its question and answer', async () => {
    const { wrapper } = await mountQuiz([1, 0, null], 1)
    expect(wrapper.text()).toContain('Question 2 of 3')
    expect(getByRole(wrapper, 'heading', 'Wrong. The answer is United States.')).toBeDefined()
  })

  it('on the last question, "See results" saves the attempt and shows it', async () => {
    const { wrapper, quiz, history, path } = await mountQuiz([1, 0, null], 2)
    await press('2')
    await getByRole(wrapper, 'button', 'See results').trigger('click')
    await flushPromises()

    const attempt = history.attempts[0]!
    expect(history.attempts).toHaveLength(1)
    expect(path()).toBe(`/results/${attempt.id}`)
    expect(quiz.hasCurrent).toBe(false)
    expect(getByRole(wrapper, 'heading', 'You scored 2 out of 3')).toBeDefined()
  })

  it('plays a whole quiz from the real bank with the keyboard', async () => {
    const { wrapper, quiz, path } = await mountApp('/')
    await getByRole(wrapper, 'button', 'Quick quiz: 10 questions').trigger('click')
    await flushPromises()
    for (let n = 1; n <= 10; n++) {
      expect(wrapper.text()).toContain(`Question ${n} of 10`)
      await press(String(quiz.question!.answer + 1))
      await getByRole(wrapper, 'button', n === 10 ? 'See results' : 'Next question').trigger('click')
      await flushPromises()
    }
    expect(path()).toMatch(/^\/results\//)
    expect(getByRole(wrapper, 'heading', 'You scored 10 out of 10')).toBeDefined()
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
    const { wrapper } = await mountApp('/quiz', { attach: true })
    expect(document.activeElement).toBe(getByRole(wrapper, 'heading', 'First?').element)
    await press('2')
    expect(document.activeElement).toBe(getByRole(wrapper, 'button', 'Next question').element)
    await press('Enter')
    expect(document.activeElement).toBe(getByRole(wrapper, 'heading', 'Second?').element)
  })

  it('stops listening for keys once the page is left', async () => {
    const { quiz, router } = await mountQuiz()
    await router.push('/')
    await press('1')
    expect(quiz.chosen).toBeNull()
  })

  it('with no quiz, says so and links home', async () => {
    const { wrapper } = await mountApp('/quiz')
    expect(getByRole(wrapper, 'heading', 'No unfinished quiz')).toBeDefined()
    expect(getByRole(wrapper, 'link', 'Go home').attributes('href')).toBe('/')
    expect((await press('1')).defaultPrevented).toBe(false)
  })
})

describe('quizView: read aloud', () => {
  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    vi.unstubAllGlobals()
  })

  it('reads the question and its lettered options, and the same button stops it', async () => {
    const spoken: string[] = []
    const synth = { speak: vi.fn((u: { text: string }) => spoken.push(u.text)), cancel: vi.fn() }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      lang = ''
      onend: (() => void) | null = null
      constructor(readonly text: string) {}
    })
    const { wrapper } = await mountQuiz()
    await getByRole(wrapper, 'button', 'Read aloud').trigger('click')
    expect(spoken).toEqual(['First? A: France. B: United States. C: Ukraine.'])
    await getByRole(wrapper, 'button', 'Stop reading').trigger('click')
    expect(spoken).toHaveLength(1)
    expect(getByRole(wrapper, 'button', 'Read aloud')).toBeDefined()
  })

  it('offers no reading where the browser cannot speak', async () => {
    const { wrapper } = await mountQuiz()
    expect(queryAllByRole(wrapper, 'button', 'Read aloud')).toHaveLength(0)
  })
})

describe('quizView: reading the source', () => {
  it('links the feedback to the cited sentence of the article, which shows it highlighted', async () => {
    const { wrapper, path } = await mountQuiz()
    await press('2')
    const link = getByRole(wrapper, 'link', 'Read it in the article')
    expect(link.attributes('href')).toBe('/article?s=4')
    await link.trigger('click')
    await flushPromises()
    expect(path()).toBe('/article?s=4')
    expect(wrapper.get('mark#s4').text()).toContain('Trump’s administration had drafted a competing resolution')
  })

  it('has no article link for a question resting on the Charter alone', async () => {
    const quiz = makeQuizOf(['A?'])
    quiz.questions[0]!.cites = []
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz({ quiz })))
    const { wrapper } = await mountApp('/quiz')
    await press('1')
    expect(queryAllByRole(wrapper, 'link', 'Read it in the article')).toHaveLength(0)
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
    expect(getByRole(wrapper, 'heading', 'Time is up. The answer is United States.')).toBeDefined()
    expect(getByRole(wrapper, 'status').text()).toBe('Time is up. The answer is United States.')
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
