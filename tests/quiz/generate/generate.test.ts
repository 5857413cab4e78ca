import type { Candidate } from '~/quiz/generate/generate'
import type { Difficulty, Item, Level } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import {
  buildItemsQuiz,
  buildQuestion,
  buildQuiz,
  buildReviewQuiz,
  candidatesFor,
  chooseDistractors,
  chooseItems,
  itemsQuizItems,
  LEVEL_WEIGHTS,
  optionCount,
  orderByPreference,
  selectPool,
  showableDistractors,
} from '~/quiz/generate/generate'
import { SCENARIO_TEMPLATES } from '~/quiz/generate/scenarios'
import { createRng } from '~/quiz/random'
import { makeBank, makeBigBank, makeItem, makeTextItem } from '../../builders'

const bank = makeBigBank(30)
const NO_TEMPLATES = [] as const
/** Few enough templates that every one fits in the quizzes below, whatever the real list holds. */
const SOME_TEMPLATES = SCENARIO_TEMPLATES.slice(0, 4)
function settings(over: Partial<{ seed: string, count: number, topic: string | null, difficulty: Difficulty }> = {}) {
  return { seed: '42', count: 10, topic: null, difficulty: 'normal' as Difficulty, ...over }
}

describe('buildQuiz', () => {
  it('gives an identical quiz for the same seed and settings', () => {
    expect(buildQuiz(bank, settings())).toEqual(buildQuiz(bank, settings()))
    expect(buildQuiz(bank, settings({ difficulty: 'hard' }))).toEqual(buildQuiz(bank, settings({ difficulty: 'hard' })))
  })

  it.each([
    [settings({ seed: '43' })],
    [settings({ topic: 'people' })],
    [settings({ difficulty: 'easy' })],
  ])('gives a different quiz when a setting changes (%j)', (other) => {
    const a = buildQuiz(bank, settings(), NO_TEMPLATES).questions.map(q => [q.id, q.options])
    const b = buildQuiz(bank, other, NO_TEMPLATES).questions.map(q => [q.id, q.options])
    expect(a).not.toEqual(b)
  })

  it.each([
    [{ count: 10 }, 10],
    [{ count: 5, topic: 'vote' }, 5],
    [{ count: 100 }, 30],
    [{ count: 100, topic: 'people' }, 15],
    [{ count: 0 }, 0],
    [{ count: 5, topic: 'nowhere' }, 0],
  ])('with %j has %i questions', (over, expected) => {
    const quiz = buildQuiz(bank, settings(over), NO_TEMPLATES)
    expect(quiz.questions).toHaveLength(expected)
    expect(quiz.count).toBe(expected)
  })

  it('never asks the same fact twice, even when items share one', () => {
    const shared = makeBank([
      ...makeBigBank(10).items,
      makeTextItem('again-a', 'vote', { fact: 'same' }),
      makeTextItem('again-b', 'vote', { fact: 'same' }),
      makeTextItem('again-c', 'people', { fact: 'same' }),
    ])
    for (let s = 0; s < 100; s++) {
      const quiz = buildQuiz(shared, settings({ seed: String(s), count: 20 }), SOME_TEMPLATES)
      const facts = quiz.questions.map(q => q.fact)
      expect(new Set(facts).size).toBe(facts.length)
      // Every fact once, less a scenario question now and then whose drawn figures and another's state each other.
      expect(quiz.questions.length).toBeLessThanOrEqual(11 + SOME_TEMPLATES.length)
      expect(quiz.questions.length).toBeGreaterThanOrEqual(11 + SOME_TEMPLATES.length - 1)
    }
  })

  it('keeps to the topic asked for', () => {
    const quiz = buildQuiz(bank, settings({ topic: 'vote' }))
    expect(quiz.questions.every(q => q.topic === 'vote')).toBe(true)
  })

  it('mixes scenario questions into the procedure topic', () => {
    const withProcedure = makeBank([...bank.items, makeTextItem('procedure-a', 'procedure')])
    const quiz = buildQuiz(withProcedure, settings({ topic: 'procedure', count: 10 }), SOME_TEMPLATES)
    expect(quiz.questions.filter(q => q.form === 'scenario')).toHaveLength(SOME_TEMPLATES.length)
  })
})

