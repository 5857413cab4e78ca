import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import article from 'virtual:quorum-article'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it } from 'vitest'
import { makeCurrentQuiz, makeStored } from '../builders'
import { accessibleName, getByRole, queryAllByRole } from '../components/by-role'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('articleView', () => {
  it('shows the whole article, paragraph by paragraph, sentence by sentence', async () => {
    const { wrapper } = await mountApp('/article')
    expect(getByRole(wrapper, 'heading', 'The article')).toBeDefined()
    expect(getByRole(wrapper, 'heading', 'US breaks with allies, backs Russia in UN Vote on Ukraine conflict')).toBeDefined()
    const paragraphs = queryAllByRole(wrapper, 'region', /^Paragraph \d+$/)
    expect(paragraphs).toHaveLength(7)
    expect(article.paragraphs.flatMap(p => p.sentences)).toHaveLength(22)
    for (const s of article.paragraphs.flatMap(p => p.sentences))
      expect(wrapper.get(`#s${s.n}`).text()).toContain(s.text)
  })

  it('offers a quiz on each paragraph, naming how many questions', async () => {
    const { wrapper } = await mountApp('/article')
    const buttons = queryAllByRole(wrapper, 'button', /^Quiz me on this paragraph/)
    expect(buttons).toHaveLength(7)
    expect(buttons.map(b => accessibleName(b.element))).toEqual(article.paragraphs.map(p => `Quiz me on this paragraph (${p.questions} questions)`))
  })

  it('quizzes on the items that cite the paragraph', async () => {
    const { wrapper, quiz, path } = await mountApp('/article')
    const third = article.paragraphs[2]!
    await queryAllByRole(wrapper, 'button', /^Quiz me on this paragraph/)[2]!.trigger('click')
    await flushPromises()
    expect(path()).toBe('/quiz')
    const asked = quiz.current!.quiz.questions
    expect(asked).toHaveLength(third.questions)
    const sentences = new Set(third.sentences.map(s => s.n))
    for (const q of asked)
      expect(q.cites.some(n => sentences.has(n)), q.id).toBe(true)
  })

  it('asks before replacing a quiz in progress', async () => {
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz()))
    const { wrapper, quiz } = await mountApp('/article')
    await queryAllByRole(wrapper, 'button', /^Quiz me on this paragraph/)[0]!.trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Your unfinished quiz will be lost.')
    expect(quiz.current?.quiz.seed).toBe('test')
  })

  it.each([1, 12, 22])('highlights sentence %i when asked, marked in words as well as colour', async (n) => {
    const { wrapper } = await mountApp(`/article?s=${n}`)
    const marks = wrapper.findAll('mark')
    expect(marks).toHaveLength(1)
    expect(marks[0]!.attributes('id')).toBe(`s${n}`)
    expect(marks[0]!.text()).toMatch(/^The sentence your question cites: /)
  })

  it.each(['0', '99', 'x'])('highlights nothing for sentence %j', async (s) => {
    const { wrapper } = await mountApp(`/article?s=${s}`)
    expect(wrapper.findAll('mark')).toHaveLength(0)
  })

  it('has a sentence for every citation in the bank', () => {
    const numbers = new Set(article.paragraphs.flatMap(p => p.sentences.map(s => s.n)))
    for (const item of bank.items) {
      for (const n of item.cites)
        expect(numbers.has(n)).toBe(true)
    }
    expect(bank.items.filter(i => i.cites.length > 0).length).toBeGreaterThan(100)
  })
})
