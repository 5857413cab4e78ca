import type { ScenarioTemplate } from '~/quiz/generate/scenarios/template'
import type { Question } from '~/quiz/types'
import { describe, expect, it } from 'vitest'
import { answerFreeStrategies, bankViolations, closeNumbersOffHard, generateQuizzes, itemSoftFindings, itemVariety, keyPositions, numericKeyAlwaysMiddle, questionViolations, repeatedFacts, sampleSettings, showsCloseNumber, softFindings, templateVariety } from '~/quiz/audit/audit'
import { sentenceCoverage } from '~/quiz/bank/article'
import { buildQuiz } from '~/quiz/generate/generate'
import { randomIndex } from '~/quiz/random'
import { makeBank, makeBigBank, makeItem, makeQuestion, makeQuiz, makeTextItem } from '../../builders'

const ctx = { article: 'It passed with 93 votes for. Trump’s administration had drafted a competing resolution.' }

describe('sentenceCoverage', () => {
  it('lists, for each sentence, the items quoting it from the article and no other source', () => {
    const body = 'Alpha one. Beta two.'
    const bank = makeBank([
      makeItem({ id: 'z', sources: [{ kind: 'article', quote: 'Alpha' }] }),
      makeItem({ id: 'a', sources: [{ kind: 'article', quote: 'one. Beta' }] }),
      makeItem({ id: 'charter', sources: [{ kind: 'charter', ref: 'Art. 27', quote: 'Beta two.' }] }),
    ])
    expect(sentenceCoverage(bank, body).map(c => [c.sentence.text, c.items])).toEqual([
      ['Alpha one.', ['a', 'z']],
      ['Beta two.', ['a']],
    ])
  })
})

describe('bankViolations', () => {
  it('names the item at fault, and the bank for a rule over all items', () => {
    const bank = makeBank([
      makeItem({ id: 'good' }),
      makeItem({ id: 'negative', prompt: 'How many countries did NOT vote for it?' }),
      makeItem({ id: 'bad', prompt: 'how many countries voted for it?' }),
    ])
    expect(bankViolations(bank, ctx)).toEqual([
      { rule: 7, message: 'stem does not start as a sentence: "how many countries voted for it?"', id: 'bad' },
      { rule: 8, message: '1 of 3 items have negative stems; at most 0 may', id: '(bank)' },
    ])
  })
})

describe('questionViolations', () => {
  it('names the question and its prompt', () => {
    const prompt = 'which country drafted it?'
    expect(questionViolations([makeQuestion(), makeQuestion({ id: 'q-2', prompt })], ctx)).toEqual([
      { rule: 7, message: `stem does not start as a sentence: "${prompt}"`, id: 'q-2', prompt },
    ])
  })
})

describe('sampleSettings', () => {
  it('goes through every topic and all, then every length, then every difficulty', () => {
    const bank = makeBank([makeTextItem('a', 'people'), makeTextItem('b', 'vote')])
    const settings = sampleSettings(bank, 19)
    expect(settings.slice(0, 4)).toEqual([
      { seed: 'audit-0', topic: null, count: 5, difficulty: 'easy' },
      { seed: 'audit-1', topic: 'people', count: 5, difficulty: 'easy' },
      { seed: 'audit-2', topic: 'vote', count: 5, difficulty: 'easy' },
      { seed: 'audit-3', topic: null, count: 10, difficulty: 'easy' },
    ])
    expect(settings.map(s => s.count)).toEqual([5, 5, 5, 10, 10, 10, 20, 20, 20, 5, 5, 5, 10, 10, 10, 20, 20, 20, 5])
    expect(settings.map(s => s.difficulty)).toEqual([
      ...Array.from({ length: 9 }, () => 'easy'),
      ...Array.from({ length: 9 }, () => 'normal'),
      'hard',
    ])
    expect(sampleSettings(bank, 0)).toEqual([])
  })
})

describe('generateQuizzes', () => {
  it('builds one quiz for each sampled setting', () => {
    const bank = makeBigBank(12)
    const quizzes = generateQuizzes(bank, 4, [])
    expect(quizzes).toEqual(sampleSettings(bank, 4).map(s => buildQuiz(bank, s, [])))
    expect(quizzes.map(q => q.questions.length)).toEqual([5, 5, 5, 10])
  })
})

