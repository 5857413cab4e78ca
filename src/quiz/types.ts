/** The type every option of an item shares (rule 5 of ITEM-WRITING.md). */
export const ANSWER_KINDS = ['person', 'country', 'number', 'organisation', 'text'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]

export type Source
  = | { kind: 'article', quote: string }
    | { kind: 'charter' | 'rules' | 'record', ref: string, quote?: string }

export type SourceKind = Source['kind']

export interface Distractor {
  text: string
  /** The misconception this option stands for: shown when a student picks it. */
  why: string
  /** A tempting, close distractor (hard quizzes prefer these) rather than one easily ruled out. */
  near: boolean
}

/** What kind of question an item asks; `scenario` questions are made by code, not written. */
export const QUESTION_FORMS = ['who', 'number', 'quote', 'cause', 'report', 'rule', 'scenario'] as const
export type QuestionForm = (typeof QUESTION_FORMS)[number]

/** How hard the fact is: 1 a headline fact, 2 a clear detail, 3 a fine point. */
export type Level = 1 | 2 | 3

export type Difficulty = 'easy' | 'normal' | 'hard'

export interface Topic {
  id: string
  title: string
  /** Where the topic is listed: lowest first. */
  order: number
}

export interface Item {
  id: string
  topic: string
  /** Items sharing a fact are never asked in the same quiz. */
  fact: string
  /**
   * Facts whose key this item's text states (its stems, options, reasons, explanation or
   * sources): a quiz never asks one of them after this item. Absent for none.
   */
  reveals?: string[]
  form: QuestionForm
  kind: AnswerKind
  level: Level
  prompt: string
  /** Other phrasings of the same question, with the same key and distractors. */
  variants: string[]
  key: string
  distractors: Distractor[]
  explanation: string
  sources: Source[]
  /** Numbers of the article sentences its quotes cite, in order; empty without an article source. */
  cites: number[]
}

export interface Bank {
  topics: Topic[]
  items: Item[]
}

/** One bank file as read from disk, before it is checked. */
export interface BankFileInput {
  file: string
  data: unknown
}

export interface Question {
  id: string
  topic: string
  fact: string
  form: QuestionForm
  kind: AnswerKind
  prompt: string
  options: string[]
  /** Index of the key in `options`. */
  answer: number
  /** For each option, why it is wrong; `null` for the key. */
  reasons: (string | null)[]
  explanation: string
  sources: Source[]
  cites: number[]
}

export interface QuizSettings {
  seed: string
  count: number
  /** `null` for every topic. */
  topic: string | null
  difficulty: Difficulty
}

/** A quiz made from settings, a review of facts that are due, or a timed challenge. */
export const QUIZ_MODES = ['quiz', 'review', 'challenge'] as const
export type QuizMode = (typeof QUIZ_MODES)[number]

export interface Quiz extends QuizSettings {
  mode: QuizMode
  questions: Question[]
}

export interface Score {
  correct: number
  answered: number
  total: number
  /** Whole percent of `total`, rounded down. */
  percent: number
}
