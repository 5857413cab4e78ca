import type { Attempt } from './attempt.ts'
import { plural } from '../text.ts'
import { MAX_HISTORY, mergeHistoryUncapped } from './history.ts'

/** Results that a history kept at MAX_HISTORY left out: how many, of them how many were the device's, and when they were finished. */
export interface LeftOut {
  count: number
  fromDevice: number
  /** The calendar days (UTC) the oldest and the newest of them were finished. */
  from: string
  to: string
}

/** What `kept`, the merge of the device's `mine` and a file's `theirs`, left out of either; null when nothing. */
export function leftOut(kept: readonly Attempt[], mine: readonly Attempt[], theirs: readonly Attempt[]): LeftOut | null {
  const ids = new Set(kept.map(a => a.id))
  const outOf = (list: readonly Attempt[]) => list.filter(a => !ids.has(a.id))
  const left = mergeHistoryUncapped(outOf(mine), outOf(theirs))
  if (left.length === 0)
    return null
  return { count: left.length, fromDevice: outOf(mine).length, from: left.at(-1)!.finishedAt.slice(0, 10), to: left[0]!.finishedAt.slice(0, 10) }
}

/** What importing a file did: what it added and whether that was saved, or why it was refused. */
export type ImportOutcome
  = | { ok: true, results: number, facts: number, saved: boolean, leftOut: LeftOut | null }
    | { ok: false, reason: string }

/** What the history cap left out of an import, in a sentence; '' when nothing. */
function describeLeftOut(left: LeftOut | null): string {
  if (left === null)
    return ''
  const dates = left.from === left.to ? `finished on ${left.from}` : `finished from ${left.from} to ${left.to}`
  const device = left.fromDevice === 0 ? '' : `, ${left.fromDevice} of them from this device`
  return ` Quorum keeps the ${MAX_HISTORY} most recent results, so ${plural(left.count, 'older result', 'older results')} (${dates}) ${left.count === 1 ? 'was' : 'were'} left out${device}; those from the file are still in it.`
}

/** The status line after importing `fileName`; not `ok` when nothing was imported or saved. */
export function describeImport(fileName: string, outcome: ImportOutcome): { ok: boolean, text: string } {
  if (!outcome.ok)
    return { ok: false, text: `Nothing was imported from ${fileName}. ${outcome.reason}` }
  const added = `${plural(outcome.results, 'new result', 'new results')} and ${plural(outcome.facts, 'new review fact', 'new review facts')}`
  const left = describeLeftOut(outcome.leftOut)
  return outcome.saved
    ? { ok: true, text: `Imported ${fileName}: ${added}.${left}` }
    : { ok: false, text: `Not saved: ${added} from ${fileName} are shown here for now, but the browser did not let them be saved on this device, so they will be gone when you close Quorum.${left}` }
}