describe('repeatedFacts', () => {
  it('names each repeat of a fact in a quiz, by the quiz seed', () => {
    const facts = (seed: string, ...names: string[]) =>
      ({ ...makeQuiz(names.map((fact, i) => makeQuestion({ id: `q-${i}`, fact }))), seed })
    expect(repeatedFacts([facts('one', 'a', 'b', 'a', 'a'), facts('two', 'a', 'b'), facts('three', 'c', 'c')]))
      .toEqual(['one: a', 'one: a', 'three: c'])
  })
})

describe('closeNumbersOffHard', () => {
  const tally = (options: string[], answer: number) => makeQuestion({ id: `q-${options.join('-')}`, kind: 'number', options, answer, reasons: options.map((_, i) => (i === answer ? null : 'x')) })
  const close = tally(['88', '90', '129'], 1)
  const far = tally(['60', '90', '129'], 1)
  const quiz = (difficulty: 'easy' | 'normal' | 'hard', ...questions: Question[]) => ({ ...makeQuiz(questions), seed: difficulty, difficulty })

  it('names each easy or normal number question showing a wrong number within 2 of its key', () => {
    expect(showsCloseNumber(close)).toBe(true)
    expect(showsCloseNumber(far)).toBe(false)
    expect(showsCloseNumber(makeQuestion({ kind: 'text', options: ['89 votes', '90 votes', '60 votes'], answer: 1 }))).toBe(false)
    expect(closeNumbersOffHard([quiz('easy', far, close), quiz('normal', close), quiz('hard', close, far)])).toEqual([
      'easy (easy): q-88-90-129: 88 | 90 | 129',
      'normal (normal): q-88-90-129: 88 | 90 | 129',
    ])
  })
})

describe('keyPositions', () => {
  it('counts where the key stands, by number of options', () => {
    const q = (options: number, answer: number) => makeQuestion({ options: Array.from({ length: options }, (_, i) => `o${i}`), answer })
    expect(keyPositions([q(3, 0), q(3, 0), q(3, 2), q(4, 3)])).toEqual(new Map([[3, [2, 0, 1]], [4, [0, 0, 0, 1]]]))
    expect(keyPositions([])).toEqual(new Map())
  })
})

describe('answerFreeStrategies', () => {
  const prompt = 'Which body drafted the resolution text?'
  const text = (options: string[], answer: number): Question => makeQuestion({ kind: 'text', prompt, options, answer })
  const number = (options: string[], answer: number): Question => makeQuestion({ kind: 'number', options, answer })

  it('scores each strategy where it applies, a tie counting as a guess', () => {
    const questions = [
      // Longest: wrong. Most words of the stem ("resolution"): wrong.
      text(['The drafting council', 'A resolution committee of many nations', 'Nobody'], 0),
      // Longest and most words of the stem ("resolution", "body"): right.
      text(['Paris', 'London', 'The resolution body'], 2),
      // A tie for both: a guess.
      text(['aa', 'bb', 'cc'], 0),
      // Longest: wrong. Most words of the stem ("resolution", "text"): right.
      text(['Resolution text', 'Something considerably longer here', 'x'], 0),
      // Longest: right. A tie for most words of the stem (none): a guess.
      text(['Tiny', 'The longest option by far', 'Mid'], 1),
      number(['1', '2', '3'], 1),
      number(['1', '2', '3'], 0),
      number(['1', '2', '3', '4'], 1),
    ]
    const [longest, stem, middle] = answerFreeStrategies(questions)
    expect(longest).toMatchObject({ name: 'pick the longest option', questions: 5 })
    expect(longest!.accuracy).toBeCloseTo((2 + 1 / 3) / 5)
    expect(longest!.chance).toBeCloseTo(1 / 3)
    expect(stem).toMatchObject({ name: 'pick the option sharing most words with the stem', questions: 5 })
    expect(stem!.accuracy).toBeCloseTo((2 + 2 / 3) / 5)
    expect(middle).toMatchObject({ name: 'pick the middle number', questions: 2, accuracy: 0.5 })
    expect(middle!.chance).toBeCloseTo(1 / 3)
  })

  it('scores zero, not NaN, where no question applies', () => {
    expect(answerFreeStrategies([]).map(s => [s.accuracy, s.chance, s.questions])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]])
  })
})

const LONG_KEY = 'A very much longer key option text here'

