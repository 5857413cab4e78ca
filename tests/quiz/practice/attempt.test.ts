import { describe, expect, it } from 'vitest'
import { summariseAttempt } from '~/quiz/practice/attempt'
import { makeCurrentQuiz, makeQuestion, makeQuiz } from '../../builders'

describe('summariseAttempt', () => {
  it('records each answer as text beside the key, and the score', () => {
    const attempt = summariseAttempt(makeCurrentQuiz({ answers: [1, 0], index: 1 }), 'id-1', '2026-01-02T10:00:00.000Z', null)
    expect(attempt).toMatchObject({ id: 'id-1', correct: 1, total: 2, seed: 'test', topic: null })
    expect(attempt.questions.map(q => [q.chosen, q.key, q.correct])).toEqual([
      ['United States', 'United States', true],
      ['France', 'United States', false],
    ])
  })
})

describe('summariseAttempt of a challenge', () => {
  const quiz = { ...makeQuiz([makeQuestion({ id: 'q-1' }), makeQuestion({ id: 'q-2' }), makeQuestion({ id: 'q-3' })]), mode: 'challenge' as const }

  it('records the fields of the quiz it summarises', () => {
    const challenge = { ...quiz, seed: 's-9', topic: 'vote', difficulty: 'hard' as const }
    const attempt = summariseAttempt(makeCurrentQuiz({ quiz: challenge, answers: [1, 1, 0], index: 2 }), 'id-9', '2026-01-02T10:00:00.000Z', null)
    expect(attempt).toMatchObject({ id: 'id-9', finishedAt: '2026-01-02T10:00:00.000Z', seed: 's-9', mode: 'challenge', difficulty: 'hard', topic: 'vote', correct: 2, total: 3, resultCode: null })
  })
})
