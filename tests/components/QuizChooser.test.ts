import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuizChooser from '~/components/QuizChooser.vue'
import { getByRole, namesOf, queryAllByRole } from './by-role'

const topics = [{ id: 'vote', title: 'The vote' }, { id: 'people', title: 'People and their words' }]

function mountChooser() {
  return mount(QuizChooser, { props: { topics } })
}

describe('quizChooser', () => {
  it('groups topic, length and difficulty as labelled radio buttons', () => {
    const wrapper = mountChooser()
    expect(namesOf(wrapper, 'group')).toEqual(['Topic', 'Length', 'Difficulty'])
    expect(namesOf(getByRole(wrapper, 'group', 'Topic'), 'radio')).toEqual(['All topics', 'The vote', 'People and their words'])
    expect(namesOf(getByRole(wrapper, 'group', 'Length'), 'radio')).toEqual(['5 questions', '10 questions', '20 questions'])
    expect(queryAllByRole(getByRole(wrapper, 'group', 'Difficulty'), 'radio')).toHaveLength(3)
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
    await getByRole(wrapper, 'radio', topic).setValue()
    await getByRole(wrapper, 'radio', length).setValue()
    await getByRole(wrapper, 'radio', difficulty).setValue()
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