describe('difficulty', () => {
  const levels: Level[] = [1, 2, 3]
  const leveled = makeBank(Array.from({ length: 60 }, (_, i) => makeTextItem(`l-${i}`, 'vote', { level: levels[i % 3] })))
  const levelOf = new Map(leveled.items.map(i => [i.id, i.level]))

  function meanLevel(difficulty: Difficulty): number {
    let sum = 0
    let n = 0
    for (let s = 0; s < 200; s++) {
      for (const q of buildQuiz(leveled, settings({ seed: String(s), difficulty }), NO_TEMPLATES).questions) {
        sum += levelOf.get(q.id)!
        n++
      }
    }
    return sum / n
  }

  it('changes which items are chosen: easy prefers headline facts, hard fine points', () => {
    const easy = meanLevel('easy')
    const normal = meanLevel('normal')
    const hard = meanLevel('hard')
    expect(easy).toBeLessThan(1.5)
    expect(hard).toBeGreaterThan(2.5)
    expect(normal).toBeGreaterThan(easy)
    expect(normal).toBeLessThan(hard)
  })

  it.each([
    ['easy', 3],
    ['hard', 1],
  ] as const)('%s quizzes never choose level-%i items while others remain', (difficulty, excluded) => {
    for (let s = 0; s < 50; s++) {
      for (const q of buildQuiz(leveled, settings({ seed: String(s), difficulty }), NO_TEMPLATES).questions)
        expect(levelOf.get(q.id)).not.toBe(excluded)
    }
    expect(LEVEL_WEIGHTS[difficulty][excluded]).toBe(0)
  })

  it('still fills a quiz longer than the preferred items allow', () => {
    const quiz = buildQuiz(leveled, settings({ count: 60, difficulty: 'easy' }), NO_TEMPLATES)
    expect(quiz.questions).toHaveLength(60)
  })

  it.each([
    ['easy', 3, 0],
    ['normal', 3, 1],
    ['hard', 4, 3],
  ] as const)('%s shows %i options with %i near distractors', (difficulty, options, near) => {
    const item = makeTextItem('who', 'vote', {
      distractors: [
        { text: 'Near one', why: 'close', near: true },
        { text: 'Near two', why: 'close', near: true },
        { text: 'Near three', why: 'close', near: true },
        { text: 'Far one', why: 'far', near: false },
        { text: 'Far two', why: 'far', near: false },
      ],
    })
    for (let s = 0; s < 20; s++) {
      const q = buildQuestion(item, createRng(String(s)), difficulty)
      expect(q.options).toHaveLength(options)
      expect(q.options.filter(o => o.startsWith('Near'))).toHaveLength(near)
    }
  })
})

