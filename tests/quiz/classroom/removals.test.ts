import type { ClassRecord } from '~/quiz/classroom/classes'
import type { Removal } from '~/quiz/classroom/removals'
import { describe, expect, it } from 'vitest'
import { MAX_REMOVALS, noteRemoval, readRemovals, withoutRemoved } from '~/quiz/classroom/removals'
import { makeStored } from '../../builders'

const T1 = '2026-03-01T08:00:00.000Z'
const T2 = '2026-03-02T08:00:00.000Z'
const T3 = '2026-03-03T08:00:00.000Z'

function session(joinCode: string, createdAt: string, results: [code: string, collectedAt: string][] = []): ClassRecord {
  return { joinCode, createdAt, results: results.map(([code, collectedAt]) => ({ code, name: code, answers: [], collectedAt })) }
}

describe('withoutRemoved', () => {
  const records = [session('S', T1, [['R1', T1], ['R2', T3]]), session('O', T1)]
  const codes = (list: ClassRecord[]) => list.map(r => [r.joinCode, r.results.map(x => x.code)])

  it.each<[string, Removal[], (string | string[])[][]]>([
    ['nothing removed', [], [['S', ['R1', 'R2']], ['O', []]]],
    ['a session removed after it was created', [{ kind: 'session', code: 'O', at: T2 }], [['S', ['R1', 'R2']]]],
    ['a session created again after its removal is kept', [{ kind: 'session', code: 'S', at: T1.replace('08', '07') }], [['S', ['R1', 'R2']], ['O', []]]],
    ['a result removed after it was collected', [{ kind: 'result', code: 'R1', at: T2 }], [['S', ['R2']], ['O', []]]],
    ['a result collected again after its removal is kept', [{ kind: 'result', code: 'R2', at: T2 }], [['S', ['R1', 'R2']], ['O', []]]],
  ])('%s', (_, removals, expected) => {
    expect(codes(withoutRemoved(records, removals))).toEqual(expected)
  })
})

describe('noteRemoval', () => {
  it('notes the newest first, normalised, and keeps at most MAX_REMOVALS', () => {
    const many = Array.from({ length: MAX_REMOVALS }, (_, i): Removal => ({ kind: 'result', code: `R${i}`, at: T1 }))
    const noted = noteRemoval(many, 'session', 'ab-cd', T2)
    expect(noted).toHaveLength(MAX_REMOVALS)
    expect(noted[0]).toEqual({ kind: 'session', code: 'ABCD', at: T2 })
  })
})

describe('readRemovals', () => {
  it('keeps the removals that check out', () => {
    const good: Removal = { kind: 'result', code: 'R1', at: T1 }
    expect(readRemovals(makeStored([good, { kind: 'deleted', code: 'X', at: T1 }]))).toMatchObject({ status: 'partial', data: [good] })
  })
})
