import { describe, expect, it } from 'vitest'
import { backupKeyFor, currentKeyOf, parseBackupKey, STORAGE_KEYS } from '~/persistence/keys'

const NOW = new Date('2026-03-05T08:00:00.000Z')

describe('parseBackupKey', () => {
  it.each([
    [backupKeyFor(STORAGE_KEYS.history, NOW), { key: 'quorum:history', schema: null, keptAt: NOW.toISOString() }],
    [backupKeyFor('quorum:progress', NOW, 1), { key: 'quorum:progress', schema: 1, keptAt: NOW.toISOString() }],
    ['quorum:history', null],
    ['quorum:backup:quorum:history:yesterday', null],
  ])('%s', (name, expected) => {
    expect(parseBackupKey(name)).toEqual(expected === null ? null : { name, ...expected })
  })
})

describe('currentKeyOf', () => {
  it.each([
    ['quorum:history', STORAGE_KEYS.history],
    ['quorum:progress', STORAGE_KEYS.currentQuiz],
    ['quorum:unknown', null],
  ])('%s is %s now', (key, now) => {
    expect(currentKeyOf(key)).toBe(now)
  })
})
