import { describe, expect, it } from 'vitest'
import { articleBody, BankError, normaliseOption, parseBank, parseBankFile } from '~/quiz/bank/bank'

const FILE = 'questions/vote.json'

function validItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 'vote-yes-count',
    fact: 'tally-yes',
    form: 'number',
    kind: 'number',
    level: 1,
    prompt: 'How many countries voted for the resolution?',
    variants: ['How many yes votes did the resolution get?'],
    key: '93',
    distractors: [
      { text: '65', why: 'Abstentions.', near: true },
      { text: '18', why: 'Votes against.', near: false },
      { text: '111', why: 'Yes and no together.', near: true },
    ],
    explanation: 'The article says so.',
    sources: [{ kind: 'article', quote: 'passed with 93 votes for' }],
    ...overrides,
  }
}

function fileWith(item: unknown, extra: Record<string, unknown> = {}) {
  return { file: FILE, data: { version: 2, topic: { id: 'vote', title: 'The vote' }, items: [item], ...extra } }
}

function errorOf(fn: () => unknown): BankError {
  try {
    fn()
  }
  catch (error) {
    if (error instanceof BankError)
      return error
    throw error
  }
  throw new Error('expected a BankError')
}

describe('parseBankFile', () => {
  it('reads a valid file, giving each item the file topic', () => {
    const bank = parseBankFile(fileWith(validItem()))
    expect(bank.topics).toEqual([{ id: 'vote', title: 'The vote', order: 100 }])
    expect(bank.items).toHaveLength(1)
    expect(bank.items[0]).toMatchObject({ id: 'vote-yes-count', topic: 'vote', key: '93', fact: 'tally-yes', level: 1, form: 'number' })
  })

  it('defaults the fact to the id and the variants and revealed facts to none', () => {
    const item = parseBankFile(fileWith(validItem({ fact: undefined, variants: undefined }))).items[0]
    expect(item).toMatchObject({ fact: 'vote-yes-count', variants: [], reveals: [] })
  })

  it('keeps the facts an item reveals', () => {
    const item = parseBankFile(fileWith(validItem({ reveals: ['tally-no', 'tally-abstain'] }))).items[0]
    expect(item?.reveals).toEqual(['tally-no', 'tally-abstain'])
  })

  it.each([
    ['prompt', { prompt: 'How many countries voted for the resolution' }, 'ending in "?"'],
    ['prompt', { prompt: '' }, 'non-empty string'],
    ['key', { key: 93 }, 'non-empty string'],
    ['kind', { kind: 'animal' }, 'one of'],
    ['distractors', { distractors: [{ text: '65', why: 'x', near: true }, { text: '18', why: 'y', near: false }] }, 'at least 3'],
    ['distractors[1].why', { distractors: [{ text: '65', why: 'x', near: true }, { text: '18', near: false }, { text: '5', why: 'z', near: false }] }, 'non-empty string'],
    ['distractors[0].text', { distractors: [{ text: '93', why: 'x', near: true }, { text: '18', why: 'y', near: false }, { text: '5', why: 'z', near: false }] }, 'same option as key'],
    ['distractors[1].text', { distractors: [{ text: '65', why: 'x', near: true }, { text: 'eighteen', why: 'y', near: false }, { text: '5', why: 'z', near: false }] }, 'whole number'],
    ['distractors[2].near', { distractors: [{ text: '65', why: 'x', near: true }, { text: '18', why: 'y', near: false }, { text: '5', why: 'z' }] }, 'true'],
    ['distractors', { distractors: [{ text: '65', why: 'x', near: true }, { text: '18', why: 'y', near: true }, { text: '5', why: 'z', near: true }] }, 'one near (true) and one far (false)'],
    ['distractors', { distractors: [{ text: '92', why: 'x', near: true }, { text: '95', why: 'y', near: true }, { text: '5', why: 'z', near: false }] }, 'at least two numbers more than 2 from the key'],
    ['fact', { fact: 'Tally Yes' }, 'kebab-case'],
    ['form', { form: 'scenario' }, 'one of who, number'],
    ['level', { level: 4 }, 'must be 1'],
    ['variants', { variants: 'How many?' }, 'list'],
    ['variants[0]', { variants: ['How many yes votes'] }, 'ending in "?"'],
    ['variants[0]', { variants: ['How many countries voted for the resolution?'] }, 'repeats'],
    ['explanation', { explanation: '  ' }, 'non-empty string'],
    ['sources', { sources: [] }, 'at least one source'],
    ['sources[0].ref', { sources: [{ kind: 'charter' }] }, 'non-empty string'],
    ['sources[0].kind', { sources: [{ kind: 'blog', quote: 'x' }] }, 'must be one of'],
    ['prompt', { prompt: ' Who? ' }, 'white space'],
    ['reveals', { reveals: 'tally-no' }, 'list of the facts'],
    ['reveals[0]', { reveals: ['Tally No'] }, 'kebab-case fact name'],
    ['reveals[0]', { reveals: ['tally-yes'] }, 'own fact'],
    ['reveals[1]', { reveals: ['tally-no', 'tally-no'] }, 'twice'],
  ])('names the item and field %s when it is wrong', (field, overrides, problem) => {
    const error = errorOf(() => parseBankFile(fileWith(validItem(overrides))))
    expect(error.file).toBe(FILE)
    expect(error.itemId).toBe('vote-yes-count')
    expect(error.field).toBe(field)
    expect(error.message).toContain(FILE)
    expect(error.message).toContain('vote-yes-count')
    expect(error.message).toContain(field)
    expect(error.message).toContain(problem)
  })

  it.each([
    ['US', 'United States'],
    ['U.S.', 'the United States'],
    ['Washington', 'US'],
    ['UK', 'Britain'],
    ['United Kingdom', 'britain'],
  ])('treats %j and %j as duplicate options', (a, b) => {
    const item = validItem({ kind: 'country', key: a, distractors: [{ text: b, why: 'x', near: true }, { text: 'France', why: 'y', near: false }, { text: 'China', why: 'z', near: false }] })
    expect(errorOf(() => parseBankFile(fileWith(item))).field).toBe('distractors[0].text')
  })

  it.each([
    ['(file)', []],
    ['version', { version: 1, topic: { id: 'vote', title: 'T' }, items: [validItem()] }],
    ['topic', { version: 2, items: [validItem()] }],
    ['topic.id', { version: 2, topic: { id: 'Vote Topic', title: 'T' }, items: [validItem()] }],
    ['items', { version: 2, topic: { id: 'vote', title: 'T' }, items: [] }],
  ])('rejects a file whose %s is wrong', (field, data) => {
    const error = errorOf(() => parseBankFile({ file: FILE, data }))
    expect(error.field).toBe(field)
    expect(error.itemId).toBeNull()
  })

  it('names the position of an item whose id is missing', () => {
    const error = errorOf(() => parseBankFile(fileWith(validItem({ id: undefined }))))
    expect(error.field).toBe('items[0].id')
  })
})

