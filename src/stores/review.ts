import type { PreparedWrite } from '~/persistence/useSyncedKey'
import type { Day, FactAnswer, ReviewDeck } from '~/quiz/practice/review'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { STORAGE_KEYS } from '~/persistence/keys'
import { useSyncedKey } from '~/persistence/useSyncedKey'
import { mergeDecks, readReview } from '~/quiz/practice/deck'
import { dueFacts, recordAnswer, recordAnswers } from '~/quiz/practice/review'

/** Today as a calendar day in the student's own time zone. */
export function localDay(now: Date = new Date()): Day {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The review schedule: every fact answered, in its Leitner box, kept on the device and shared with other tabs. */
export const useReviewStore = defineStore('review', () => {
  const synced = useSyncedKey<ReviewDeck>({
    key: STORAGE_KEYS.review,
    read: readReview,
    merge: mergeDecks,
    empty: () => ({}),
    notSaved: 'Your review schedule could not be saved on this device (storage is full or blocked).',
    clearedByReset: true,
  })
  const deck = synced.value
  /** Re-read on each use, so a session left open overnight sees the new day. */
  const today = ref(localDay())
  const due = computed(() => dueFacts(deck.value, today.value))

  function refreshDay() {
    today.value = localDay()
  }

  /** Schedules an answer; `false` if it could not be saved (it is kept in memory, and the user told). */
  function record(fact: string, correct: boolean): boolean {
    refreshDay()
    return synced.update(current => recordAnswer(current, fact, correct, today.value))
  }

  /** A finished quiz's answers, scheduled as one part of a change across keys written all together. */
  function prepareAnswers(answers: readonly FactAnswer[]): PreparedWrite {
    refreshDay()
    return synced.prepare(current => recordAnswers(current, answers, today.value))
  }

  /** Adds the cards of a copy kept aside to the schedule, the later card of each fact winning; `false` if not saved. */
  function restore(kept: ReviewDeck): boolean {
    return synced.update(current => mergeDecks(current, kept))
  }

  /** Replaces the whole schedule (an import); `false` if it could not be saved. */
  function replaceAll(next: ReviewDeck): boolean {
    return synced.replace(next)
  }

  /** Clears the whole schedule, as one part of a reset written all together. */
  function prepareClear(): PreparedWrite {
    return synced.prepare(() => ({}))
  }

  function $reset() {
    deck.value = {}
  }

  return { deck, today, due, refreshDay, record, prepareAnswers, restore, replaceAll, prepareClear, $reset }
})
