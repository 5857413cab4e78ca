import type { OptionEntry } from '../generate/generate.ts'
import type { Item, Question } from '../types.ts'
import type { LmsQuestion } from './text.ts'
import { hashSeed } from '../random.ts'

/**
 * Questions for learning platforms (Moodle and others): a whole bank, item by item, or a class
 * session's quiz as the students saw it, written as GIFT, Moodle XML or Aiken.
 */

export type { AikenExport, AikenSkip } from './aiken.ts'
export { aikenProblem, toAiken } from './aiken.ts'
export { escapeGift, toGift } from './gift.ts'
export type { LmsQuestion } from './text.ts'
export { categoryName, categoryPath, generalFeedback, lmsFeedback, lmsLine, lmsText, sourceText } from './text.ts'
export { escapeXml, toMoodleXml } from './xml.ts'

/**
 * An item with its main prompt, its key and every distractor. Numbers are sorted ascending, as
 * the app shows them (buildQuestion), and must keep that order. Other options may be shuffled by
 * the platform, but Aiken cannot shuffle, so the key goes where the item's id hashes to: the
 * same place in every export, spread over the bank rather than always first.
 */
export function lmsFromItem(item: Item, topicTitle: string): LmsQuestion {
  const key: OptionEntry = { text: item.key, why: null }
  const distractors: OptionEntry[] = item.distractors.map(d => ({ text: d.text, why: d.why }))
  let entries: OptionEntry[]
  if (item.kind === 'number') {
    entries = [key, ...distractors].sort((a, b) => Number(a.text) - Number(b.text))
  }
  else {
    const at = hashSeed(item.id) % (distractors.length + 1)
    entries = [...distractors.slice(0, at), key, ...distractors.slice(at)]
  }
  return {
    id: item.id,
    category: topicTitle,
    prompt: item.prompt,
    options: entries.map(e => e.text),
    answer: entries.indexOf(key),
    feedback: entries.map(e => e.why),
    explanation: item.explanation,
    sources: item.sources,
    keepOrder: item.kind === 'number',
  }
}

/** A quiz question exactly as the students saw it: its phrasing and its options in their order. */
export function lmsFromQuestion(q: Question, topicTitle: string): LmsQuestion {
  return {
    id: q.id,
    category: topicTitle,
    prompt: q.prompt,
    options: q.options.slice(),
    answer: q.answer,
    feedback: q.reasons.slice(),
    explanation: q.explanation,
    sources: q.sources,
    keepOrder: true,
  }
}
