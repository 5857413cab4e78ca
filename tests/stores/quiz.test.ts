import type { Difficulty } from '~/quiz/types'
import type { StartOptions } from '~/stores/quiz'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildQuiz } from '~/quiz/generate/generate'
import { DEFAULT_QUIZ_LENGTH } from '~/quiz/settings'
import { useHistoryStore } from '~/stores/history'
import { useNoticesStore } from '~/stores/notices'
import { useQuizStore } from '~/stores/quiz'
import { makeClassSession, makeCurrentQuiz, makeQuizOf, makeStored } from '../builders'
import { breakStorage } from './broken-storage'

const NOW = new Date('2026-03-04T05:06:07.000Z')

/** A fresh app start: new stores that read localStorage again. */
function reload() {
  setActivePinia(createPinia())
  return useQuizStore()
}

type QuizStore = ReturnType<typeof useQuizStore>

/** Answers every question from the one on screen, right or wrong as `pick` says, moving on after each. */
function answerAll(quiz: QuizStore, pick: 'right' | 'wrong') {
  for (;;) {
    const q = quiz.question!
    quiz.answer(pick === 'right' ? q.answer : (q.answer + 1) % q.options.length)
    if (quiz.isLast)
      return
    quiz.next()
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('quiz store: start', () => {
  it('has nothing in progress at first', () => {
    const quiz = useQuizStore()
    expect([quiz.hasCurrent, quiz.question, quiz.chosen, quiz.score]).toEqual([false, null, null, null])
  })

  it.each<[StartOptions, { count: number, topic: string | null, difficulty: Difficulty }]>([
    [{ seed: 'fixed' }, { count: DEFAULT_QUIZ_LENGTH, topic: null, difficulty: 'normal' }],
    [{ seed: 'other', count: 5 }, { count: 5, topic: null, difficulty: 'normal' }],
    [{ seed: 'fixed', count: 3, topic: 'people' }, { count: 3, topic: 'people', difficulty: 'normal' }],
    [{ seed: 'fixed', count: 5, difficulty: 'hard' }, { count: 5, topic: null, difficulty: 'hard' }],
  ])('with %j asks the questions buildQuiz gives for that seed', async (options, settings) => {
    const quiz = useQuizStore()
    await quiz.start(options)
    const expected = buildQuiz(bank, { seed: options.seed!, ...settings })
    expect(quiz.current).toEqual({ quiz: expected, answers: expected.questions.map(() => null), index: 0, session: null })
    expect(quiz.question).toEqual(expected.questions[0])
    expect(quiz.current?.quiz.questions).toHaveLength(settings.count)
  })

  it('picks a different seed each time when none is given', async () => {
    const quiz = useQuizStore()
    await quiz.start()
    const first = quiz.current!.quiz.seed
    await quiz.start()
    expect(quiz.current!.quiz.seed).not.toBe(first)
  })

  it.each([
    ['no questions', { count: 0 }],
    ['an unknown topic', { topic: 'nope' }],
  ])('refuses to start a quiz of %s and keeps the one in progress', async (_, options: StartOptions) => {
    const quiz = useQuizStore()
    expect(await quiz.start({ seed: 'kept' })).toBe(true)
    expect(await quiz.start(options)).toBe(false)
    expect(quiz.current?.quiz.seed).toBe('kept')
    expect(reload().current?.quiz.seed).toBe('kept')
  })

  it('starting again throws the old quiz away', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'a' })
    quiz.answer(0)
    await quiz.start({ seed: 'b' })
    expect(quiz.current?.quiz.seed).toBe('b')
    expect(quiz.current?.answers.every(a => a === null)).toBe(true)
  })
})

describe('quiz store: answer and next', () => {
  it('records the first answer only', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed' })
    quiz.answer(2)
    quiz.answer(0)
    expect(quiz.chosen).toBe(2)
    expect(quiz.current?.answers[0]).toBe(2)
  })

  it.each([-1, 3, 99, 1.5, Number.NaN])('ignores option %d, which is not on the question', async (option) => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed' })
    expect(quiz.question?.options).toHaveLength(3)
    quiz.answer(option)
    expect(quiz.chosen).toBeNull()
  })

  it('does nothing when no quiz is in progress', () => {
    const quiz = useQuizStore()
    quiz.answer(0)
    quiz.next()
    expect(quiz.current).toBeNull()
  })

  it('moves on only once the question is answered', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed' })
    quiz.next()
    expect(quiz.current?.index).toBe(0)
    quiz.answer(0)
    quiz.next()
    expect(quiz.current?.index).toBe(1)
    expect(quiz.chosen).toBeNull()
  })

  it('does not move past the last question', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 2 })
    quiz.answer(0)
    quiz.next()
    quiz.answer(0)
    expect(quiz.isLast).toBe(true)
    quiz.next()
    expect(quiz.current?.index).toBe(1)
  })

  it('scores as it goes', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 5 })
    quiz.answer(quiz.question!.answer)
    expect(quiz.score).toEqual({ correct: 1, answered: 1, total: 5, percent: 20 })
  })
})

