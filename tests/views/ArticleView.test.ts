import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import article from 'virtual:quorum-article'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it } from 'vitest'
import { makeCurrentQuiz, storeCurrentQuiz } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('articleView', () => {
  it('shows the whole article, paragraph by paragraph, sentence by sentence', async () => {
    const { wrapper } = await mountApp('/article')
    expect(screen.getByRole('heading', { name: 'The article' })).toBeDefined()
    expect(screen.getByRole('heading', { name: 'US breaks with allies, backs Russia in UN Vote on Ukraine conflict' })).toBeDefined()
    const paragraphs = screen.getAllByRole('region', { name: /^Paragraph \d+$/ })
    expect(paragraphs).toHaveLength(7)
    expect(article.paragraphs.flatMap(p => p.sentences)).toHaveLength(22)
    for (const s of article.paragraphs.flatMap(p => p.sentences))
      expect(wrapper.get(`#s${s.n}`).text()).toContain(s.text)
  })

  it('offers a quiz on each paragraph, naming how many questions', async () => {
    await mountApp('/article')
    expect(screen.getAllByRole('button', { name: /^Quiz me on this paragraph/ })).toHaveLength(7)
    const paragraphs = screen.getAllByRole('region', { name: /^Paragraph \d+$/ })
    article.paragraphs.forEach((p, i) => {
      expect(within(paragraphs[i]!).getByRole('button', { name: `Quiz me on this paragraph (${p.questions} questions)` })).toBeDefined()
    })
  })

  it('quizzes on the items that cite the paragraph', async () => {
    const { quiz, path } = await mountApp('/article')
    const third = article.paragraphs[2]!
    fireEvent.click(screen.getAllByRole('button', { name: /^Quiz me on this paragraph/ })[2]!)
    await flushPromises()
    expect(path()).toBe('/quiz')
    const asked = quiz.current!.quiz.questions
    expect(asked).toHaveLength(third.questions)
    const sentences = new Set(third.sentences.map(s => s.n))
    for (const q of asked)
      expect(q.cites.some(n => sentences.has(n)), q.id).toBe(true)
  })

  it('asks before replacing a quiz in progress', async () => {
    storeCurrentQuiz(makeCurrentQuiz(), { own: true })
    const { wrapper, quiz } = await mountApp('/article')
    fireEvent.click(screen.getAllByRole('button', { name: /^Quiz me on this paragraph/ })[0]!)
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
