import type { Item } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { keyMeaning, sameQuestions } from '~/quiz/audit/same-question'
import { makeItem } from '../../builders'

describe('keyMeaning', () => {
  it.each([
    ['Five', '5'],
    ['5', '5'],
    ['The United States', 'united states'],
    ['Washington', 'united states'],
    ['Two-thirds of the members', '2 thirds of the members'],
    ['Fifteen members', '15 members'],
    ['93', '93'],
  ])('%j means %j', (key, meaning) => {
    expect(keyMeaning(key)).toBe(meaning)
  })
})

describe('sameQuestions', () => {
  const charter23 = { kind: 'charter', ref: 'Article 23(1)' } as const
  const item = (id: string, key: string, over: Partial<Item> = {}): Item => makeItem({ id, key, sources: [charter23], cites: [], ...over })
  const quoting = (...cites: number[]): Partial<Item> => ({ sources: [{ kind: 'article', quote: 'quoted' }], cites })

  it.each<[string, Item[], [string, string][]]>([
    ['same key in other words, same Charter article', [item('a', '5'), item('b', 'Five')], [['a', 'b']]],
    ['same key, same article sentence', [item('a', '93', quoting(4)), item('b', '93', quoting(2, 4))], [['a', 'b']]],
    ['same key, other sources', [item('a', '5'), item('b', '5', { sources: [{ kind: 'rules', ref: 'Rule 83' }] })], []],
    ['same key, other sentences', [item('a', '93', quoting(4)), item('b', '93', quoting(5))], []],
    ['other keys, same source', [item('a', '5'), item('b', '15')], []],
    ['aliases of one country', [item('a', 'U.S.'), item('b', 'the United States'), item('c', 'France')], [['a', 'b']]],
    ['three alike make three pairs', [item('a', '5'), item('b', 'five'), item('c', 'Five')], [['a', 'b'], ['a', 'c'], ['b', 'c']]],
  ])('%s', (_, items, pairs) => {
    expect(sameQuestions(items)).toEqual(pairs)
  })
})
