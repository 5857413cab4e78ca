import type { Bank } from '../types.ts'
import { candidatesFor } from './generate.ts'

/** What the home screen needs to know of a topic, without loading the bank itself. */
export interface TopicSummary {
  id: string
  title: string
  /** Every fact a quiz on this topic can ask, scenario templates included. */
  facts: string[]
}

export function topicSummaries(bank: Bank): TopicSummary[] {
  return bank.topics.map(t => ({
    id: t.id,
    title: t.title,
    facts: [...new Set(candidatesFor(bank, t.id).map(c => c.fact))].sort(),
  }))
}
