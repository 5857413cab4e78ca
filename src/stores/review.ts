import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Day, ReviewDeck } from '../quiz/review'
import { dueFacts, recordAnswer } from '../quiz/review'
import { readReview } from '../quiz/saved'
import { useNoticesStore } from './notices'
import { loadKey, saveKey, STORAGE_KEYS } from './storage'

/** Today as a calendar day in the student's own time zone. */
export function localDay(now: Date = new Date()): Day {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The review schedule: every fact answered, in its Leitner box, kept on the device. */
export const useReviewStore = defineStore('review', () => {
  const notices = useNoticesStore()
  const loaded = loadKey(STORAGE_KEYS.review, readReview, new Date())
  if (loaded.problem !== null)
    notices.add(loaded.problem)

  const deck = ref<ReviewDeck>(loaded.data ?? {})
  /** Re-read on each use, so a session left open overnight sees the new day. */
  const today = ref(localDay())
  const due = computed(() => dueFacts(deck.value, today.value))

  function refreshDay() {
    today.value = localDay()
  }

  function record(fact: string, correct: boolean) {
    refreshDay()
    deck.value = recordAnswer(deck.value, fact, correct, today.value)
    if (!saveKey(STORAGE_KEYS.review, deck.value))
      notices.add('Your review schedule could not be saved on this device (storage is full or blocked).')
  }

  /** Replaces the whole schedule (an import, or a reset with {}); `false` if it could not be saved. */
  function replaceAll(next: ReviewDeck): boolean {
    deck.value = next
    return saveKey(STORAGE_KEYS.review, next)
  }

  function $reset() {
    deck.value = {}
  }

  return { deck, today, due, refreshDay, record, replaceAll, $reset }
})
