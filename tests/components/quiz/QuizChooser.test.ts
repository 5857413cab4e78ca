import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import QuizChooser from '~/components/quiz/QuizChooser.vue'

enableAutoUnmount(afterEach)

const topics = [{ id: 'vote', title: 'The vote' }, { id: 'people', title: 'People and their words' }]

function mountChooser() {
  return mount(QuizChooser, { props: { topics }, attachTo: document.body })
}

describe('quizChooser', () => {
  it('groups topic, length and difficulty as labelled radio buttons', () => {
    mountChooser()
    const groups = ['Topic', 'Length', 'Difficulty'].map(name => screen.getByRole('group', { name }))
    expect(screen.getAllByRole('group')).toEqual(groups)
    const [topic, length, difficulty] = groups.map(group => within(group))
    expect(topic!.getAllByRole('radio')).toEqual(['All topics', 'The vote', 'People and their words'].map(name => topic!.getByRole('radio', { name })))
    expect(length!.getAllByRole('radio')).toEqual(['5 questions', '10 questions', '20 questions'].map(name => length!.getByRole('radio', { name })))
    expect(difficulty!.getAllByRole('radio')).toHaveLength(3)
  })

  it('starts with all topics, ten questions, normal difficulty', async () => {
    const wrapper = mountChooser()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('start')).toEqual([[{ topic: null, count: 10, difficulty: 'normal', timed: false }]])
  })

  it.each([
    ['The vote', '5 questions', /^hard/, { topic: 'vote', count: 5, difficulty: 'hard', timed: false }],
    ['People and their words', '20 questions', /^easy/, { topic: 'people', count: 20, difficulty: 'easy', timed: false }],
  ])('emits the choice of %s, %s', async (topic, length, difficulty, choice) => {
    const wrapper = mountChooser()
    fireEvent.click(screen.getByRole('radio', { name: topic }))
    fireEvent.click(screen.getByRole('radio', { name: length }))
    fireEvent.click(screen.getByRole('radio', { name: difficulty }))
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('start')?.at(-1)).toEqual([choice])
  })
})

describe('quizChooser: timed challenge', () => {
  it('is off unless ticked, and says what it means', async () => {
    const wrapper = mountChooser()
    const box = wrapper.get('input[type="checkbox"]')
    expect((box.element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.text()).toContain('Timed challenge (20 seconds a question, bonus points for answers right in a row)')
    await box.setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('start')?.[0]).toEqual([{ topic: null, count: 10, difficulty: 'normal', timed: true }])
  })
})
