import type { Question } from '~/quiz/types'
import { screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import AnswerFeedback from '~/components/quiz/AnswerFeedback.vue'
import { makeQuestion } from '../../builders'

// makeQuestion: options France, United States (the key, index 1), Ukraine.
enableAutoUnmount(afterEach)

function mountFeedback(chosen: number, question: Question = makeQuestion()) {
  return mount(AnswerFeedback, { props: { question, chosen }, attachTo: document.body })
}

describe('answerFeedback', () => {
  it.each([
    [1, 'Correct.'],
    [0, 'Wrong. The answer is United States.'],
    [2, 'Wrong. The answer is United States.'],
  ])('after option %i, the heading says %j', (chosen, heading) => {
    mountFeedback(chosen)
    expect(screen.getByRole('heading').textContent).toContain(heading)
    expect(screen.getByRole('region', { name: heading })).toBeDefined()
  })

  it.each([
    [0, 'Why not “France”: France pushed amendments.'],
    [2, 'Why not “Ukraine”: Ukraine backed the other resolution.'],
  ])('when option %i is wrong, says why that option is wrong', (chosen, why) => {
    expect(mountFeedback(chosen).find('.why-wrong').text()).toBe(why)
  })

  it('gives no "why not" when the answer is right', () => {
    expect(mountFeedback(1).text()).not.toContain('Why not')
  })

  it.each([0, 1, 2])('after option %i, explains the key and quotes the source', (chosen) => {
    const feedback = mountFeedback(chosen)
    expect(feedback.text()).toContain('Why “United States”: The article reports that Trump’s administration drafted it.')
    expect(feedback.find('blockquote').text()).toBe('Trump’s administration had drafted a competing resolution')
  })

  it('shows a charter reference with its quote', () => {
    const question = makeQuestion({ sources: [{ kind: 'charter', ref: 'UN Charter, Article 27(3)', quote: 'the concurring votes of the permanent members' }] })
    const feedback = mountFeedback(0, question)
    expect(screen.getByRole('list', { name: 'Sources' }).textContent).toContain('Source: UN Charter, Article 27(3)')
    expect(feedback.find('blockquote').text()).toBe('the concurring votes of the permanent members')
  })

  it('does not say the key is wrong when the chosen option has no reason', () => {
    const question = makeQuestion({ reasons: [null, null, 'Ukraine backed the other resolution.'] })
    const feedback = mountFeedback(0, question)
    expect(screen.getByRole('heading').textContent).toContain('Wrong. The answer is United States.')
    expect(screen.queryByRole('heading', { name: 'Correct.' })).toBeNull()
    expect(feedback.text()).not.toContain('Why not')
  })

  it('draws the vote of a scenario question, with a link to the lab', async () => {
    const question = makeQuestion({ id: 'scenario-sc-outcome-s-11-0-1-3-0', form: 'scenario' })
    mount(AnswerFeedback, { props: { question, chosen: 0 }, global: { stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(screen.getByRole('figure', { name: 'Security Council, substantive matter: It is blocked by a veto' })).toBeDefined()
    expect(screen.getByText('Try it in the vote lab')).toBeDefined()
  })

  it('draws nothing for a question that is not a scenario', async () => {
    mountFeedback(0)
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(screen.queryByRole('figure')).toBeNull()
  })
})
