import type { SessionSpec } from '~/quiz/classroom/join-code'
import type { Attempt } from '~/quiz/practice/attempt'
import type { CurrentQuiz } from '~/quiz/practice/current-quiz'
import type { Bank, Item, Question, Quiz } from '~/quiz/types'
import { STORAGE_KEYS, TAB_QUIZ_KEY } from '~/persistence/keys'
import { bankFingerprint, decodeSessionCode, encodeSessionCode } from '~/quiz/classroom/join-code'
import { encodeResultCode } from '~/quiz/classroom/result-code'
import { buildSessionQuiz } from '~/quiz/classroom/session'
import { quizIdentity } from '~/quiz/practice/in-progress'
import { wrapEnvelope } from '~/quiz/saved/envelope'

/** Small named builders: each test states only what it cares about. */
export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    id: 'vote-yes-count',
    topic: 'vote',
    fact: 'tally-yes',
    form: 'number',
    kind: 'number',
    level: 1,
    prompt: 'How many countries voted for the resolution?',
    variants: [],
    key: '93',
    distractors: [
      { text: '65', why: 'That is the number of abstentions.', near: true },
      { text: '18', why: 'That is the number of votes against.', near: false },
      { text: '111', why: 'That counts the yes and no votes together.', near: true },
    ],
    explanation: 'The article reports 93 votes for.',
    sources: [{ kind: 'article', quote: 'passed with 93 votes for' }],
    cites: [],
    ...overrides,
  }
}

export function makeTextItem(id: string, topic = 'people', overrides: Partial<Item> = {}): Item {
  return makeItem({
    id,
    topic,
    fact: id,
    form: 'who',
    kind: 'person',
    prompt: `Who is ${id}?`,
    key: `Key of ${id}`,
    distractors: [
      { text: `Near wrong of ${id}`, why: 'Wrong person, but close.', near: true },
      { text: `Far wrong of ${id}`, why: 'Wrong person.', near: false },
      { text: `Other far wrong of ${id}`, why: 'Also wrong.', near: false },
    ],
    ...overrides,
  })
}

export function makeBank(items: Item[] = [makeItem()]): Bank {
  const topics = [...new Set(items.map(i => i.topic))].map((id, order) => ({ id, title: id, order }))
  return { topics, items }
}

/** A bank of `n` text items spread over two topics. */
export function makeBigBank(n: number): Bank {
  return makeBank(Array.from({ length: n }, (_, i) => makeTextItem(`item-${i}`, i % 2 === 0 ? 'people' : 'vote')))
}

export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'q-1',
    topic: 'vote',
    fact: 'us-drafted-competing-text',
    form: 'who',
    kind: 'country',
    prompt: 'Which country drafted the competing resolution?',
    options: ['France', 'United States', 'Ukraine'],
    answer: 1,
    reasons: ['France pushed amendments.', null, 'Ukraine backed the other resolution.'],
    explanation: 'The article reports that Trump’s administration drafted it.',
    sources: [{ kind: 'article', quote: 'Trump’s administration had drafted a competing resolution' }],
    cites: [4],
    ...overrides,
  }
}

export function makeQuiz(questions: Question[] = [makeQuestion(), makeQuestion({ id: 'q-2' })]): Quiz {
  return { seed: 'test', topic: null, count: questions.length, difficulty: 'normal', mode: 'quiz', questions }
}

export function makeCurrentQuiz(overrides: Partial<CurrentQuiz> = {}): CurrentQuiz {
  const quiz = overrides.quiz ?? makeQuiz()
  return { quiz, answers: quiz.questions.map(() => null), index: 0, session: null, ...overrides }
}

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'a-1',
    finishedAt: '2026-01-02T10:00:00.000Z',
    seed: 'test',
    mode: 'quiz',
    difficulty: 'normal',
    topic: null,
    correct: 1,
    total: 2,
    points: null,
    resultCode: null,
    questions: [
      { id: 'q-1', prompt: 'P1?', chosen: 'United States', key: 'United States', correct: true },
      { id: 'q-2', prompt: 'P2?', chosen: 'France', key: 'United States', correct: false },
    ],
    ...overrides,
  }
}

/** An attempt whose answers are right or wrong as the pattern says: "RRW" is right, right, wrong. */
export function makeAttemptOf(pattern: string, finishedAt: string): Attempt {
  const questions = [...pattern].map((c, i) => ({ id: `q-${i}`, prompt: `Q${i}?`, chosen: 'x', key: c === 'R' ? 'x' : 'y', correct: c === 'R' }))
  return makeAttempt({ id: finishedAt, finishedAt, questions, total: questions.length, correct: questions.filter(q => q.correct).length })
}

/** A quiz whose questions are told apart by their prompts: 'q-1' asks prompts[0], and so on. */
export function makeQuizOf(prompts: string[]): Quiz {
  return makeQuiz(prompts.map((prompt, i) => makeQuestion({ id: `q-${i + 1}`, prompt })))
}

/**
 * Stores `quiz` as the quiz in progress, as this tab saved it before a reload (`own`), or as
 * another tab did. Returns the text stored.
 */
export function storeCurrentQuiz(quiz: CurrentQuiz, { own }: { own: boolean }): string {
  const raw = makeStored(quiz)
  localStorage.setItem(STORAGE_KEYS.currentQuiz, raw)
  if (own)
    sessionStorage.setItem(TAB_QUIZ_KEY, quizIdentity(quiz))
  return raw
}

/** The text Quorum writes to localStorage for `data`, in its versioned envelope. */
export function makeStored(data: unknown): string {
  return JSON.stringify(wrapEnvelope(data))
}

/**
 * A class session on `bank` as the teacher's device sees it: the join code, the spec read back
 * from that code, the quiz every device builds from it, and students' result codes for it.
 */
export function makeClassSession(bank: Bank, overrides: Partial<SessionSpec> = {}) {
  const joinCode = encodeSessionCode({ topicIndex: 0, count: 5, difficulty: 'normal', feedback: false, seed: 4242, bank: bankFingerprint(bank), ...overrides })
  const decoded = decodeSessionCode(joinCode)
  if (!decoded.ok)
    throw new Error(decoded.reason)
  const spec = decoded.value
  const built = buildSessionQuiz(bank, spec)
  if (!built.ok)
    throw new Error(built.reason)
  const quiz = built.value
  return {
    joinCode,
    spec,
    quiz,
    /** A student's result code for this session. */
    resultCode: (name: string, answers: (number | null)[]) => encodeResultCode({ session: spec, name, answers }),
    /** Answers with the first `right` questions right and every later one wrong. */
    answers: (right: number) => quiz.questions.map((q, i) => (i < right ? q.answer : (q.answer + 1) % q.options.length)),
  }
}
