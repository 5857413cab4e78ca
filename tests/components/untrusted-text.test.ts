import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AppNotices from '~/components/app/AppNotices.vue'
import AttemptReview from '~/components/progress/AttemptReview.vue'
import AnswerFeedback from '~/components/quiz/AnswerFeedback.vue'
import QuestionCard from '~/components/quiz/QuestionCard.vue'
import SourceList from '~/components/quiz/SourceList.vue'
import { makeAttempt, makeQuestion } from '../builders'

// Bank text and stored data reach the page as text: markup in them must never become elements.
const HTML = '<img src=x onerror=alert(1)>'

enableAutoUnmount(afterEach)
const attachTo = document.body

const question = makeQuestion({
  prompt: `${HTML}?`,
  options: [HTML, 'United States', `<b>${HTML}</b>`],
  reasons: [HTML, null, HTML],
  explanation: HTML,
  sources: [{ kind: 'article', quote: HTML }, { kind: 'charter', ref: HTML, quote: HTML }],
})

const cases = [
  ['QuestionCard, unanswered', () => mount(QuestionCard, { props: { question, chosen: null }, attachTo })],
  ['QuestionCard, answered', () => mount(QuestionCard, { props: { question, chosen: 0 }, attachTo })],
  ['AnswerFeedback', () => mount(AnswerFeedback, { props: { question, chosen: 0 }, attachTo })],
  ['SourceList', () => mount(SourceList, { props: { sources: question.sources }, attachTo })],
  ['AttemptReview', () => mount(AttemptReview, {
    props: { attempt: makeAttempt({ questions: [{ id: 'q', prompt: HTML, chosen: HTML, key: HTML, correct: false }], correct: 0, total: 1 }) },
    attachTo,
  })],
  ['AppNotices', () => mount(AppNotices, { props: { notices: [{ id: 1, text: HTML, link: null }] }, attachTo, global: { stubs: { RouterLink: true } } })],
] as const

describe('text that looks like HTML', () => {
  it.each(cases)('%s shows it as text and creates no element from it', (_, render) => {
    const wrapper = render()
    // Hidden ones too: markup must make no element at all, seen or not.
    expect(screen.queryAllByRole('img', { hidden: true })).toHaveLength(0)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain(HTML)
  })

  it('keeps the option text as the button name', () => {
    const card = mount(QuestionCard, { props: { question, chosen: null } })
    expect(card.findAll('button').map(b => b.find('.text').text())).toEqual(question.options)
  })
})
