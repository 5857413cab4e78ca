import type { Attempt } from '~/quiz/practice/attempt'
import type { CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { Difficulty, QuizMode } from '~/quiz/types'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { randomWord } from '~/browser/random'
import { STORAGE_KEYS } from '~/persistence/keys'
import { sessionResultCode } from '~/quiz/classroom/result-code'
import { summariseAttempt } from '~/quiz/practice/attempt'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { scoreAttempt, TIMED_OUT } from '~/quiz/practice/score'
import { DEFAULT_DIFFICULTY, DEFAULT_QUIZ_LENGTH } from '~/quiz/settings'
import { useHistoryStore } from './history'
import { useReviewStore } from './review'
import { useStorageStore } from './storage'

export interface StartOptions {
  count?: number
  topic?: string | null
  difficulty?: Difficulty
  /**
   * `review` asks the facts due for review instead (count, topic and difficulty are ignored);
   * `challenge` times each question and scores a streak bonus.
   */
  mode?: QuizMode
  /** Ask these items (the questions on a paragraph of the article, say) instead of a topic. */
  items?: readonly string[]
  /** Fixed in tests and shared sessions; otherwise chosen at random. */
  seed?: string
}

function randomSeed(): string {
  return randomWord().toString(36)
}

/** The quiz being played: saved after every step so a reload resumes at the same question. */
export const useQuizStore = defineStore('quiz', () => {
  const storage = useStorageStore()
  const history = useHistoryStore()
  const review = useReviewStore()

  const current = ref<CurrentQuiz | null>(storage.load(STORAGE_KEYS.currentQuiz, readCurrentQuiz))

  const hasCurrent = computed(() => current.value !== null)
  const question = computed(() => current.value?.quiz.questions[current.value.index] ?? null)
  const chosen = computed(() => (current.value === null ? null : (current.value.answers[current.value.index] ?? null)))
  const isLast = computed(() => current.value !== null && current.value.index === current.value.quiz.questions.length - 1)
  const score = computed(() => (current.value === null ? null : scoreAttempt(current.value.quiz.questions, current.value.answers)))

  /** Whether the device holds the quiz as it is now: false after a refused write. */
  const saved = ref(true)

  // Each tab keeps its own current quiz: the key holds the one last played in any tab.
  function persist() {
    if (current.value === null) {
      saved.value = storage.remove(STORAGE_KEYS.currentQuiz)
      if (!saved.value)
        storage.notSaved('Your finished quiz could not be cleared from this device (storage is blocked): after a reload it may show again.')
    }
    else {
      saved.value = storage.save(STORAGE_KEYS.currentQuiz, current.value)
      if (!saved.value)
        storage.notSaved('Your quiz could not be saved on this device (storage is full or blocked). You can go on playing, but a reload will lose it.')
    }
  }

  /** Starts a quiz; `false` (and nothing changes) when the settings select no questions. */
  async function start(options: StartOptions = {}): Promise<boolean> {
    const { makeItemsQuiz, makeQuiz, makeReviewQuiz } = await import('~/lazy/quiz-maker')
    const seed = options.seed ?? randomSeed()
    review.refreshDay()
    const quiz = options.mode === 'review'
      ? makeReviewQuiz(review.due, seed)
      : options.items !== undefined
        ? makeItemsQuiz(options.items, seed)
        : makeQuiz({
            seed,
            count: options.count ?? DEFAULT_QUIZ_LENGTH,
            topic: options.topic ?? null,
            difficulty: options.difficulty ?? DEFAULT_DIFFICULTY,
          })
    if (quiz.questions.length === 0)
      return false
    if (options.mode === 'challenge')
      quiz.mode = 'challenge'
    current.value = { quiz, answers: quiz.questions.map(() => null), index: 0, session: null }
    persist()
    return true
  }

  /**
   * Joins a class session: builds the teacher's quiz from the join code on this device.
   * Returns null when started, or the reason it could not be.
   */
  async function join(code: string, name: string): Promise<string | null> {
    const { makeSessionQuiz } = await import('~/lazy/quiz-maker')
    const made = makeSessionQuiz(code)
    if (!made.ok)
      return made.reason
    const { quiz, spec, normalised } = made.value
    current.value = { quiz, answers: quiz.questions.map(() => null), index: 0, session: { code: normalised, name, feedback: spec.feedback } }
    persist()
    return null
  }

  /** Records the first answer to the current question; later taps change nothing. */
  function answer(option: number) {
    const p = current.value
    const q = question.value
    if (p === null || q === null || chosen.value !== null)
      return
    if (!Number.isInteger(option) || option < 0 || option >= q.options.length)
      return
    p.answers[p.index] = option
    persist()
    review.record(q.fact, option === q.answer)
  }

  /** A timed challenge's clock ran out on the current question: it counts as wrong. */
  function timeOut() {
    const p = current.value
    const q = question.value
    if (p === null || q === null || chosen.value !== null || p.quiz.mode !== 'challenge')
      return
    p.answers[p.index] = TIMED_OUT
    persist()
    review.record(q.fact, false)
  }

  function next() {
    const p = current.value
    if (p === null || chosen.value === null || isLast.value)
      return
    p.index++
    persist()
  }

  /** Ends the quiz once every question is answered; returns the saved attempt. */
  function finish(): Attempt | null {
    const p = current.value
    if (p === null || p.answers.includes(null))
      return null
    const attempt = summariseAttempt(p, `${Date.now().toString(36)}-${randomSeed()}`, new Date().toISOString(), sessionResultCode(p))
    history.record(attempt)
    current.value = null
    persist()
    return attempt
  }

  /** Replaces the current quiz (an import, or a reset with null); `false` if it could not be saved. */
  function replaceCurrent(next: CurrentQuiz | null): boolean {
    current.value = next
    return next === null ? storage.remove(STORAGE_KEYS.currentQuiz) : storage.save(STORAGE_KEYS.currentQuiz, next)
  }

  function abandon() {
    current.value = null
    persist()
  }

  function $reset() {
    current.value = null
  }

  return { current, hasCurrent, saved, question, chosen, isLast, score, start, join, answer, timeOut, next, finish, abandon, replaceCurrent, $reset }
})