describe('softFindings', () => {
  it('groups the findings on each question by rule', () => {
    const q = (id: string) => makeQuestion({ id, kind: 'text', options: ['Short', LONG_KEY, 'Tiny'], answer: 1 })
    const finding = { rule: 'key-longest', message: `key "${LONG_KEY}" is much longer than every distractor` }
    expect(softFindings([q('q-1'), makeQuestion(), q('q-2')])).toEqual(new Map([['key-longest', [finding, finding]]]))
  })
})

describe('itemSoftFindings', () => {
  it('reports findings for every phrasing of every item', () => {
    const item = makeTextItem('wordy', 'vote', {
      variants: ['Who else is it?'],
      key: LONG_KEY,
      distractors: [{ text: 'Short', why: 'x', near: true }, { text: 'Tiny', why: 'y', near: false }],
    })
    const message = `key "${LONG_KEY}" is much longer than every distractor`
    expect(itemSoftFindings(makeBank([makeItem(), item]))).toEqual(new Map([
      ['key-longest', [{ id: 'wordy', message }, { id: 'wordy', message }]],
    ]))
  })

  it('leaves the middle key to be judged over many quizzes', () => {
    // Listed alone, the key of an item without distractors is its middle option.
    expect(itemSoftFindings(makeBank([makeItem({ distractors: [] })]))).toEqual(new Map())
  })
})

describe('numericKeyAlwaysMiddle', () => {
  const q = (id: string, answer: number, over: Partial<Question> = {}) =>
    makeQuestion({ id, kind: 'number', form: 'number', options: ['1', '2', '3'], answer, ...over })
  const times = (n: number, make: () => Question) => Array.from({ length: n }, make)

  it.each([
    ['always in the middle, three times', times(3, () => q('x', 1)), ['x']],
    ['in the middle only twice', times(2, () => q('x', 1)), []],
    ['once not in the middle', [...times(3, () => q('x', 1)), q('x', 0)], []],
    ['a scenario, whose keys are drawn fresh', times(3, () => q('x', 1, { form: 'scenario' })), []],
    ['not a number', times(3, () => q('x', 1, { kind: 'text' })), []],
    ['apart for each item', [...times(3, () => q('x', 1)), ...times(3, () => q('y', 2)), ...times(3, () => q('z', 1))], ['x', 'z']],
  ])('%s', (_, questions, expected) => {
    expect(numericKeyAlwaysMiddle(questions)).toEqual(expected)
  })
})

describe('itemVariety', () => {
  it('counts distinct phrasing and key pairs', () => {
    expect(itemVariety(makeBank([
      makeTextItem('a', 'vote', { prompt: 'P?', variants: ['V?'], key: 'K' }),
      makeTextItem('b', 'vote', { prompt: 'P?', key: 'K' }),
      makeTextItem('c', 'vote', { prompt: 'P?', key: 'Other' }),
    ]))).toBe(3)
  })
})

describe('templateVariety', () => {
  const template = (make: (n: number, difficulty: string, pick: number) => { prompt: string, key: string }): ScenarioTemplate => {
    let n = 0
    return {
      id: 't',
      topic: 'procedure',
      title: 'T',
      generate: (rng, difficulty) => makeItem(make(n++, difficulty, randomIndex(rng, 4))),
    }
  }

  it.each([
    ['every draw new', template(n => ({ prompt: `P${n}?`, key: 'K' })), 5, 15],
    ['a new key on every draw', template(n => ({ prompt: 'P?', key: `K${n}` })), 2, 6],
    ['one question per difficulty', template((_, difficulty) => ({ prompt: `${difficulty}?`, key: 'K' })), 50, 3],
    ['four questions at each difficulty', template((_, difficulty, pick) => ({ prompt: `${difficulty} ${pick}?`, key: 'K' })), 100, 12],
    ['no draws', template(n => ({ prompt: `P${n}?`, key: 'K' })), 0, 0],
  ])('counts %s', (_, t, draws, expected) => {
    expect(templateVariety(t, draws)).toBe(expected)
  })

  it('draws each difficulty from its own random stream', () => {
    // A template that ignores the difficulty still makes new questions at each one.
    const t: ScenarioTemplate = { id: 't', topic: 'procedure', title: 'T', generate: rng => makeItem({ prompt: `P${randomIndex(rng, 2 ** 30)}?`, key: 'K' }) }
    expect(templateVariety(t, 4)).toBe(12)
  })
})
