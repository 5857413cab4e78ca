import type { Bank } from '../types.ts'
import { sentenceCoverage } from './article.ts'

/** The article as the app shows it: paragraphs of sentences, each with the items that cite it. */
export interface ArticleSentence {
  n: number
  text: string
  /** Ids of the bank items quoting this sentence. */
  items: string[]
}

export interface ArticleParagraph {
  n: number
  sentences: ArticleSentence[]
  /** Every item citing one of its sentences, once each. */
  items: string[]
  /** How many questions a quiz on those items asks (see buildItemsQuiz). */
  questions: number
}

export interface ArticleModel {
  headline: string
  paragraphs: ArticleParagraph[]
}

/**
 * `questionsOn` counts the questions a quiz on a paragraph's items asks; by default one per
 * fact. The build passes the generator's count, which leaves out items stating each other's keys.
 */
export function articleModel(bank: Bank, headline: string, body: string, questionsOn?: (ids: string[]) => number): ArticleModel {
  const factOf = new Map(bank.items.map(i => [i.id, i.fact]))
  const paragraphs: ArticleParagraph[] = []
  for (const { sentence, items } of sentenceCoverage(bank, body)) {
    let p = paragraphs[paragraphs.length - 1]
    if (p === undefined || p.n !== sentence.paragraph) {
      p = { n: sentence.paragraph, sentences: [], items: [], questions: 0 }
      paragraphs.push(p)
    }
    p.sentences.push({ n: sentence.n, text: sentence.text, items })
  }
  for (const p of paragraphs) {
    p.items = [...new Set(p.sentences.flatMap(s => s.items))]
    p.questions = questionsOn?.(p.items) ?? new Set(p.items.map(id => factOf.get(id))).size
  }
  return { headline, paragraphs }
}
