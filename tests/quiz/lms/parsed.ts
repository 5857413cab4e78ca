/**
 * What the test-only readers of GIFT, Moodle XML and Aiken return: one shape for all three, so
 * round-trip tests compare them field by field. A field a format cannot carry is null.
 */
export interface ParsedQuestion {
  /** The category path in force, as written (Moodle splits it with splitCategoryPath). */
  category: string | null
  name: string | null
  prompt: string
  options: string[]
  /** Percent of the mark each option earns: 100 for the key, 0 for a wrong option. */
  fractions: number[]
  /** Per-option feedback; null where there is none (Moodle stores it as empty). */
  feedback: (string | null)[]
  generalFeedback: string | null
  /** Whether the platform may shuffle the options; only Moodle XML says. */
  shuffle: boolean | null
  /** Moodle XML's "one answer only" setting, or GIFT's equivalent (an "=" answer). */
  single: boolean | null
  answerNumbering: string | null
  defaultGrade: number | null
  /** The distinct text formats of the question's texts (GIFT markers or XML format attributes). */
  formats: string[]
}

/** The whitespace PHP's trim() removes: Moodle trims what it imports with it. */
export function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '')
}

/**
 * A category path split as Moodle splits it (split_category_path in question/format.php): on
 * single slashes, "//" standing for a slash within a name, each name trimmed.
 */
export function splitCategoryPath(path: string): string[] {
  return path.split(/(?<!\/)\/(?!\/)/).map(name => phpTrim(name.replaceAll('//', '/')))
}