describe('quiz store: saved progress', () => {
  it('resumes after a reload at the same question with the same answers', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 5 })
    quiz.answer(1)
    quiz.next()
    quiz.answer(2)
    const before = JSON.parse(JSON.stringify(quiz.current)) as unknown

    const resumed = reload()
    expect(resumed.current).toEqual(before)
    expect([resumed.current?.index, resumed.chosen]).toEqual([1, 2])
    resumed.next()
    expect(reload().current?.index).toBe(2)
  })

  it('reads progress already stored', () => {
    const progress = makeCurrentQuiz({ quiz: makeQuizOf(['First?', 'Second?']), answers: [0, null], index: 1 })
    localStorage.setItem('quorum:current-quiz', makeStored(progress))
    const quiz = useQuizStore()
    expect(quiz.question?.prompt).toBe('Second?')
    expect(quiz.isLast).toBe(true)
  })

  it.each([
    ['truncated JSON', '{"app":"quorum"'],
    ['not JSON at all', 'undefined'],
    ['another app', JSON.stringify({ app: 'other', schema: 1, data: {} })],
    ['an empty value of the current schema', JSON.stringify({ app: 'quorum', schema: 2, data: {} })],
    ['an index past the end', makeStored(makeCurrentQuiz({ index: 5 }))],
  ])('keeps %s aside as a backup, tells the user and starts clean', (_, raw) => {
    localStorage.setItem('quorum:current-quiz', raw)
    let quiz: QuizStore | undefined
    expect(() => {
      quiz = useQuizStore()
    }).not.toThrow()
    expect(quiz?.hasCurrent).toBe(false)

    const backups = Object.keys(localStorage).filter(k => k.startsWith('quorum:backup:quorum:current-quiz:'))
    expect(backups).toEqual([`quorum:backup:quorum:current-quiz:${NOW.toISOString()}`])
    expect(localStorage.getItem(backups[0]!)).toBe(raw)
    expect(localStorage.getItem('quorum:current-quiz')).toBeNull()

    const notices = useNoticesStore().notices
    expect(notices).toHaveLength(1)
    expect(notices[0]?.text).toContain(backups[0])
  })

  it('does not report the same bad data twice', () => {
    localStorage.setItem('quorum:current-quiz', 'oops')
    useQuizStore()
    expect(reload().hasCurrent).toBe(false)
    expect(useNoticesStore().notices).toEqual([])
  })

  it('keeps playing in memory and says so when storage is full', async () => {
    breakStorage('setItem')
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 2 })
    quiz.answer(0)
    quiz.next()
    expect(quiz.current?.index).toBe(1)
    expect(useNoticesStore().notices.map(n => n.text)).toEqual([expect.stringContaining('Your quiz could not be saved')])
    expect(localStorage.getItem('quorum:current-quiz')).toBeNull()
  })
})

describe('quiz store: finish', () => {
  it('does nothing while a question is unanswered', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 2 })
    quiz.answer(0)
    expect(await quiz.finish()).toBeNull()
    expect(quiz.hasCurrent).toBe(true)
    expect(useHistoryStore().attempts).toEqual([])
  })

  it('does nothing with no quiz', async () => {
    expect(await useQuizStore().finish()).toBeNull()
  })

  it.each([
    ['right', 5],
    ['wrong', 0],
  ] as const)('with every answer %s, records the attempt with %i right and clears the progress', async (pick, correct) => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 5 })
    const asked = quiz.current!.quiz.questions
    answerAll(quiz, pick)

    const attempt = await quiz.finish()
    expect(attempt).toMatchObject({ seed: 'fixed', topic: null, correct, total: 5, finishedAt: NOW.toISOString() })
    expect(attempt?.questions.map(q => q.id)).toEqual(asked.map(q => q.id))
    expect(useHistoryStore().attempts).toEqual([attempt])
    expect(quiz.hasCurrent).toBe(false)
    expect(localStorage.getItem('quorum:current-quiz')).toBeNull()

    const fresh = reload()
    expect(fresh.hasCurrent).toBe(false)
    expect(useHistoryStore().find(attempt!.id)).toEqual(attempt)
  })

  it('a class quiz finished twice at once (a second tap while its result code loads) is recorded once, with its code', async () => {
    const session = makeClassSession(bank)
    const quiz = useQuizStore()
    expect(await quiz.join(session.joinCode, 'Amal')).toBeNull()
    answerAll(quiz, 'right')

    const [first, second] = await Promise.all([quiz.finish(), quiz.finish()])
    expect(first?.resultCode).toBe(session.resultCode('Amal', session.answers(5)))
    expect(second).toBeNull()
    expect(useHistoryStore().attempts).toEqual([first])
  })

  it('says so when the result cannot be saved, and still shows it', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'fixed', count: 1 })
    quiz.answer(0)
    breakStorage('setItem')
    const attempt = await quiz.finish()
    expect(useHistoryStore().find(attempt!.id)).toEqual(attempt)
    expect(useNoticesStore().notices.map(n => n.text)).toEqual([expect.stringContaining('result could not be saved')])
  })
})

describe('quiz store: timed challenge', () => {
  it('starts a challenge, times out a question as wrong, and scores points with the streak bonus', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'c', count: 3, mode: 'challenge' })
    expect(quiz.current?.quiz.mode).toBe('challenge')
    quiz.timeOut()
    expect(quiz.chosen).toBe(-1)
    quiz.next()
    quiz.answer(quiz.question!.answer)
    quiz.next()
    quiz.answer(quiz.question!.answer)
    const attempt = await quiz.finish()
    expect(attempt).toMatchObject({ mode: 'challenge', correct: 2, points: 100 + 120 })
  })

  it('never times out an ordinary quiz', async () => {
    const quiz = useQuizStore()
    await quiz.start({ seed: 'c', count: 3 })
    quiz.timeOut()
    expect(quiz.chosen).toBeNull()
  })
})
