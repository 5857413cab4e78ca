import type { KeyWrite } from './device-storage'
import type { QuizzesInProgress } from '~/quiz/practice/in-progress'
import { sameData } from '~/quiz/json'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { readOtherQuizzes } from '~/quiz/practice/in-progress'
import { useStorageStore } from '~/stores/storage'
import { STORAGE_KEYS } from './keys'
import { useStorageEvent } from './useStorageEvent'

/**
 * The quizzes in progress on the device, kept under two keys (in-progress.ts): read together,
 * written together, and `onChange` called with them when another tab changes either.
 */
export function useQuizzesInProgress(onChange: (all: QuizzesInProgress) => void) {
  const storage = useStorageStore()

  function load(): QuizzesInProgress {
    return {
      latest: storage.load(STORAGE_KEYS.currentQuiz, readCurrentQuiz),
      others: storage.load(STORAGE_KEYS.otherQuizzes, readOtherQuizzes) ?? [],
    }
  }

  /** The writes that turn `before` into `next`: only the keys that change. */
  function writesFor(next: QuizzesInProgress, before: QuizzesInProgress): KeyWrite[] {
    const writes: KeyWrite[] = []
    if (!sameData(next.latest, before.latest))
      writes.push({ key: STORAGE_KEYS.currentQuiz, data: next.latest })
    if (!sameData(next.others, before.others))
      writes.push({ key: STORAGE_KEYS.otherQuizzes, data: next.others.length === 0 ? null : next.others })
    return writes
  }

  /** Stores `next` in place of `before`; `false` when it could not be, or storage is read-only. */
  function save(next: QuizzesInProgress, before: QuizzesInProgress): boolean {
    const writes = writesFor(next, before)
    return writes.length === 0 ? !storage.readOnly : storage.saveAll(writes)
  }

  useStorageEvent([STORAGE_KEYS.currentQuiz, STORAGE_KEYS.otherQuizzes], () => onChange(load()))

  return { load, writesFor, save }
}
