import type { ReadResult } from '../saved/envelope.ts'
import type { CurrentQuiz } from './current-quiz.ts'
import { sameData } from '../json.ts'
import { readList } from '../saved/envelope.ts'
import { checkCurrentQuiz } from './current-quiz.ts'

/**
 * Every quiz in progress on the device, when two tabs play two quizzes. `latest` is the one
 * last started: a newly opened tab resumes it (it is the one stored under the current-quiz key,
 * as builds before this one stored their only quiz). `others` are quizzes still in progress that
 * a newer start moved out of its way: a tab still playing one saves it there, and when `latest`
 * is finished the first of them takes its place. A quiz is known by its identity (seed,
 * questions, class session), never by where it is kept, so no tab overwrites another's quiz.
 */
export interface QuizzesInProgress {
  latest: CurrentQuiz | null
  others: CurrentQuiz[]
}

/** What makes a quiz the same quiz in two tabs: how it was made, not how far it has gone. */
export function quizIdentity({ quiz, session }: CurrentQuiz): string {
  return JSON.stringify([quiz.seed, quiz.mode, quiz.topic, quiz.difficulty, quiz.questions.map(q => q.id), session?.code ?? null, session?.name ?? null])
}

export function sameQuiz(a: CurrentQuiz, b: CurrentQuiz): boolean {
  return quizIdentity(a) === quizIdentity(b)
}

/** The stored copy of `quiz`, wherever it is kept; null when it is not stored. */
export function findQuiz(all: QuizzesInProgress, quiz: CurrentQuiz): CurrentQuiz | null {
  return [all.latest, ...all.others].find(q => q !== null && sameQuiz(q, quiz)) ?? null
}

/**
 * One quiz played in two tabs, joined: every answer either gave, on the question furthest on.
 * Answers are given in order and never changed, so two copies differ only where one went
 * further, unless both answered a question: then `stored`'s answer, saved first, stands, and the
 * question's index is listed in `overruled`.
 */
export function joinCopies(stored: CurrentQuiz, mine: CurrentQuiz): { quiz: CurrentQuiz, overruled: number[] } {
  const overruled: number[] = []
  const answers = stored.answers.map((a, i) => {
    const m = mine.answers[i] ?? null
    if (a !== null && m !== null && a !== m)
      overruled.push(i)
    return a ?? m
  })
  const quiz = { ...stored, answers, index: Math.max(stored.index, mine.index) }
  return { quiz: sameData(quiz, mine) ? mine : quiz, overruled }
}

function without(list: readonly CurrentQuiz[], quiz: CurrentQuiz): CurrentQuiz[] {
  return list.filter(q => !sameQuiz(q, quiz))
}

/** `quiz` saved where it is kept: as `latest` when that is free or the same quiz, else among `others`. */
export function putQuiz(all: QuizzesInProgress, quiz: CurrentQuiz): QuizzesInProgress {
  if (all.latest === null || sameQuiz(all.latest, quiz))
    return { latest: quiz, others: without(all.others, quiz) }
  const at = all.others.findIndex(q => sameQuiz(q, quiz))
  return { latest: all.latest, others: at < 0 ? [quiz, ...all.others] : all.others.map((q, i) => (i === at ? quiz : q)) }
}

/** `quiz` finished or set aside: gone from wherever it is kept; the first of `others` becomes `latest` if that went. */
export function dropQuiz(all: QuizzesInProgress, quiz: CurrentQuiz): QuizzesInProgress {
  if (all.latest !== null && sameQuiz(all.latest, quiz))
    return { latest: all.others[0] ?? null, others: all.others.slice(1) }
  return { latest: all.latest, others: without(all.others, quiz) }
}

/** A new quiz becomes `latest`; the one there before is kept among `others`. */
export function startQuiz(all: QuizzesInProgress, quiz: CurrentQuiz): QuizzesInProgress {
  const others = all.latest === null ? all.others : [all.latest, ...without(all.others, all.latest)]
  return { latest: quiz, others: without(others, quiz) }
}

/**
 * What starting a new quiz does to the one a tab holds, asked before it is done: a quiz of the
 * tab's own is set aside for good; any other (saved by another tab, perhaps still playing it)
 * stays saved and comes back once the new one is finished.
 */
export function startWarning({ quiz, index }: CurrentQuiz, own: boolean): string {
  return own
    ? 'Start a new quiz? Your unfinished quiz will be lost.'
    : `Start a new quiz? The unfinished quiz saved on this device (question ${index + 1} of ${quiz.questions.length}) is kept: if another tab is playing it, it goes on there, and it comes back here once you finish the new one.`
}

/** The same, said before joining a class session. */
export function joinNote(own: boolean): string {
  return own
    ? 'Joining replaces your unfinished quiz.'
    : 'The unfinished quiz saved on this device is kept: it comes back here once you finish the class quiz.'
}

/** Reads the quizzes kept among `others`; one that does not check out costs none of the rest. */
export function readOtherQuizzes(raw: string | null): ReadResult<CurrentQuiz[]> {
  return readList(raw, checkCurrentQuiz, 'current-quiz', 'quizzes in progress')
}
