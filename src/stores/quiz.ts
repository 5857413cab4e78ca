import type { KeyWrite } from '~/persistence/device-storage'
import type { Attempt } from '~/quiz/practice/attempt'
import type { CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { QuizzesInProgress } from '~/quiz/practice/in-progress'
import type { Difficulty, QuizMode } from '~/quiz/types'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { randomWord } from '~/browser/random'
import { readTabQuiz, writeTabQuiz } from '~/persistence/tab-quiz'
import { useQuizzesInProgress } from '~/persistence/useQuizzesInProgress'
import { sameData } from '~/quiz/json'
import { summariseAttempt } from '~/quiz/practice/attempt'
import { factAnswers } from '~/quiz/practice/current-quiz'
import { dropQuiz, findQuiz, joinCopies, putQuiz, quizIdentity, startQuiz } from '~/quiz/practice/in-progress'
import { scoreAttempt, TIMED_OUT } from '~/quiz/practice/score'
import { DEFAULT_DIFFICULTY, DEFAULT_QUIZ_LENGTH } from '~/quiz/settings'
import { useHistoryStore } from './history'
import { useNoticesStore } from './notices'
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

const NOT_SAVED = 'Your quiz could not be saved on this device (storage is full or blocked). You can go on playing, but a reload will lose it.'
const RESULT_NOT_SAVED = 'Your result could not be saved on this device (storage is full or blocked), so its answers were not added to your review schedule either. It stays until you close the app.'
const WENT_ON_ELSEWHERE = 'Your quiz went on in another tab: this tab now shows it as it is there.'
const GONE_ELSEWHERE = 'Your quiz was finished or cleared in another tab. You can still finish it here, and it is saved again as you go.'

/**
 * The quiz this tab plays: saved after every step so a reload resumes at the same question.
 * Each tab plays its own quiz, among every quiz in progress on the device (in-progress.ts): a
 * tab writes only its own quiz's copy, joined with the stored one, and takes on what another tab
 * did to it, saying so.
 */
export const useQuizStore = defineStore('quiz', () => {
  const storage = useStorageStore()
  const notices = useNoticesStore()
  const history = useHistoryStore()
  const review = useReviewStore()
  const inProgress = useQuizzesInProgress(heard)

  const atStart = inProgress.load()
  const tabQuiz = readTabQuiz()
  const current = ref<CurrentQuiz | null>([...atStart.others, atStart.latest].find(q => q !== null && quizIdentity(q) === tabQuiz) ?? atStart.latest)
  /**
   * Whether `current` is this tab's own: started or played here (before a reload too), and not
   * played in another tab since. Starting a new quiz sets an own quiz aside for good; any other
   * stays saved for the tab that plays it, or for later.
   */
  const own = ref(current.value !== null && quizIdentity(current.value) === tabQuiz)

  const hasCurrent = computed(() => current.value !== null)
  const question = computed(() => current.value?.quiz.questions[current.value.index] ?? null)
  const chosen = computed(() => (current.value === null ? null : (current.value.answers[current.value.index] ?? null)))
  const isLast = computed(() => current.value !== null && current.value.index === current.value.quiz.questions.length - 1)
  const score = computed(() => (current.value === null ? null : scoreAttempt(current.value.quiz.questions, current.value.answers)))

  /** Whether the device holds the quiz as it is now: false after a refused write. */
  const saved = ref(true)

  function claim(quiz: CurrentQuiz | null) {
    own.value = quiz !== null
    writeTabQuiz(quiz === null ? null : quizIdentity(quiz))
  }

  /**
   * Joins this tab's quiz with the copy another tab stored, and tells the student when that
   * changed what this tab shows: the quiz is then played elsewhere too, so not this tab's own.
   */
  function takeOn(stored: CurrentQuiz, mine: CurrentQuiz): void {
    const { quiz, overruled } = joinCopies(stored, mine)
    if (quiz === mine)
      return
    current.value = quiz
    own.value = false
    notices.add(overruled.length === 0
      ? WENT_ON_ELSEWHERE
      : `Question ${overruled[0]! + 1} of your quiz was answered in another tab too: the answer saved first, there, is the one that counts.`)
  }

  /** Saves this tab's quiz where it is kept, joined with the copy another tab may have saved. */
  function persist() {
    if (current.value === null)
      return
    const before = inProgress.load()
    const stored = findQuiz(before, current.value)
    if (stored !== null)
      takeOn(stored, current.value)
    saved.value = inProgress.save(putQuiz(before, current.value), before)
    if (!saved.value)
      storage.notSaved(NOT_SAVED)
  }

  /** Another tab changed the quizzes in progress: take on what it did to this tab's quiz. */
  function heard(all: QuizzesInProgress) {
    const mine = current.value
    if (mine === null)
      return
    const stored = findQuiz(all, mine)
    if (stored === null) {
      if (saved.value)
        notices.add(GONE_ELSEWHERE)
      return
    }
    takeOn(stored, mine)
    // The other tab saved a copy behind this one: put this tab's answers back.
    if (current.value === mine && !sameData(stored, mine))
      persist()
  }

  /** Puts a new quiz in this tab, setting aside the one it played as its own. */
  function begin(next: CurrentQuiz) {
    const before = inProgress.load()
    const kept = own.value && current.value !== null ? dropQuiz(before, current.value) : before
    current.value = next
    claim(next)
    saved.value = inProgress.save(startQuiz(kept, next), before)
    if (!saved.value)
      storage.notSaved(NOT_SAVED)
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
    begin({ quiz, answers: quiz.questions.map(() => null), index: 0, session: null })
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
    begin({ quiz, answers: quiz.questions.map(() => null), index: 0, session: { code: normalised, name, feedback: spec.feedback } })
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
    claim(p)
    persist()
  }

  /** A timed challenge's clock ran out on the current question: it counts as wrong. */
  function timeOut() {
    const p = current.value
    const q = question.value
    if (p === null || q === null || chosen.value !== null || p.quiz.mode !== 'challenge')
      return
    p.answers[p.index] = TIMED_OUT
    claim(p)
    persist()
  }

  function next() {
    const p = current.value
    if (p === null || chosen.value === null || isLast.value)
      return
    p.index++
    persist()
  }

  /**
   * Ends the quiz once every question is answered; resolves to the attempt. Its result, its
   * answers in the review schedule and the end of its progress are saved all together or not at
   * all, so that schedule and history never disagree. This tab then shows the quiz in progress
   * that a new tab would resume, if any. A class quiz's result code is made by code loaded only
   * then: the first screen does without it.
   */
  async function finish(): Promise<Attempt | null> {
    const p = current.value
    if (p === null || p.answers.includes(null))
      return null
    const resultCode = p.session === null ? null : (await import('~/quiz/classroom/result-code')).sessionResultCode(p)
    // Finished already by a second tap while that code loaded, or changed by another tab meanwhile.
    if (current.value !== p)
      return null
    const attempt = summariseAttempt(p, `${Date.now().toString(36)}-${randomSeed()}`, new Date().toISOString(), resultCode)
    const before = inProgress.load()
    const after = dropQuiz(before, p)
    const parts = [history.prepareRecord(attempt), review.prepareAnswers(factAnswers(p))]
    const done = storage.saveAll([...parts.map(part => part.write), ...inProgress.writesFor(after, before)])
    parts.forEach(part => part.commit(done))
    if (!done)
      storage.notSaved(RESULT_NOT_SAVED)
    current.value = done ? after.latest : null
    claim(null)
    return attempt
  }

  /** Clears every quiz in progress, as one part of a reset written all together. */
  function prepareClear(): { writes: KeyWrite[], commit: (saved: boolean) => void } {
    return {
      writes: inProgress.writesFor({ latest: null, others: [] }, inProgress.load()),
      commit: () => {
        current.value = null
        claim(null)
      },
    }
  }

  /** Replaces this tab's quiz (an import); null clears every quiz in progress. `false` if not saved. */
  function replaceCurrent(next: CurrentQuiz | null): boolean {
    const before = inProgress.load()
    current.value = next
    claim(next)
    return inProgress.save(next === null ? { latest: null, others: [] } : putQuiz(before, next), before)
  }

  /** Keeps the quizzes of a copy kept aside among those in progress; this tab shows one if it has none. `false` if not saved. */
  function restore(kept: readonly CurrentQuiz[]): boolean {
    const before = inProgress.load()
    const next = kept.reduce(putQuiz, before)
    current.value ??= next.latest
    return inProgress.save(next, before)
  }

  function $reset() {
    current.value = null
  }

  return { current, own, hasCurrent, saved, question, chosen, isLast, score, start, join, answer, timeOut, next, finish, prepareClear, replaceCurrent, restore, $reset }
})
