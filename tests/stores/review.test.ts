import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_RIGHT_BOX } from '~/quiz/practice/review'
import { useNoticesStore } from '~/stores/notices'
import { useQuizStore } from '~/stores/quiz'
import { localDay, useReviewStore } from '~/stores/review'
import { makeStored } from '../builders'

const DAY_ONE = new Date('2026-03-04T10:00:00')

function reload() {
  setActivePinia(createPinia())
  return { review: useReviewStore(), quiz: useQuizStore() }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: DAY_ONE })
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('localDay', () => {
  it.each([
    [new Date(2026, 0, 5, 23, 59), '2026-01-05'],
    [new Date(2026, 11, 31, 0, 1), '2026-12-31'],
  ])('gives the calendar day of %s on this device', (date, day) => {
    expect(localDay(date)).toBe(day)
  })
})

describe('review store', () => {
  it('schedules every answered question by its fact once the quiz is finished, and keeps the schedule across a reload', async () => {
    const { quiz, review: before } = reload()
    await quiz.start({ seed: 'r', count: 3 })
    const q = quiz.question!
    quiz.answer((q.answer + 1) % q.options.length)
    expect(before.deck).toEqual({})
    for (let i = 1; i < 3; i++) {
      quiz.next()
      quiz.answer(quiz.question!.answer)
    }
    await quiz.finish()
    const { review } = reload()
    expect(review.deck[q.fact]).toMatchObject({ box: 1, due: '2026-03-05', lapses: 1 })
    expect(Object.keys(review.deck)).toHaveLength(3)
  })

  it('serves a missed question for review the next day, not the same day', async () => {
    const { quiz, review } = reload()
    await quiz.start({ seed: 'r', count: 2 })
    const missed = quiz.question!
    quiz.answer((missed.answer + 1) % missed.options.length)
    quiz.next()
    quiz.answer(quiz.question!.answer)
    await quiz.finish()
    expect(review.due).toEqual([])

    vi.setSystemTime(new Date('2026-03-05T08:00:00'))
    const next = reload()
    expect(next.review.due).toEqual([missed.fact])
    expect(await next.quiz.start({ mode: 'review', seed: 'r2' })).toBe(true)
    expect(next.quiz.current?.quiz.mode).toBe('review')
    expect(next.quiz.current?.quiz.questions.map(x => x.fact)).toEqual([missed.fact])
  })

  it('moves a fact answered right in review up a box and out of today’s list', async () => {
    localStorage.setItem('quorum:review', makeStored({ 'tally-yes': { fact: 'tally-yes', box: 1, due: '2026-03-04', seen: 1, lapses: 1 } }))
    const { quiz, review } = reload()
    expect(review.due).toEqual(['tally-yes'])
    await quiz.start({ mode: 'review', seed: 'r' })
    quiz.answer(quiz.question!.answer)
    await quiz.finish()
    expect(review.deck['tally-yes']).toMatchObject({ box: 2, seen: 2 })
    expect(review.due).toEqual([])
  })

  it('refuses a review with nothing due', async () => {
    const { quiz } = reload()
    expect(await quiz.start({ mode: 'review' })).toBe(false)
    expect(quiz.hasCurrent).toBe(false)
  })

  it('puts a fact answered right the first time in a later box', async () => {
    const { quiz, review } = reload()
    await quiz.start({ seed: 'r', count: 1 })
    const fact = quiz.question!.fact
    quiz.answer(quiz.question!.answer)
    await quiz.finish()
    expect(review.deck[fact]?.box).toBe(FIRST_RIGHT_BOX)
  })

  it('keeps corrupt schedule data aside and tells the user', () => {
    localStorage.setItem('quorum:review', '{"app":"quorum",')
    const { review } = reload()
    expect(review.deck).toEqual({})
    expect(useNoticesStore().notices[0]?.text).toContain('quorum:review')
    expect(Object.keys(localStorage).some(k => k.startsWith('quorum:backup:quorum:review:'))).toBe(true)
  })
})
