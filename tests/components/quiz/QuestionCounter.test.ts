import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import QuestionCounter from '~/components/quiz/QuestionCounter.vue'

enableAutoUnmount(afterEach)

describe('quizProgress', () => {
  it.each([
    [1, 5, 'Question 1 of 5'],
    [3, 10, 'Question 3 of 10'],
    [20, 20, 'Question 20 of 20'],
  ])('at %i of %i says %j and fills the bar to match', (current, total, label) => {
    const progress = mount(QuestionCounter, { props: { current, total }, attachTo: document.body })
    expect(progress.text()).toBe(label)
    const bar = screen.getByRole<HTMLProgressElement>('progressbar', { name: label })
    expect([bar.value, bar.max]).toEqual([current, total])
  })
})