describe('buildQuestion', () => {
  it('puts the key and chosen distractors in the options, with the answer pointing at the key', () => {
    const item = makeTextItem('people-who')
    for (let s = 0; s < 30; s++) {
      const q = buildQuestion(item, createRng(String(s)))
      expect(q.options[q.answer]).toBe(item.key)
      expect(q.reasons[q.answer]).toBeNull()
      q.options.forEach((o, i) => {
        if (i !== q.answer)
          expect(q.reasons[i]).toBe(item.distractors.find(d => d.text === o)?.why)
      })
    }
  })

  it('uses every phrasing of an item over many seeds', () => {
    const item = makeTextItem('who', 'vote', { prompt: 'Who is one?', variants: ['Who is two?', 'Who is three?'] })
    const seen = new Set(Array.from({ length: 60 }, (_, s) => buildQuestion(item, createRng(String(s))).prompt))
    expect([...seen].sort()).toEqual(['Who is one?', 'Who is three?', 'Who is two?'])
  })

  it.each(['easy', 'normal', 'hard'] as const)('puts a text key in every position about equally often (%s)', (difficulty) => {
    const item = makeTextItem('people-who')
    const n = difficulty === 'hard' ? 4 : 3
    const counts = Array.from({ length: n }, () => 0)
    for (let s = 0; s < 1200; s++)
      counts[buildQuestion(item, createRng(String(s)), difficulty).answer]!++
    for (const c of counts)
      expect(c).toBeGreaterThan((1200 / n) * 0.8)
  })

  it('sorts numeric options ascending', () => {
    for (let s = 0; s < 50; s++) {
      const q = buildQuestion(makeItem(), createRng(String(s)))
      expect(q.options.map(Number)).toEqual(q.options.map(Number).sort((a, b) => a - b))
    }
  })

  it('places a numeric key low, middle and high about equally often when the distractors allow', () => {
    const item = makeItem({
      key: '50',
      distractors: [
        { text: '10', why: 'a', near: true },
        { text: '20', why: 'b', near: false },
        { text: '80', why: 'c', near: true },
        { text: '90', why: 'd', near: false },
      ],
    })
    const counts = [0, 0, 0]
    for (let s = 0; s < 900; s++)
      counts[buildQuestion(item, createRng(String(s)), 'normal').answer]!++
    for (const c of counts)
      expect(c).toBeGreaterThan(240)
  })
})

describe('numeric text options', () => {
  const shares = makeTextItem('vote-share', 'vote', {
    kind: 'text',
    key: '84 % of those voting',
    distractors: [
      { text: '53 % of those taking part', why: 'Counts abstainers.', near: true },
      { text: '67 % of those voting', why: 'The threshold.', near: true },
      { text: '48 % of all members', why: 'Counts absent members.', near: false },
      { text: 'about 93 countries', why: 'A count, not a share.', near: false },
      { text: '111 members present and voting', why: 'A count, not a share.', near: false },
    ],
  })

  it.each(['easy', 'normal', 'hard'] as const)('are shown sorted by their number, three of them, the key in every place (%s)', (difficulty) => {
    const counts = [0, 0, 0]
    for (let s = 0; s < 600; s++) {
      const q = buildQuestion(shares, createRng(String(s)), difficulty)
      const values = q.options.map(o => Number(/\d+/.exec(o)![0]))
      expect(values, q.options.join(' | ')).toEqual(values.slice().sort((a, b) => a - b))
      counts[q.answer]!++
    }
    for (const c of counts)
      expect(c, counts.join(', ')).toBeGreaterThan(100)
    expect(optionCount(shares, difficulty)).toBe(3)
  })

  it('are sorted only when every option shown states a number; otherwise shuffled', () => {
    const mixed = makeTextItem('vote-mixed', 'vote', {
      kind: 'text',
      key: 'Of the 111 votes cast, 93 is over two-thirds',
      distractors: [
        { text: 'Of the 176 taking part, 93 is over two-thirds', why: 'Counts abstainers.', near: true },
        { text: 'Abstentions are added to the yes votes', why: 'They are not.', near: false },
        { text: 'Of all 193 members, 93 is over two-thirds', why: 'Counts absent members.', near: false },
      ],
    })
    expect(optionCount(mixed, 'hard')).toBe(4)
    const orders = new Set<string>()
    for (let s = 0; s < 200; s++) {
      const q = buildQuestion(mixed, createRng(String(s)), 'hard')
      orders.add(q.options.join(' | '))
    }
    expect(orders.size).toBeGreaterThan(12)
    for (let s = 0; s < 200; s++) {
      const q = buildQuestion(mixed, createRng(String(s)), 'normal')
      if (q.options.every(o => /\d/.test(o)))
        expect(q.options).toEqual(['Of the 111 votes cast, 93 is over two-thirds', 'Of the 176 taking part, 93 is over two-thirds', 'Of all 193 members, 93 is over two-thirds'].filter(o => q.options.includes(o)))
    }
  })

  it('stating the same number appear in either order', () => {
    const tie = makeTextItem('vote-tie', 'vote', {
      kind: 'text',
      key: '17 members did not take part',
      distractors: [
        { text: '18 members voted against it', why: 'Against.', near: true },
        { text: '65 members abstained on it', why: 'Abstained.', near: false },
        { text: '17 members had their votes vetoed', why: 'No veto in the Assembly.', near: true },
      ],
    })
    const firsts = new Set<string>()
    for (let s = 0; s < 200; s++) {
      const q = buildQuestion(tie, createRng(String(s)), 'hard')
      if (q.options.filter(o => o.startsWith('17')).length === 2)
        firsts.add(q.options[0]!)
    }
    expect(firsts).toEqual(new Set(['17 members did not take part', '17 members had their votes vetoed']))
  })
})

