import type { Check } from '../saved/check.ts'
import type { ReadResult } from '../saved/envelope.ts'
import type { Question, Quiz, Source } from '../types.ts'
import type { FactAnswer } from './review.ts'
import type { Answer } from './score.ts'
import { bool, fail, int, list, nullable, oneOf, record, str } from '../saved/check.ts'
import { readEnvelope } from '../saved/envelope.ts'
import { DIFFICULTIES } from '../settings.ts'
import { ANSWER_KINDS, QUESTION_FORMS, QUIZ_MODES } from '../types.ts'
import { TIMED_OUT } from './score.ts'

/** The quiz being played, as it is saved after every answer so that a reload resumes it. */

/** A class session joined with a code: who the student is, and whether to show feedback. */
export interface ClassSession {
  /** The join code, normalised. */
  code: string
  name: string
  feedback: boolean
}

export interface CurrentQuiz {
  quiz: Quiz
  answers: Answer[]
  /** The question on screen. */
  index: number
  /** Set when the quiz is a class session's. */
  session: ClassSession | null
}

const source: Check<Source> = (v, p) => {
  const r = record(v, p)
  if (r.kind === 'article')
    return { kind: 'article', quote: str(r.quote, `${p}.quote`) }
  if (r.kind === 'charter' || r.kind === 'rules' || r.kind === 'record') {
    const s: Source = { kind: r.kind, ref: str(r.ref, `${p}.ref`) }
    if (r.quote !== undefined)
      s.quote = str(r.quote, `${p}.quote`)
    return s
  }
  return fail(`${p}.kind`, 'article, charter, rules or record')
}

const question: Check<Question> = (v, p) => {
  const r = record(v, p)
  const options = list(str)(r.options, `${p}.options`)
  const answer = int(r.answer, `${p}.answer`)
  if (options.length < 2 || answer >= options.length)
    fail(`${p}.answer`, 'the index of one of at least two options')
  const reasons = list(nullable(str))(r.reasons, `${p}.reasons`)
  if (reasons.length !== options.length)
    fail(`${p}.reasons`, 'one entry per option')
  // Schema 1 let fact, form, kind and cites be missing; the migration to schema 2 fills them in.
  return {
    id: str(r.id, `${p}.id`),
    topic: str(r.topic, `${p}.topic`),
    fact: str(r.fact, `${p}.fact`),
    form: oneOf(QUESTION_FORMS)(r.form, `${p}.form`),
    kind: oneOf(ANSWER_KINDS)(r.kind, `${p}.kind`),
    prompt: str(r.prompt, `${p}.prompt`),
    options,
    answer,
    reasons,
    explanation: str(r.explanation, `${p}.explanation`),
    sources: list(source)(r.sources, `${p}.sources`),
    cites: list(int)(r.cites, `${p}.cites`),
  }
}

const quiz: Check<Quiz> = (v, p) => {
  const r = record(v, p)
  const questions = list(question)(r.questions, `${p}.questions`)
  if (questions.length === 0)
    fail(`${p}.questions`, 'a non-empty list')
  return {
    seed: str(r.seed, `${p}.seed`),
    topic: nullable(str)(r.topic, `${p}.topic`),
    count: int(r.count, `${p}.count`),
    difficulty: oneOf(DIFFICULTIES)(r.difficulty, `${p}.difficulty`),
    mode: oneOf(QUIZ_MODES)(r.mode, `${p}.mode`),
    questions,
  }
}

const classSession: Check<ClassSession> = (v, p) => {
  const r = record(v, p)
  return { code: str(r.code, `${p}.code`), name: str(r.name, `${p}.name`), feedback: bool(r.feedback, `${p}.feedback`) }
}

/** An option's index, or TIMED_OUT. */
const answerIndex: Check<number> = (v, p) => (v === TIMED_OUT ? TIMED_OUT : int(v, p))

export const checkCurrentQuiz: Check<CurrentQuiz> = (v, p) => {
  const r = record(v, p)
  const q = quiz(r.quiz, `${p}.quiz`)
  const answers = list(nullable(answerIndex))(r.answers, `${p}.answers`)
  if (answers.length !== q.questions.length)
    fail(`${p}.answers`, 'one entry per question')
  answers.forEach((a, i) => {
    if (a !== null && a >= (q.questions[i]?.options.length ?? 0))
      fail(`${p}.answers[${i}]`, 'the index of an option')
    if (a === TIMED_OUT && q.mode !== 'challenge')
      fail(`${p}.answers[${i}]`, 'the index of an option (only a timed challenge can time out)')
  })
  const index = int(r.index, `${p}.index`)
  if (index >= q.questions.length)
    fail(`${p}.index`, 'the index of a question')
  // Questions are answered in order: every one before the current is answered, none after it.
  answers.forEach((a, i) => {
    if ((i < index && a === null) || (i > index && a !== null))
      fail(`${p}.answers[${i}]`, i < index ? 'answered, as it comes before the current question' : 'unanswered, as it comes after the current question')
  })
  return { quiz: q, answers, index, session: nullable(classSession)(r.session, `${p}.session`) }
}

/** Each question's fact and whether it was answered right (a timed-out question was not). */
export function factAnswers({ quiz, answers }: CurrentQuiz): FactAnswer[] {
  return quiz.questions.map((q, i) => ({ fact: q.fact, correct: answers[i] === q.answer }))
}

export function readCurrentQuiz(raw: string | null): ReadResult<CurrentQuiz> {
  return readEnvelope(raw, checkCurrentQuiz, 'current-quiz')
}
