import type { ImportOutcome } from '~/quiz/practice/import-outcome'
import type { StudentData } from '~/quiz/practice/transfer'
import { defineStore } from 'pinia'
import { leftOut } from '~/quiz/practice/history'
import { decodeImport, encodeExport, mergeStudentData, tooLarge } from '~/quiz/practice/transfer'
import { useHistoryStore } from './history'
import { useQuizStore } from './quiz'
import { useReviewStore } from './review'

/** Everything the student has on this device, taken out, brought back or cleared as one. */
export const useDataStore = defineStore('data', () => {
  const quiz = useQuizStore()
  const history = useHistoryStore()
  const review = useReviewStore()

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

  /** Clears results, schedule and the unfinished quiz. Backups of unreadable data are kept. */
  function resetAll(): boolean {
    return [history.replaceAll([]), review.replaceAll({}), quiz.replaceCurrent(null)].every(Boolean)
  }

  return { exportText, importFile, importText, resetAll }
})
