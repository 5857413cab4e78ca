import { describe, expect, it } from 'vitest'
import { foldText, itemTexts, keyProbe, leadingQuantity, numbersIn, phraseProbe, questionTexts, shown, states } from '~/quiz/bank/stated'
import { makeItem, makeQuestion } from '../../builders'

describe('numbersIn', () => {
  it.each<[string, string[]]>([
    ['It passed 93–18–65.', ['93', '18', '65']],
    ['at least nine of the 15 members', ['9', '15']],
    ['the eleventh emergency special session', ['11']],
    ['Two-thirds of 111 is 74.', ['2', '111', '74']],
    ['93 ÷ 111 = 83.8%, about 84%', ['93', '111', '83.8', '84']],
    ['in over 30 years; adopted in 1950', ['30', '1950']],
  ])('reads the quantities of %j', (text, numbers) => {
    expect([...numbersIn(text)].sort()).toEqual(numbers.sort())
  })

  it.each<[string, string[]]>([
    ['Under Article 18(2) and (3) of the UN Charter', []],
    ['UN Charter, Articles 23 and 27', []],
    ['Articles 10 to 14', []],
    ['rule 84 (a) of the rules', []],
    ['Security Council resolution 2774 (2025)', ['2025']],
    ['resolution 377 A (V) and resolution 2758 (XXVI)', []],
    ['Council record S/PV.9866; UN press release GA/12677; 76/262', []],
    ['opened on 28 February 2022', ['2022']],
    ['the downing of flight MH17', []],
  ])('reads no quantity in the identifiers of %j', (text, numbers) => {
    expect([...numbersIn(text)]).toEqual(numbers)
  })

  it('keeps the session number of ES-11, and only that, from a symbol', () => {
    expect([...numbersIn('resolution ES-11/7 (draft A/ES-11/L.10)')]).toEqual(['11'])
  })
})

describe('foldText', () => {
  it('folds case, punctuation, curly quotes and number words, padded with spaces', () => {
    expect(foldText('Ukraine’s Deputy Foreign Minister, Mariana Betsa')).toBe(' ukraine s deputy foreign minister mariana betsa ')
    expect(foldText('Nine yes votes')).toBe(' 9 yes votes ')
  })
})

describe('states', () => {
  const text = shown(['A stem prints 93–18–65.', 'Ukraine’s Deputy Foreign Minister, Mariana Betsa, spoke.', 'Paris and London'])

  it.each<[string, string, boolean]>([
    ['93', 'number', true],
    ['18', 'number', true],
    ['9', 'number', false],
    ['1', 'number', false],
    ['Ukraine’s Deputy Foreign Minister', 'text', true],
    ['Mariana Betsa', 'person', true],
    ['Betsa Mariana', 'person', false],
    ['The Deputy Foreign Minister', 'text', true],
    ['Minister Mariana', 'text', true],
    ['Mariana Bets', 'person', false],
    ['United Kingdom', 'country', true],
    ['France', 'country', true],
    ['United States', 'country', false],
  ] as const)('finds the key %j (%s): %s', (key, kind, found) => {
    expect(states(text, keyProbe(key, kind as 'number'))).toBe(found)
  })

  it('does not read "us" as the United States', () => {
    expect(states(shown(['Join us in returning the UN to its mission.']), keyProbe('United States', 'country'))).toBe(false)
    expect(states(shown(['the U.S. draft']), keyProbe('United States', 'country'))).toBe(true)
  })

  it('searches hand-written phrases folded the same way', () => {
    expect(states(shown(['They won 9 and 11 yes votes.']), phraseProbe(['nine and eleven']))).toBe(true)
    expect(states(shown(['It needs nine yes votes; eleven members voted.']), phraseProbe(['9 and 11']))).toBe(false)
  })

  it('never finds a phrase across two texts', () => {
    expect(states(shown(['Mariana', 'Betsa']), keyProbe('Mariana Betsa', 'person'))).toBe(false)
  })
})

describe('what a student may see', () => {
  it('of an item: every phrasing, option and reason, the explanation and the sources', () => {
    const item = makeItem({
      variants: ['Another phrasing?'],
      sources: [{ kind: 'article', quote: 'The quote.' }, { kind: 'charter', ref: 'UN Charter, Article 18', quote: 'One vote.' }],
    })
    expect(itemTexts(item)).toEqual([
      item.prompt,
      'Another phrasing?',
      '93',
      ...item.distractors.flatMap(d => [d.text, d.why]),
      item.explanation,
      'The quote.',
      'UN Charter, Article 18',
      'One vote.',
    ])
  })

  it('of a question: the stem, the options shown, their reasons, the explanation and the sources', () => {
    const q = makeQuestion()
    expect(questionTexts(q)).toEqual([q.prompt, ...q.options, 'France pushed amendments.', 'Ukraine backed the other resolution.', q.explanation, 'Trump’s administration had drafted a competing resolution'])
  })
})

describe('leadingQuantity', () => {
  it.each<[string, number | null]>([
    ['84 %', 84],
    ['about 93 countries', 93],
    ['Of the 111 votes cast, 93 is over two-thirds', 111],
    ['93 ÷ 111 = 83.8%', 93],
    ['83.8% of those voting', 83.8],
    ['1,950 delegates', 1950],
    ['Under Article 18(2) it needs 74 votes', 74],
    ['Resolution 2623', null],
    ['Resolution ES-11/7', null],
    ['Two-thirds of those voting', null],
    ['One vote, with no power of veto', null],
    ['The downing of MH17', null],
  ])('of %j is %j', (text, quantity) => {
    expect(leadingQuantity(text)).toBe(quantity)
  })
})
