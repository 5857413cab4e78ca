import type { Question } from '~/quiz/types'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AnswerFeedback from '~/components/AnswerFeedback.vue'
import { makeQuestion } from '../builders'
import { getByRole, queryAllByRole } from './by-role'

// makeQuestion: options France, United States (the key, index 1), Ukraine.
function mountFeedback(chosen: number, question: Question = makeQuestion()) {
  return mount(AnswerFeedback, { props: { question, chosen } })
}

describe('answerFeedback', () => {
  it.each([
    [1, 'Correct.'],
    [0, 'Wrong. The answer is United States.'],
    [2, 'Wrong. The answer is United States.'],
  ])('after option %i, the heading says %j', (chosen, heading) => {
    expect(getByRole(mountFeedback(chosen), 'heading').text()).toContain(heading)
    expect(getByRole(mountFeedback(chosen), 'region', heading)).toBeDefined()
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
    expect(getByRole(feedback, 'list', 'Sources').text()).toContain('Source: UN Charter, Article 27(3)')
    expect(feedback.find('blockquote').text()).toBe('the concurring votes of the permanent members')
  })

  it('does not say the key is wrong when the chosen option has no reason', () => {
    const question = makeQuestion({ reasons: [null, null, 'Ukraine backed the other resolution.'] })
    const feedback = mountFeedback(0, question)
    expect(getByRole(feedback, 'heading').text()).toContain('Wrong. The answer is United States.')
    expect(queryAllByRole(feedback, 'heading', 'Correct.')).toHaveLength(0)
    expect(feedback.text()).not.toContain('Why not')
  })
})
