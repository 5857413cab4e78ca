import type { Question } from '~/quiz/types'
import { ref } from 'vue'
import { downloadText } from '~/browser/download'
import { plural } from '~/quiz/text'

export const LMS_FORMATS = {
  gift: { label: 'GIFT', extension: 'gift.txt', type: 'text/plain;charset=utf-8' },
  moodle: { label: 'Moodle XML', extension: 'xml', type: 'application/xml' },
  aiken: { label: 'Aiken', extension: 'aiken.txt', type: 'text/plain;charset=utf-8' },
} as const

export type LmsFormatId = keyof typeof LMS_FORMATS

/**
 * Saves questions as a file for a learning platform: the whole bank, or a session's questions.
 * The exporters and the bank load on the first click, not with the page.
 */
export function useLmsDownload() {
  const message = ref('')

  async function download(format: LmsFormatId, basename: string, questions: readonly Question[] | null) {
    const { exportBank, exportQuestions } = await import('~/lazy/lms-export')
    const file = questions === null ? exportBank(format) : exportQuestions(format, questions)
    const filename = `${basename}.${LMS_FORMATS[format].extension}`
    downloadText(filename, file.text, LMS_FORMATS[format].type)
    const left = file.skipped === 0 ? '' : ` ${plural(file.skipped, 'question does', 'questions do')} not fit the format and ${file.skipped === 1 ? 'was' : 'were'} left out.`
    message.value = `Saved ${file.count} questions as ${LMS_FORMATS[format].label} in ${filename}.${left}`
  }

  return { message, download }
}
