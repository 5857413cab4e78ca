import type { Question, Source } from '../types.ts'

/** The public shape of a question, as the CLI prints it and later tools read it. */
export interface PublicQuestion {
  id: string
  topic: string
  prompt: string
  options: string[]
  answer: number
  explanation: string
  sources: Source[]
}

export function toPublicQuestion(q: Question): PublicQuestion {
  return {
    id: q.id,
    topic: q.topic,
    prompt: q.prompt,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    sources: q.sources,
  }
}
