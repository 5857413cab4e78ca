import { describe, expect, it } from 'vitest'
import { inQuantityOrder, isCloseNumber, sortsByQuantity } from '~/quiz/bank/quantities'
import { makeItem, makeTextItem } from '../../builders'

describe('inQuantityOrder', () => {
  it.each<[string[], string[] | null]>([
    [['93', '18', '111'], ['18', '93', '111']],
    [['84 %', '53 %', '48 %'], ['48 %', '53 %', '84 %']],
    [['about 93 countries', 'about 18 countries', 'about 176 countries'], ['about 18 countries', 'about 93 countries', 'about 176 countries']],
    [['Of the 176 taking part, 93 is over two-thirds', 'Of the 111 votes cast, 93 is over two-thirds'], ['Of the 111 votes cast, 93 is over two-thirds', 'Of the 176 taking part, 93 is over two-thirds']],
    [['17 members had their votes vetoed', '18 members voted against it', '17 members did not take part'], ['17 members had their votes vetoed', '17 members did not take part', '18 members voted against it']],
    [['Of the 111 votes cast', 'Abstentions are added to the yes votes'], null],
    [['Resolution 2774', 'Resolution 2623'], null],
    [['France', 'Russia'], null],
  ])('orders %j as %j', (options, ordered) => {
    expect(inQuantityOrder(options, o => o)).toEqual(ordered)
  })

  it('orders any option by the text it is given', () => {
    expect(inQuantityOrder([{ text: '9' }, { text: '5' }], o => o.text)).toEqual([{ text: '5' }, { text: '9' }])
  })
})

describe('sortsByQuantity', () => {
  it('holds for number items and for text items every option of which states a number', () => {
    expect(sortsByQuantity(makeItem())).toBe(true)
    expect(sortsByQuantity(makeTextItem('t', 'vote', { kind: 'text', key: '84 %', distractors: [{ text: '53 %', why: 'a', near: true }, { text: '48 %', why: 'b', near: false }] }))).toBe(true)
    expect(sortsByQuantity(makeTextItem('t', 'vote', { kind: 'text', key: '84 %', distractors: [{ text: '53 %', why: 'a', near: true }, { text: 'Half', why: 'b', near: false }] }))).toBe(false)
    expect(sortsByQuantity(makeTextItem('t'))).toBe(false)
  })
})

describe('isCloseNumber', () => {
  it.each([
    ['89', '90', true],
    ['92', '90', true],
    ['88', '90', true],
    ['87', '90', false],
    ['93', '90', false],
    ['7', '9', true],
    ['6', '9', false],
  ])('%s against the key %s: %s', (value, key, close) => {
    expect(isCloseNumber(value, key)).toBe(close)
  })
})