describe('close wrong numbers', () => {
  const item = makeItem({
    key: '90',
    distractors: [
      { text: '89', why: 'One short.', near: true },
      { text: '92', why: 'Two over.', near: true },
      { text: '87', why: 'Three short.', near: true },
      { text: '60', why: 'Far below.', near: false },
      { text: '129', why: 'Far above.', near: false },
    ],
  })

  it.each(['easy', 'normal'] as const)('are never shown in %s questions: a wrong number is more than 2 from the key', (difficulty) => {
    const shown = new Set<string>()
    for (let s = 0; s < 300; s++) {
      for (const d of chooseDistractors(item, difficulty, createRng(String(s))))
        shown.add(d.text)
    }
    expect([...shown].sort()).toEqual(['129', '60', '87'])
    expect(showableDistractors(item, difficulty).map(d => d.text)).toEqual(['87', '60', '129'])
  })

  it('are shown in hard questions, first', () => {
    const shown = new Set<string>()
    for (let s = 0; s < 300; s++)
      shown.add(chooseDistractors(item, 'hard', createRng(String(s)))[0]!.text)
    expect([...shown].sort()).toEqual(['87', '89', '92'])
  })

  it('are shown below hard only when too few others are left, so that no question has fewer options', () => {
    const drawn = makeItem({ form: 'scenario', key: '90', distractors: [{ text: '89', why: 'a', near: true }, { text: '91', why: 'b', near: true }, { text: '129', why: 'c', near: false }] })
    expect(showableDistractors(drawn, 'easy')).toEqual(drawn.distractors)
    expect(buildQuestion(drawn, createRng('f'), 'easy').options).toHaveLength(3)
  })

  it('leave text items alone, whatever numbers they state', () => {
    const text = makeTextItem('t', 'vote', { kind: 'text', key: '90 votes', distractors: [{ text: '89 votes', why: 'a', near: true }, { text: '60 votes', why: 'b', near: false }, { text: '30 votes', why: 'c', near: false }] })
    expect(showableDistractors(text, 'easy')).toEqual(text.distractors)
  })
})

describe('chooseDistractors', () => {
  const item: Item = makeTextItem('x', 'vote')

  it('returns distinct distractors of the item', () => {
    for (const difficulty of ['easy', 'normal', 'hard'] as const) {
      const chosen = chooseDistractors(item, difficulty, createRng('d'))
      expect(new Set(chosen).size).toBe(chosen.length)
      for (const d of chosen)
        expect(item.distractors).toContain(d)
    }
  })
})

describe('candidates', () => {
  it('keeps bank order in the pool', () => {
    expect(selectPool(bank, 'vote').map(i => i.id)).toEqual(bank.items.filter(i => i.topic === 'vote').map(i => i.id))
  })

  it('offers each scenario template once, under its topic only', () => {
    expect(candidatesFor(bank, 'vote').filter(c => c.fact.startsWith('scenario-'))).toHaveLength(0)
    expect(candidatesFor(bank, null).filter(c => c.fact.startsWith('scenario-'))).toHaveLength(SCENARIO_TEMPLATES.length)
  })

  it('orders every candidate exactly once', () => {
    const all = candidatesFor(bank, null)
    const ordered = orderByPreference(all, 'normal', createRng('o'))
    expect(ordered).toHaveLength(all.length)
    expect(new Set(ordered).size).toBe(all.length)
  })
})

