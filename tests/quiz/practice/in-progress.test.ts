import type { CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { QuizzesInProgress } from '~/quiz/practice/in-progress'
import { describe, expect, it } from 'vitest'
import { dropQuiz, joinCopies, putQuiz, quizIdentity, readOtherQuizzes, startQuiz, startWarning } from '~/quiz/practice/in-progress'
import { makeCurrentQuiz, makeQuizOf, makeStored } from '../../builders'

/** Quiz `seed` of three questions, with `answers` given so far and on the question after them. */
function quizOf(seed: string, answers: (number | null)[] = [null, null, null]): CurrentQuiz {
  const answered = answers.filter(a => a !== null).length
  return makeCurrentQuiz({ quiz: { ...makeQuizOf(['A?', 'B?', 'C?']), seed }, answers, index: Math.min(answered, 2) })
}

const A = quizOf('a')
const B = quizOf('b')
const C = quizOf('c')
const seeds = (all: QuizzesInProgress) => [all.latest?.quiz.seed ?? null, all.others.map(q => q.quiz.seed)]

describe('quizIdentity', () => {
  it('is the same however far a quiz has gone, and differs between quizzes or class names', () => {
    expect(quizIdentity(quizOf('a', [1, 2, null]))).toBe(quizIdentity(A))
    expect(quizIdentity(B)).not.toBe(quizIdentity(A))
    const session = { code: 'ABC', name: 'Amal', feedback: true }
    expect(quizIdentity({ ...A, session })).not.toBe(quizIdentity({ ...A, session: { ...session, name: 'Bo' } }))
  })
})

describe('joinCopies', () => {
  it.each<[string, (number | null)[], (number | null)[], (number | null)[], number[]]>([
    ['the same', [1, null, null], [1, null, null], [1, null, null], []],
    ['stored further on', [1, 2, null], [1, null, null], [1, 2, null], []],
    ['mine further on', [1, null, null], [1, 2, 0], [1, 2, 0], []],
    ['both answered one question differently: stored counts', [1, 2, null], [1, 0, null], [1, 2, null], [1]],
  ])('%s', (_, stored, mine, answers, overruled) => {
    const joined = joinCopies(quizOf('a', stored), quizOf('a', mine))
    expect(joined.quiz.answers).toEqual(answers)
    expect(joined.quiz.index).toBe(Math.min(answers.filter(a => a !== null).length, 2))
    expect(joined.overruled).toEqual(overruled)
  })

  it('gives back mine itself when nothing changes it', () => {
    const mine = quizOf('a', [1, 2, null])
    expect(joinCopies(quizOf('a', [1, null, null]), mine).quiz).toBe(mine)
  })
})

describe('where quizzes in progress are kept', () => {
  it.each<[string, QuizzesInProgress, CurrentQuiz, [string | null, string[]]]>([
    ['into a free latest', { latest: null, others: [] }, A, ['a', []]],
    ['over its own older copy', { latest: A, others: [B] }, quizOf('a', [1, null, null]), ['a', ['b']]],
    ['beside another tab’s latest', { latest: B, others: [] }, A, ['b', ['a']]],
    ['over its copy among others', { latest: B, others: [C, A] }, quizOf('a', [0, null, null]), ['b', ['c', 'a']]],
  ])('putQuiz: %s', (_, all, quiz, expected) => {
    const next = putQuiz(all, quiz)
    expect(seeds(next)).toEqual(expected)
    expect([next.latest, ...next.others]).toContain(quiz)
  })

  it.each<[string, QuizzesInProgress, CurrentQuiz, [string | null, string[]]]>([
    ['latest goes, the first other takes its place', { latest: A, others: [B, C] }, A, ['b', ['c']]],
    ['one of the others goes', { latest: A, others: [B, C] }, C, ['a', ['b']]],
    ['a quiz not kept changes nothing', { latest: A, others: [] }, B, ['a', []]],
  ])('dropQuiz: %s', (_, all, quiz, expected) => {
    expect(seeds(dropQuiz(all, quiz))).toEqual(expected)
  })

  it.each<[string, QuizzesInProgress, [string | null, string[]]]>([
    ['on nothing', { latest: null, others: [] }, ['c', []]],
    ['keeps the latest before it among others', { latest: A, others: [B] }, ['c', ['a', 'b']]],
  ])('startQuiz: %s', (_, all, expected) => {
    expect(seeds(startQuiz(all, C))).toEqual(expected)
  })
})

describe('startWarning', () => {
  it.each([
    [true, 'Start a new quiz? Your unfinished quiz will be lost.'],
    [false, 'Start a new quiz? The unfinished quiz saved on this device (question 2 of 3) is kept: if another tab is playing it, it goes on there, and it comes back here once you finish the new one.'],
  ])('own %s: %s', (own, text) => {
    expect(startWarning(quizOf('a', [1, null, null]), own)).toBe(text)
  })
})

describe('readOtherQuizzes', () => {
  it('keeps the quizzes that check out around one that does not', () => {
    const result = readOtherQuizzes(makeStored([A, { quiz: 'broken' }, B]))
    expect(result).toMatchObject({ status: 'partial', data: [A, B], reason: expect.stringContaining('1 of 3 quizzes in progress could not be read') })
  })
})