describe('parseBank', () => {
  it('joins files and rejects an id used twice, naming both files', () => {
    const other = { file: 'questions/people.json', data: { version: 2, topic: { id: 'people', title: 'People' }, items: [validItem()] } }
    const error = errorOf(() => parseBank([fileWith(validItem()), other]))
    expect(error.file).toBe('questions/people.json')
    expect(error.field).toBe('id')
    expect(error.message).toContain(FILE)
  })

  it('lists topics by their order, then by id', () => {
    const file = (id: string, order?: number) => ({ file: `questions/${id}.json`, data: { version: 2, topic: { id, title: id, order }, items: [validItem({ id: `${id}-item` })] } })
    expect(parseBank([file('b'), file('c', 1), file('a'), file('d', 2)]).topics.map(t => t.id)).toEqual(['c', 'd', 'a', 'b'])
  })

  it('rejects two files with the same topic', () => {
    const other = { file: 'questions/more.json', data: { version: 2, topic: { id: 'vote', title: 'Again' }, items: [validItem({ id: 'vote-other' })] } }
    expect(errorOf(() => parseBank([fileWith(validItem()), other])).field).toBe('topic.id')
  })

  it('numbers the article sentences each item cites', () => {
    const article = 'First sentence here. It passed with 93 votes for, 18 against.\nA new paragraph.'
    const item = validItem({ sources: [{ kind: 'article', quote: 'passed with 93 votes for' }, { kind: 'charter', ref: 'UN Charter, Article 18' }] })
    expect(parseBank([fileWith(item)], { article }).items[0]?.cites).toEqual([2])
    expect(parseBank([fileWith(item)]).items[0]?.cites).toEqual([])
  })

  it('accepts a revealed fact that another item, in any file, tests', () => {
    const other = { file: 'questions/people.json', data: { version: 2, topic: { id: 'people', title: 'People' }, items: [validItem({ id: 'people-no', fact: 'tally-no' })] } }
    const bank = parseBank([fileWith(validItem({ reveals: ['tally-no'] })), other])
    expect(bank.items[0]?.reveals).toEqual(['tally-no'])
  })

  it('rejects a revealed fact that no item tests, naming the file, item and field', () => {
    const error = errorOf(() => parseBank([fileWith(validItem({ reveals: ['tally-nothing'] }))]))
    expect(error.message).toBe(`${FILE}: item "vote-yes-count": field "reveals[0]": "tally-nothing" is not the fact of any item`)
  })

  it('checks article quotes verbatim when given the article', () => {
    const article = 'It passed with 93 votes for, 18 against.'
    expect(parseBank([fileWith(validItem())], { article }).items).toHaveLength(1)
    const error = errorOf(() => parseBank([fileWith(validItem({ sources: [{ kind: 'article', quote: 'passed with 94 votes for' }] }))], { article }))
    expect(error.field).toBe('sources[0].quote')
    expect(error.message).toContain('verbatim')
  })
})