describe('chooseItems', () => {
  /** A bank item testing `fact`, whose text states the keys of `reveals`. */
  function candidate(fact: string, reveals: string[] = []): Candidate {
    const item = makeTextItem(`item-${fact}`, 'vote', { fact, key: `Key ${fact}`, reveals, explanation: `The article names ${reveals.map(f => `Key ${f}`).join(', ')}.` })
    return { fact, topic: 'vote', level: 2, reveals, drawn: false, make: () => item }
  }
  const choose = (candidates: Candidate[], count = 10) => chooseItems(candidates, count, createRng('c'), 'normal').map(i => i.fact)

  it('takes one candidate per fact, in the order given, up to the count', () => {
    const again = { ...candidate('a'), make: () => makeTextItem('item-a-again', 'vote', { fact: 'a' }) }
    expect(choose([candidate('a'), again, candidate('b'), candidate('c')], 2)).toEqual(['a', 'b'])
  })

  it('asks an item before one whose text states its key', () => {
    expect(choose([candidate('a', ['b']), candidate('b'), candidate('c')])).toEqual(['b', 'a', 'c'])
    expect(choose([candidate('a', ['c']), candidate('b', ['c']), candidate('c', ['d']), candidate('d')])).toEqual(['d', 'c', 'a', 'b'])
  })

  it('never asks two items that state each other’s key, nor any cycle of them', () => {
    expect(choose([candidate('a', ['b']), candidate('b', ['a']), candidate('c')])).toEqual(['a', 'c'])
    expect(choose([candidate('a', ['b']), candidate('b', ['c']), candidate('c', ['a']), candidate('d')])).toEqual(['b', 'a', 'd'])
  })

  it('searches a drawn question’s figures: one stating a key comes after it, one whose key is stated before', () => {
    const tally = { ...candidate('tally'), make: () => makeItem({ id: 'tally', fact: 'tally', key: '18', explanation: 'The article reports 93 votes for, 18 against.', sources: [] }) }
    const drawn = (fact: string, key: string, explanation: string): Candidate =>
      ({ fact, topic: 'procedure', level: 2, reveals: [], drawn: true, make: () => makeItem({ id: fact, fact, key, distractors: makeItem().distractors.map((d, i) => ({ ...d, text: String(200 + i) })), explanation, sources: [] }) })
    expect(choose([drawn('states-18', '150', 'A vote of 93 yes and 18 no.'), tally])).toEqual(['tally', 'states-18'])
    expect(choose([tally, drawn('is-93', '93', 'Two-thirds of 139.')])).toEqual(['is-93', 'tally'])
    // Two questions with one key: each shows it as an option, so they never meet.
    expect(choose([tally, drawn('is-18', '18', 'A simple majority of 34.')])).toEqual(['tally'])
  })

  it('makes a candidate only when its turn comes, and no more once the quiz is full', () => {
    const made: string[] = []
    const c = (fact: string): Candidate => ({
      ...candidate(fact),
      make: () => {
        made.push(fact)
        return makeTextItem(`item-${fact}`, 'vote', { fact })
      },
    })
    chooseItems([c('a'), c('b'), c('c')], 2, createRng('m'), 'normal')
    expect(made).toEqual(['a', 'b'])
  })
})

