import type { KeptCopyLine, RestoreOutcome } from '~/persistence/kept-copies'
import type { ImportOutcome } from '~/quiz/practice/import-outcome'
import type { StudentData } from '~/quiz/practice/transfer'
import type { ReadResult } from '~/quiz/saved/envelope'
import { defineStore } from 'pinia'
import { describeKeptCopy } from '~/persistence/kept-copies'
import { currentKeyOf, parseBackupKey, STORAGE_KEYS } from '~/persistence/keys'
import { readClassRecords } from '~/quiz/classroom/classes'
import { readCurrentQuiz } from '~/quiz/practice/current-quiz'
import { readReview } from '~/quiz/practice/deck'
import { readHistory } from '~/quiz/practice/history'
import { leftOut } from '~/quiz/practice/import-outcome'
import { readOtherQuizzes } from '~/quiz/practice/in-progress'
import { decodeImport, encodeExport, mergeStudentData, tooLarge } from '~/quiz/practice/transfer'
import { useClassesStore } from './classes'
import { useHistoryStore } from './history'
import { useQuizStore } from './quiz'
import { useReviewStore } from './review'
import { useStorageStore } from './storage'

/** Puts back what a copy's reading gave, or says why it cannot be. */
function putBack<T>(result: ReadResult<T>, put: (data: T) => boolean): RestoreOutcome {
  if (result.status === 'ok' || result.status === 'partial')
    return { ok: true, saved: put(result.data), partly: result.status === 'partial' ? result.reason : null }
  if (result.status === 'corrupt')
    return { ok: false, reason: result.reason }
  return { ok: false, reason: result.status === 'newer' ? 'it was written by a newer version of Quorum' : 'it is empty' }
}

/** Everything the student has on this device, taken out, brought back or cleared as one. */
export const useDataStore = defineStore('data', () => {
  const quiz = useQuizStore()
  const history = useHistoryStore()
  const review = useReviewStore()
  const classes = useClassesStore()
  const storage = useStorageStore()

  function current(): StudentData {
    return { history: history.attempts, review: review.deck, currentQuiz: quiz.current }
  }

  function exportText(now: Date = new Date()): string {
    return encodeExport(current(), now.toISOString())
  }

  /** Imports a file; one too large is refused before it is read. */
  async function importFile(file: Blob): Promise<ImportOutcome> {
    const large = tooLarge(file.size)
    return large === null ? importText(await file.text()) : { ok: false, reason: large }
  }

  /** Adds a file's data to this device's; refuses a bad file with the reason, changing nothing. */
  function importText(text: string): ImportOutcome {
    const decoded = decodeImport(text)
    if (!decoded.ok)
      return decoded
    const before = current()
    const merged = mergeStudentData(before, decoded.data)
    const saved = [
      history.replaceAll(merged.history),
      review.replaceAll(merged.review),
      quiz.replaceCurrent(merged.currentQuiz),
    ].every(Boolean)
    return {
      ok: true,
      results: merged.history.length - before.history.length,
      facts: Object.keys(merged.review).length - Object.keys(before.review).length,
      saved,
      leftOut: leftOut(merged.history, before.history, decoded.data.history),
    }
  }

  /** The copies kept aside, newest first, as "Your data" lists them. */
  function keptCopies(): KeptCopyLine[] {
    return storage.keptCopies().map(describeKeptCopy)
  }

  /** Adds the data of a copy kept aside to what the device has, through the store that owns it. */
  function restoreCopy(name: string): RestoreOutcome {
    const copy = parseBackupKey(name)
    const key = copy === null ? null : currentKeyOf(copy.key)
    const raw = storage.keptCopyText(name)
    if (key === null || raw === null)
      return { ok: false, reason: 'it is no longer on this device, or is not data Quorum can put back' }
    switch (key) {
      case STORAGE_KEYS.history: return putBack(readHistory(raw), history.restore)
      case STORAGE_KEYS.review: return putBack(readReview(raw), review.restore)
      case STORAGE_KEYS.classes: return putBack(readClassRecords(raw), classes.restore)
      case STORAGE_KEYS.currentQuiz: return putBack(readCurrentQuiz(raw), q => quiz.restore([q]))
      case STORAGE_KEYS.otherQuizzes: return putBack(readOtherQuizzes(raw), quiz.restore)
      default: return { ok: false, reason: 'it is a setting, not data of yours' }
    }
  }

  /**
   * Clears results, schedule and every unfinished quiz, and notes the reset, all together or none:
   * another tab's older copy of them is then never written back. Copies kept aside stay.
   */
  function resetAll(): boolean {
    const parts = [history.prepareClear(), review.prepareClear()]
    const quizzes = quiz.prepareClear()
    const saved = storage.saveReset([...parts.map(part => part.write), ...quizzes.writes])
    parts.forEach(part => part.commit(saved))
    quizzes.commit(saved)
    return saved
  }

  return { exportText, importFile, importText, resetAll, keptCopies, restoreCopy, keptCopyText: storage.keptCopyText }
})