describe('normaliseOption', () => {
  it.each([
    ['  The United States ', 'united states'],
    ['U.S.', 'united states'],
    ['Britain', 'united kingdom'],
    ['Nine votes', 'nine votes'],
    ['Viktor Orban', 'viktor orban'],
  ])('folds %j to %j', (input, expected) => {
    expect(normaliseOption(input)).toBe(expected)
  })
})

describe('articleBody', () => {
  it('drops the headline and standfirst', () => {
    expect(articleBody('Headline\nStandfirst\n\nFirst sentence.\nSecond.\n')).toBe('First sentence.\nSecond.')
  })
})

describe('bank errors, word for word', () => {
  const topic = { id: 'vote', title: 'The vote' }
  it.each<[string, unknown, string]>([
    ['a file that is not an object', [], `${FILE}: field "(file)": must be a JSON object`],
    ['another format version', { version: 1, topic, items: [validItem()] }, `${FILE}: field "version": must be 2 (this app reads format version 2)`],
    ['a topic that is not an object', { version: 2, topic: null, items: [validItem()] }, `${FILE}: field "topic": must be an object with "id" and "title"`],
    ['a topic without an id', { version: 2, topic: { title: 'T' }, items: [validItem()] }, `${FILE}: field "topic.id": must be a non-empty string`],
    ['a topic id not in kebab-case', { version: 2, topic: { id: 'Vote', title: 'T' }, items: [validItem()] }, `${FILE}: field "topic.id": must be lowercase kebab-case`],
    ['a topic without a title', { version: 2, topic: { id: 'vote' }, items: [validItem()] }, `${FILE}: field "topic.title": must be a non-empty string`],
    ['a fractional topic order', { version: 2, topic: { ...topic, order: 1.5 }, items: [validItem()] }, `${FILE}: field "topic.order": must be a whole number (topics are listed in this order)`],
    ['a topic order in quotes', { version: 2, topic: { ...topic, order: '1' }, items: [validItem()] }, `${FILE}: field "topic.order": must be a whole number (topics are listed in this order)`],
    ['no items', { version: 2, topic, items: [] }, `${FILE}: field "items": must be a non-empty list`],
    ['an item that is not an object', { version: 2, topic, items: [null] }, `${FILE}: field "items[0]": must be an object`],
    ['an item id not in kebab-case', { version: 2, topic, items: [validItem({ id: 'Vote 1' })] }, `${FILE}: field "items[0].id": must be a lowercase kebab-case string`],
    ['a fact that is a number', { version: 2, topic, items: [validItem({ fact: 5 })] }, `${FILE}: item "vote-yes-count": field "fact": must be a lowercase kebab-case name of the fact the item tests`],
    ['an unknown kind', { version: 2, topic, items: [validItem({ kind: 'animal' })] }, `${FILE}: item "vote-yes-count": field "kind": must be one of person, country, number, organisation, text`],
    ['a distractor that is not an object', { version: 2, topic, items: [validItem({ distractors: ['65', '18', '111'] })] }, `${FILE}: item "vote-yes-count": field "distractors[0]": must be an object with "text", "why" and "near"`],
    ['a distractor without text', { version: 2, topic, items: [validItem({ distractors: [{ why: 'x', near: true }, { text: '18', why: 'y', near: false }, { text: '5', why: 'z', near: false }] })] }, `${FILE}: item "vote-yes-count": field "distractors[0].text": must be a non-empty string`],
    ['a source that is not an object', { version: 2, topic, items: [validItem({ sources: ['the article'] })] }, `${FILE}: item "vote-yes-count": field "sources[0]": must be an object`],
    ['an article source without its quote', { version: 2, topic, items: [validItem({ sources: [{ kind: 'article' }] })] }, `${FILE}: item "vote-yes-count": field "sources[0].quote": must be a non-empty string`],
    ['a Charter source with an empty quote', { version: 2, topic, items: [validItem({ sources: [{ kind: 'charter', ref: 'Art. 18', quote: '' }] })] }, `${FILE}: item "vote-yes-count": field "sources[0].quote": must be a non-empty string`],
    ['a source of no known kind', { version: 2, topic, items: [validItem({ sources: [{ kind: 'blog' }] })] }, `${FILE}: item "vote-yes-count": field "sources[0].kind": must be one of article, charter, rules, record`],
    // Lists are objects to the schema library: each of these guards a check that they are not.
    ['a topic that is a list', { version: 2, topic: [], items: [validItem()] }, `${FILE}: field "topic": must be an object with "id" and "title"`],
    ['an item that is a list', { version: 2, topic, items: [[]] }, `${FILE}: field "items[0]": must be an object`],
    ['a distractor that is a list', { version: 2, topic, items: [validItem({ distractors: [[], { text: '18', why: 'y', near: false }, { text: '5', why: 'z', near: true }] })] }, `${FILE}: item "vote-yes-count": field "distractors[0]": must be an object with "text", "why" and "near"`],
    ['a source that is a list', { version: 2, topic, items: [validItem({ sources: [[]] })] }, `${FILE}: item "vote-yes-count": field "sources[0]": must be an object`],
  ])('%s', (_, data, message) => {
    const error = errorOf(() => parseBankFile({ file: FILE, data }))
    expect(error.name).toBe('BankError')
    expect(error.message).toBe(message)
  })

  it('names both files when a topic is used twice', () => {
    const other = { file: 'questions/more.json', data: { version: 2, topic: { id: 'vote', title: 'Again' }, items: [validItem({ id: 'vote-other' })] } }
    expect(errorOf(() => parseBank([fileWith(validItem()), other])).message)
      .toBe(`questions/more.json: field "topic.id": "vote" is already the topic of ${FILE}`)
  })
})

