import type { Attempt } from '~/quiz/practice/attempt'
import type { ImportOutcome } from '~/quiz/practice/import-outcome'
import { describe, expect, it } from 'vitest'
import { describeImport, leftOut } from '~/quiz/practice/import-outcome'
import { makeAttempt } from '../../builders'

const NOT_KEPT = 'shown here for now, but the browser did not let them be saved on this device, so they will be gone when you close Quorum.'

describe('describeImport', () => {
  it.each<[ImportOutcome, boolean, string]>([
    [{ ok: true, results: 3, facts: 12, saved: true, leftOut: null }, true, 'Imported backup.json: 3 new results and 12 new review facts.'],
    [{ ok: true, results: 1, facts: 1, saved: true, leftOut: null }, true, 'Imported backup.json: 1 new result and 1 new review fact.'],
    [{ ok: true, results: 0, facts: 0, saved: true, leftOut: null }, true, 'Imported backup.json: 0 new results and 0 new review facts.'],
    [{ ok: true, results: 1, facts: 0, saved: false, leftOut: null }, false, `Not saved: 1 new result and 0 new review facts from backup.json are ${NOT_KEPT}`],
    [{ ok: true, results: 2, facts: 5, saved: false, leftOut: null }, false, `Not saved: 2 new results and 5 new review facts from backup.json are ${NOT_KEPT}`],
    [{ ok: false, reason: 'It is not valid JSON.' }, false, 'Nothing was imported from backup.json. It is not valid JSON.'],
    [{ ok: false, reason: 'It is not a Quorum data file.' }, false, 'Nothing was imported from backup.json. It is not a Quorum data file.'],
    [{ ok: true, results: 500, facts: 0, saved: true, leftOut: { count: 1500, fromDevice: 0, from: '2024-01-03', to: '2025-05-05' } }, true, 'Imported backup.json: 500 new results and 0 new review facts. Quorum keeps the 500 most recent results, so 1500 older results (finished from 2024-01-03 to 2025-05-05) were left out; those from the file are still in it.'],
    [{ ok: true, results: 1, facts: 0, saved: true, leftOut: { count: 1, fromDevice: 1, from: '2024-01-03', to: '2024-01-03' } }, true, 'Imported backup.json: 1 new result and 0 new review facts. Quorum keeps the 500 most recent results, so 1 older result (finished on 2024-01-03) was left out, 1 of them from this device; those from the file are still in it.'],
  ])('%j: ok %j, %j', (outcome, ok, text) => {
    expect(describeImport('backup.json', outcome)).toEqual({ ok, text })
  })
})

describe('leftOut', () => {
  const at = (id: string, day: string) => makeAttempt({ id, finishedAt: `${day}T10:00:00.000Z` })

  it.each<[string, Attempt[], Attempt[], Attempt[], ReturnType<typeof leftOut>]>([
    ['nothing', [at('a', '2026-01-02')], [at('a', '2026-01-02')], [], null],
    ['the file’s oldest', [at('b', '2026-01-03')], [], [at('a', '2026-01-01'), at('b', '2026-01-03'), at('c', '2026-01-02')], { count: 2, fromDevice: 0, from: '2026-01-01', to: '2026-01-02' }],
    ['one of the device’s, counted once when the file has it too', [at('b', '2026-01-03')], [at('a', '2026-01-01')], [at('a', '2026-01-01'), at('b', '2026-01-03')], { count: 1, fromDevice: 1, from: '2026-01-01', to: '2026-01-01' }],
  ])('%s', (_, kept, mine, theirs, expected) => {
    expect(leftOut(kept, mine, theirs)).toEqual(expected)
  })
})
