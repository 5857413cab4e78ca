import type { LmsQuestion } from './text.ts'
import { categoryPath, generalFeedback, lmsFeedback, lmsText } from './text.ts'

/**
 * GIFT, Moodle's plain-text question format.
 *
 * Spec: https://docs.moodle.org/en/GIFT_format (symbols table, "Special characters", "Options:
 * format"), checked against Moodle's importer, question/format/gift/format.php
 * (https://github.com/moodle/moodle/blob/main/question/format/gift/format.php).
 *
 * What this writer relies on:
 * - Questions are separated by blank lines, so a text never spans lines: every line break is
 *   written as the spec's `\n`.
 * - `~ = # { } :` are written `\~ \= \# \{ \} \:`, and a backslash `\\`: Moodle reads `\\` as one
 *   backslash before the other escapes, so a text ending in a backslash cannot eat the next
 *   character, and a backslash followed by "n" stays two characters.
 * - The question text is marked `[plain]`. The spec's default, `[moodle]` (auto-format), passes
 *   HTML through and runs filters, so "<b>" or "&amp;" in a text would not show as typed; plain
 *   text is escaped by Moodle when shown and keeps line breaks. The spec has answers and feedback
 *   inherit the question's format, so they carry no marker of their own, except where a text
 *   starts with "[" (Moodle would take "[html]…" as a marker) or "%" (Moodle would take
 *   "~%50%…" as a partial-credit weight): an explicit `[plain]` keeps those as text.
 * - `####` starts the general feedback, which must be the last thing before `}`.
 * - `$CATEGORY:` lines are not unescaped by Moodle except for `\\`, so a category path escapes
 *   only its backslashes.
 * Moodle trims every text, which lmsText has already done.
 */

/** The GIFT escape for every special character and line break. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, ch => `\\${ch}`).replace(/\n/g, '\\n')
}

/** An answer or feedback text, with a `[plain]` marker where Moodle would misread its start. */
function giftField(text: string): string {
  return /^[[%]/.test(text) ? `[plain]${escapeGift(text)}` : escapeGift(text)
}

function giftQuestion(q: LmsQuestion): string {
  const lines = [`::${escapeGift(lmsText(q.id))}::[plain]${escapeGift(lmsText(q.prompt))} {`]
  q.options.forEach((option, i) => {
    const feedback = lmsFeedback(q.feedback[i] ?? null)
    lines.push(`\t${i === q.answer ? '=' : '~'}${giftField(lmsText(option))}${feedback === null ? '' : `#${giftField(feedback)}`}`)
  })
  const general = lmsText(generalFeedback(q))
  if (general !== '')
    lines.push(`\t####${giftField(general)}`)
  lines.push('}')
  return lines.join('\n')
}

/**
 * The questions as a GIFT file, a `$CATEGORY:` line before each run of questions from one topic.
 * GIFT cannot say "keep this order": Moodle gives each imported question the site's default
 * shuffle setting, so a `keepOrder` question keeps its order only where that default or the
 * quiz's "Shuffle within questions" is off. Moodle XML carries the setting per question.
 */
export function toGift(qs: readonly LmsQuestion[]): string {
  const blocks = ['// Quorum questions in GIFT format. Each question is named by its Quorum id.']
  let category: string | null = null
  for (const q of qs) {
    const path = categoryPath(q.category)
    if (path !== category) {
      blocks.push(`$CATEGORY: ${path.replaceAll('\\', '\\\\')}`)
      category = path
    }
    blocks.push(giftQuestion(q))
  }
  return `${blocks.join('\n\n')}\n`
}
