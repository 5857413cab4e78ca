import type { LmsQuestion } from './text.ts'
import { categoryPath, generalFeedback, lmsFeedback, lmsText } from './text.ts'

/**
 * Moodle XML, the format Moodle itself exports questions in.
 *
 * Spec: https://docs.moodle.org/en/Moodle_XML_format (overall structure, categories, common
 * question parts, multichoice), checked against Moodle's importer, question/format/xml/format.php
 * (https://github.com/moodle/moodle/blob/main/question/format/xml/format.php).
 *
 * Every text is written with format="plain_text". The spec's other choice, "html", would have
 * us escape the text as HTML and turn line breaks into <br>, and Moodle would still run its
 * filters on the result (TeX between $$, multi-language spans, auto-linking), so a text could
 * show as something else than was typed. Moodle shows a plain_text text by escaping it itself
 * (format_text with FORMAT_PLAIN: s() and nl2br, no filters): exactly the text, line breaks kept.
 * So the only escaping here is XML's own: & < > " ' as entities (which also covers "]]>"), and
 * characters XML 1.0 forbids are removed by lmsText, as are the ends Moodle would trim.
 */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, ch => XML_ENTITIES[ch] ?? ch)
}

/** `<text>` holding a normalised, escaped text, as the spec nests it in every text field. */
function text(value: string): string {
  return `<text>${escapeXml(lmsText(value))}</text>`
}

function categoryXml(path: string): string[] {
  return [
    '  <question type="category">',
    `    <category>${text(path)}</category>`,
    '  </question>',
  ]
}

function questionXml(q: LmsQuestion): string[] {
  const answers = q.options.flatMap((option, i) => {
    const feedback = lmsFeedback(q.feedback[i] ?? null)
    return [
      `    <answer fraction="${i === q.answer ? 100 : 0}" format="plain_text">`,
      `      ${text(option)}`,
      `      <feedback format="plain_text">${text(feedback ?? '')}</feedback>`,
      '    </answer>',
    ]
  })
  return [
    '  <question type="multichoice">',
    `    <name>${text(q.id)}</name>`,
    `    <questiontext format="plain_text">${text(q.prompt)}</questiontext>`,
    `    <generalfeedback format="plain_text">${text(generalFeedback(q))}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <single>true</single>',
    `    <shuffleanswers>${q.keepOrder ? 0 : 1}</shuffleanswers>`,
    '    <answernumbering>abc</answernumbering>',
    ...answers,
    '  </question>',
  ]
}

/** The questions as a Moodle XML file, a category entry before each run of questions from one topic. */
export function toMoodleXml(qs: readonly LmsQuestion[]): string {
  // The spec asks for the declaration on the very first line.
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', '  <!-- Quorum questions. Each question is named by its Quorum id. -->']
  let category: string | null = null
  for (const q of qs) {
    const path = categoryPath(q.category)
    if (path !== category) {
      lines.push(...categoryXml(path))
      category = path
    }
    lines.push(...questionXml(q))
  }
  lines.push('</quiz>')
  return `${lines.join('\n')}\n`
}
