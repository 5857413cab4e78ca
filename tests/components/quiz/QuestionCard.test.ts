import type { Question } from '~/quiz/types'
import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import QuestionCard from '~/components/quiz/QuestionCard.vue'
import { makeQuestion } from '../../builders'

enableAutoUnmount(afterEach)

// makeQuestion: options France, United States (the key, index 1), Ukraine.
function mountCard(chosen: number | null = null, question: Question = makeQuestion()) {
  return mount(QuestionCard, { props: { question, chosen }, attachTo: document.body })
}

/** The buttons named so, in this order: equal to the list of every button only if there are no others. */
const buttonsNamed = (names: string[]) => names.map(name => screen.getByRole('button', { name }))

describe('questionCard', () => {
  it('shows the prompt as the heading', () => {
    mountCard()
    expect(screen.getByRole('heading').textContent?.trim()).toBe('Which country drafted the competing resolution?')
  })

  it('has one button per option, named by the option text alone', () => {
    mountCard()
    expect(screen.getAllByRole('button')).toEqual(buttonsNamed(['France', 'United States', 'Ukraine']))
  })

  it.each([
    ['France', 0],
    ['United States', 1],
    ['Ukraine', 2],
  ])('emits answer with the index when "%s" is clicked', (name, index) => {
    const card = mountCard()
    fireEvent.click(screen.getByRole('button', { name }))
    expect(card.emitted('answer')).toEqual([[index]])
  })

  it('marks nothing before an answer', () => {
    const card = mountCard()
    expect(card.text()).not.toMatch(/Your answer|Correct answer/)
    expect(card.findAll('button').map(b => b.attributes('aria-disabled'))).toEqual(['false', 'false', 'false'])
  })

  it.each([
    ['the key', 1, ['France', 'United States✓ Your answer: correct', 'Ukraine']],
    ['a wrong option', 0, ['France✗ Your answer: wrong', 'United States✓ Correct answer', 'Ukraine']],
    ['the last option', 2, ['France', 'United States✓ Correct answer', 'Ukraine✗ Your answer: wrong']],
  ])('after picking %s, says in words which answer was yours and which is right', (_, chosen, names) => {
    mountCard(chosen)
    expect(screen.getAllByRole('button')).toEqual(buttonsNamed(names))
  })

  it.each([0, 1, 2])('emits nothing when clicked once option %i is chosen', async (chosen) => {
    const card = mountCard(chosen)
    for (const button of card.findAll('button'))
      await button.trigger('click')
    expect(card.emitted('answer')).toBeUndefined()
    expect(card.findAll('button').map(b => b.attributes('aria-disabled'))).toEqual(['true', 'true', 'true'])
  })

  it('moves focus to the prompt when asked, so a new question is announced', () => {
    const card = mountCard()
    card.vm.focus()
    expect(document.activeElement).toBe(screen.getByRole('heading'))
  })
})
