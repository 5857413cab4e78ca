import { plural } from '../text.ts'

/** What importing a file did: what it added and whether that was saved, or why it was refused. */
export type ImportOutcome
  = | { ok: true, results: number, facts: number, saved: boolean }
    | { ok: false, reason: string }

/** The status line after importing `fileName`; not `ok` when nothing was imported or saved. */
export function describeImport(fileName: string, outcome: ImportOutcome): { ok: boolean, text: string } {
  if (!outcome.ok)
    return { ok: false, text: `Nothing was imported from ${fileName}. ${outcome.reason}` }
  const added = `${plural(outcome.results, 'new result', 'new results')} and ${plural(outcome.facts, 'new review fact', 'new review facts')}`
  return outcome.saved
    ? { ok: true, text: `Imported ${fileName}: ${added}.` }
    : { ok: false, text: `Not saved: ${added} from ${fileName} are shown here for now, but the browser did not let them be saved on this device, so they will be gone when you close Quorum.` }
}