describe('buildReviewQuiz', () => {
  const shared = makeBank([
    makeTextItem('a-1', 'vote', { fact: 'fact-a', prompt: 'Who is the first A?' }),
    makeTextItem('a-2', 'people', { fact: 'fact-a', prompt: 'Who is the second A?' }),
    makeTextItem('b-1', 'vote', { fact: 'fact-b' }),
    makeTextItem('c-1', 'vote', { fact: 'fact-c' }),
  ])

  it('asks one question per due fact, in review mode', () => {
    const quiz = buildReviewQuiz(shared, ['fact-a', 'fact-c'], 's', 20)
    expect(quiz.mode).toBe('review')
    expect(quiz.questions.map(q => q.fact).sort()).toEqual(['fact-a', 'fact-c'])
  })

  it('meets a fact through any item that tests it', () => {
    const ids = new Set(Array.from({ length: 40 }, (_, s) => buildReviewQuiz(shared, ['fact-a'], String(s), 20).questions[0]!.id))
    expect(ids).toEqual(new Set(['a-1', 'a-2']))
  })

  it('skips facts the bank no longer has and keeps to the limit, most overdue first', () => {
    expect(buildReviewQuiz(shared, ['gone', 'fact-b'], 's', 20).questions.map(q => q.fact)).toEqual(['fact-b'])
    expect(buildReviewQuiz(shared, ['fact-c', 'fact-b', 'fact-a'], 's', 2).questions.map(q => q.fact).sort()).toEqual(['fact-b', 'fact-c'])
  })

  it('tries a fact\'s other items when the first it draws cannot be asked with the rest', () => {
    const stating = makeBank([
      makeTextItem('a-1', 'vote', { fact: 'fact-a', reveals: ['fact-b'] }),
      makeTextItem('a-2', 'vote', { fact: 'fact-a' }),
      makeTextItem('b-1', 'vote', { fact: 'fact-b', reveals: ['fact-a'] }),
    ])
    const asked = new Set<string>()
    for (let s = 0; s < 40; s++) {
      const quiz = buildReviewQuiz(stating, ['fact-a', 'fact-b'], String(s), 20)
      expect(quiz.questions.map(q => q.fact).sort()).toEqual(['fact-a', 'fact-b'])
      asked.add(quiz.questions.map(q => q.id).join())
    }
    // b-1 states fact-a's key, so a-2 comes first.
    expect(asked).toEqual(new Set(['a-2,b-1']))
  })

  it('makes a fresh scenario question for a scenario fact', () => {
    const quiz = buildReviewQuiz(shared, ['scenario-sc-outcome'], 's', 20)
    expect(quiz.questions[0]?.id).toMatch(/^scenario-sc-outcome-/)
  })

  it('is the same for the same seed', () => {
    expect(buildReviewQuiz(shared, ['fact-a', 'fact-b'], 'x', 20)).toEqual(buildReviewQuiz(shared, ['fact-a', 'fact-b'], 'x', 20))
  })
})

describe('buildItemsQuiz', () => {
  const items = makeBank([
    makeTextItem('p-1', 'vote', { fact: 'f-1' }),
    makeTextItem('p-2', 'vote', { fact: 'f-1' }),
    makeTextItem('p-3', 'people', { fact: 'f-3' }),
    makeTextItem('p-4', 'people', { fact: 'f-4' }),
  ])

  it('asks only the items named, one per fact', () => {
    for (let s = 0; s < 20; s++) {
      const quiz = buildItemsQuiz(items, ['p-1', 'p-2', 'p-3'], String(s), 20)
      expect(quiz.questions.map(q => q.fact).sort()).toEqual(['f-1', 'f-3'])
    }
  })

  it('asks the same items whatever the seed, as itemsQuizItems takes them: of two stating each other’s key, the first in bank order', () => {
    const stating = makeBank([
      makeTextItem('p-1', 'vote', { fact: 'f-1', reveals: ['f-2'] }),
      makeTextItem('p-2', 'vote', { fact: 'f-2', reveals: ['f-1'] }),
      makeTextItem('p-3', 'vote', { fact: 'f-3', reveals: ['f-1'] }),
      makeTextItem('p-4', 'vote', { fact: 'f-4' }),
    ])
    const ids = ['p-4', 'p-3', 'p-2', 'p-1']
    expect(itemsQuizItems(stating, ids, 20).map(i => i.id)).toEqual(['p-1', 'p-3', 'p-4'])
    const orders = new Set<string>()
    for (let s = 0; s < 30; s++) {
      const asked = buildItemsQuiz(stating, ids, String(s), 20).questions.map(q => q.id)
      expect(asked.slice().sort()).toEqual(['p-1', 'p-3', 'p-4'])
      // p-3 states p-1's key: p-1 comes first.
      expect(asked.indexOf('p-1')).toBeLessThan(asked.indexOf('p-3'))
      orders.add(asked.join())
    }
    expect(orders.size).toBe(3)
  })

  it('keeps to the limit and is the same for a seed', () => {
    expect(buildItemsQuiz(items, ['p-1', 'p-3', 'p-4'], 's', 2).questions).toHaveLength(2)
    expect(buildItemsQuiz(items, ['p-3', 'p-4'], 's', 20)).toEqual(buildItemsQuiz(items, ['p-3', 'p-4'], 's', 20))
  })
})