describe('bank sources and topics', () => {
  it('keeps the quote of a Charter source', () => {
    const item = parseBankFile(fileWith(validItem({ sources: [{ kind: 'charter', ref: 'Art. 18', quote: 'two-thirds majority' }] }))).items[0]
    expect(item?.sources).toEqual([{ kind: 'charter', ref: 'Art. 18', quote: 'two-thirds majority' }])
  })

  it('cites only the sentences an article source quotes, not a Charter quote the article repeats', () => {
    const article = 'Members vote. It passed with 93 votes for. A two-thirds majority was needed.'
    const item = validItem({ sources: [{ kind: 'article', quote: 'passed with 93 votes for' }, { kind: 'charter', ref: 'Art. 18', quote: 'two-thirds majority' }] })
    expect(parseBank([fileWith(item)], { article }).items[0]?.cites).toEqual([2])
  })

  it.each([
    [['c', 'a', 'b']],
    [['b', 'c', 'a']],
    [['a', 'c', 'b']],
    [['c', 'b', 'a']],
  ])('lists topics of the same order by id, whatever the file order (%j)', (ids) => {
    const files = ids.map(id => ({ file: `questions/${id}.json`, data: { version: 2, topic: { id, title: id }, items: [validItem({ id: `${id}-item` })] } }))
    expect(parseBank(files).topics.map(t => t.id)).toEqual(['a', 'b', 'c'])
  })

  it.each([
    ['U.  S.', 'united states'],
    ['Bathe the delegates', 'bathe the delegates'],
    ['constructor', 'constructor'],
  ])('folds %j to %j', (input, expected) => {
    expect(normaliseOption(input)).toBe(expected)
  })
})
