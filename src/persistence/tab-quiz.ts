import { TAB_QUIZ_KEY } from './keys'

/** The identity of the quiz this tab plays as its own, from sessionStorage; null when none or unreachable. */
export function readTabQuiz(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TAB_QUIZ_KEY) ?? null
  }
  catch {
    return null
  }
}

/** Notes (or, with null, forgets) the quiz this tab plays as its own; without sessionStorage, nothing. */
export function writeTabQuiz(identity: string | null): void {
  try {
    if (identity === null)
      globalThis.sessionStorage?.removeItem(TAB_QUIZ_KEY)
    else
      globalThis.sessionStorage?.setItem(TAB_QUIZ_KEY, identity)
  }
  catch {}
}