describe('generation details', () => {
  it.each<[string, Item, Difficulty, number]>([
    ['a number item, even on hard', makeItem({ distractors: [...makeItem().distractors, { text: '200', why: 'x', near: false }] }), 'hard', 3],
    ['a text item on hard', makeTextItem('t'), 'hard', 4],
    ['a text item on easy', makeTextItem('t'), 'easy', 3],
    ['a text item with only two distractors, on hard', makeTextItem('t', 'people', { distractors: makeTextItem('t').distractors.slice(0, 2) }), 'hard', 3],
  ])('gives %s %i options', (_, item, difficulty, n) => {
    expect(optionCount(item, difficulty)).toBe(n)
    expect(buildQuestion(item, createRng('x'), difficulty).options).toHaveLength(n)
  })

  it('returns a pool of its own, so the bank cannot be changed through it', () => {
    const pool = selectPool(bank, null)
    expect(pool).toEqual(bank.items)
    expect(pool).not.toBe(bank.items)
  })

  it('puts items of weight zero after all others, in an order drawn at random', () => {
    const items = [1, 1, 3, 3, 3, 3, 2].map((level, i) => makeTextItem(`i-${i}`, 'vote', { level: level as Level }))
    const candidates = candidatesFor(makeBank(items), null, [])
    const orders = new Set<string>()
    for (let s = 0; s < 50; s++) {
      const ordered = orderByPreference(candidates, 'easy', createRng(String(s))).map(c => c.level)
      expect(ordered.slice(0, 3).every(level => level !== 3)).toBe(true)
      orders.add(orderByPreference(candidates, 'easy', createRng(String(s))).slice(3).map(c => c.fact).join())
    }
    expect(orders.size).toBeGreaterThan(5)
  })

  it('draws the place of a number key fairly when the distractors allow it to be second or third', () => {
    // Two distractors below the key and one above: the key is second or third, half the time each.
    const item = makeItem({ key: '50', distractors: [{ text: '10', why: 'a', near: true }, { text: '20', why: 'b', near: false }, { text: '60', why: 'c', near: true }] })
    let second = 0
    for (let s = 0; s < 400; s++)
      second += buildQuestion(item, createRng(`place-${s}`), 'normal').answer === 1 ? 1 : 0
    expect(second / 400).toBeGreaterThan(0.4)
    expect(second / 400).toBeLessThan(0.6)
  })

  it('makes quizzes of the quiz mode', () => {
    expect(buildQuiz(bank, settings()).mode).toBe('quiz')
    expect(buildItemsQuiz(bank, bank.items.map(i => i.id), 's', 5).mode).toBe('quiz')
  })

  it('draws the order of an items quiz from the seed', () => {
    const ids = bank.items.map(i => i.id)
    const orders = new Set(['a', 'b', 'c', 'd'].map(seed => buildItemsQuiz(bank, ids, seed, 5).questions.map(q => q.id).join()))
    expect(orders.size).toBeGreaterThan(1)
  })
})
