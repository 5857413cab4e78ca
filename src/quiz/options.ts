/** The option a key picks: 1–9 or A–I (either case), when the question has that many options. */
export function optionForKey(key: string, optionCount: number): number | null {
  let index: number | null = null
  if (/^[1-9]$/.test(key))
    index = Number(key) - 1
  else if (/^[a-i]$/i.test(key))
    index = key.toLowerCase().charCodeAt(0) - 97
  return index !== null && index < optionCount ? index : null
}

/** The letter shown for an option: A, B, C… (empty for an index no option can have). */
export function optionLetter(index: number): string {
  return Number.isInteger(index) && index >= 0 && index < 26 ? String.fromCharCode(65 + index) : ''
}

/** A question as read aloud: the prompt, then each option with its letter. */
export function spokenQuestion(prompt: string, options: readonly string[]): string {
  return [prompt, ...options.map((o, i) => `${optionLetter(i)}: ${o}.`)].join(' ')
}
