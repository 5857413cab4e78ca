import type { VueWrapper } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { optionLetter } from '~/quiz/options'
import { useClassesStore } from '~/stores/classes'
import { makeClassSession } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

afterEach(() => {
  vi.useRealTimers()
})

const session = makeClassSession(bank, { count: 5, seed: 2024 })
const { questions } = session.quiz
const TOTAL = questions.length
const PATH = `/class/${session.joinCode}/project`

/** What the slide shows: its count line, its prompt, and the answer line once revealed. */
function slideOf(wrapper: VueWrapper) {
  const answer = wrapper.find('#slide-answer')
  return {
    count: wrapper.get('.count').text(),
    prompt: wrapper.get('#slide-prompt').text(),
    answer: answer.exists() ? answer.text().replace(/\s+/g, ' ') : null,
  }
}

function shown(index: number, revealed: boolean) {
  const q = questions[index]!
  return {
    count: `Question ${index + 1} of ${TOTAL}`,
    prompt: q.prompt,
    answer: revealed ? `The answer is ${optionLetter(q.answer)}: ${q.options[q.answer]}` : null,
  }
}

/**
 * A key pressed as a clicker or keyboard sends it: to the focused element, else the page's body,
 * and up to the window where the class screen listens.
 */
async function press(key: string, target: Element = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  await nextTick()
  return event
}

function countdownSelect(wrapper: VueWrapper) {
  const label = wrapper.findAll('label').find(l => l.text().startsWith('Countdown'))
  if (label === undefined)
    throw new Error('no Countdown label')
  return label.get('select')
}

describe('projectorView', () => {
  it('opens on the first question of the session’s quiz, its answer hidden', async () => {
    const { wrapper } = await mountApp(PATH)
    expect(slideOf(wrapper)).toEqual(shown(0, false))
    expect(screen.getByRole('heading', { name: questions[0]!.prompt })).toBeDefined()
    expect(wrapper.findAll('.options li').map(li => [li.get('.letter').text(), li.get('.text').text()])).toEqual(questions[0]!.options.map((o, i) => [optionLetter(i), o]))
    expect(wrapper.text()).not.toContain('✓ Answer')
  })

  it('steps with a clicker’s keys: forward reveals, then moves on; back undoes the same way', async () => {
    const { wrapper } = await mountApp(PATH)
    const first = await press('PageDown')
    expect(first.defaultPrevented).toBe(true)
    expect(slideOf(wrapper)).toEqual(shown(0, true))
    expect(wrapper.text()).toContain('✓ Answer')
    expect(screen.getByRole('status').textContent?.trim()).toBe(`Answer: ${questions[0]!.options[questions[0]!.answer]}.`)

    await press('PageDown')
    expect(slideOf(wrapper)).toEqual(shown(1, false))
    expect(screen.getByRole('status').textContent?.trim()).toBe(`Question 2 of ${TOTAL}.`)

    await press('ArrowLeft')
    expect(slideOf(wrapper)).toEqual(shown(0, true))
    await press('ArrowLeft')
    expect(slideOf(wrapper)).toEqual(shown(0, false))
  })

  it.each([
    ['End', shown(TOTAL - 1, false)],
    ['r', shown(0, true)],
    [' ', shown(0, true)],
    ['ArrowRight', shown(0, true)],
  ])('acts on %j pressed on the page', async (key, expected) => {
    const { wrapper } = await mountApp(PATH)
    await press(key)
    expect(slideOf(wrapper)).toEqual(expected)
  })

  it.each([
    ['a letter with no meaning here', { key: 'x' }],
    ['Ctrl with an arrow, which the browser keeps', { key: 'ArrowRight', ctrlKey: true }],
  ])('leaves alone %s', async (_, init) => {
    const { wrapper } = await mountApp(PATH)
    const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true })
    document.body.dispatchEvent(event)
    await nextTick()
    expect(event.defaultPrevented).toBe(false)
    expect(slideOf(wrapper)).toEqual(shown(0, false))
  })

  it('steps with its buttons', async () => {
    const { wrapper } = await mountApp(PATH)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '← Back' }).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the answer' }))
    await nextTick()
    expect(slideOf(wrapper)).toEqual(shown(0, true))
    expect(screen.queryByRole('button', { name: 'Reveal the answer' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Next question →' }))
    await nextTick()
    expect(slideOf(wrapper)).toEqual(shown(1, false))
    fireEvent.click(screen.getByRole('button', { name: '← Back' }))
    await nextTick()
    expect(slideOf(wrapper)).toEqual(shown(0, true))
  })

  it('goes no further than the last answer', async () => {
    const { wrapper } = await mountApp(PATH)
    await press('End')
    await press('PageDown')
    expect(slideOf(wrapper)).toEqual(shown(TOTAL - 1, true))
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next question →' }).disabled).toBe(true)
    await press('PageDown')
    expect(slideOf(wrapper)).toEqual(shown(TOTAL - 1, true))
  })

  it.each([
    [' ', 'Reveal the answer', false],
    ['Enter', 'Reveal the answer', false],
    [' ', 'Next question →', true],
    ['Enter', 'Next question →', true],
  ])('leaves %j on the focused button %j to the button, so one press is one step', async (key, name, revealFirst) => {
    const { wrapper } = await mountApp(PATH)
    if (revealFirst)
      await press('PageDown')
    const before = slideOf(wrapper)
    const button = screen.getByRole('button', { name })
    button.focus()
    const event = await press(key, button)
    expect(event.defaultPrevented).toBe(false)
    expect(slideOf(wrapper)).toEqual(before)
    // The browser then clicks the button: that alone makes the step.
    fireEvent.click(button)
    await nextTick()
    expect(slideOf(wrapper)).toEqual(revealFirst ? shown(1, false) : shown(0, true))
  })

  it('steps on a clicker key even while a button has focus', async () => {
    const { wrapper } = await mountApp(PATH)
    const button = screen.getByRole('button', { name: 'Reveal the answer' })
    await press('PageDown', button)
    expect(slideOf(wrapper)).toEqual(shown(0, true))
  })

  it('leaves the arrow keys to the countdown menu while it has focus', async () => {
    const { wrapper } = await mountApp(PATH)
    const event = await press('ArrowDown', countdownSelect(wrapper).element)
    expect(event.defaultPrevented).toBe(false)
    expect(slideOf(wrapper)).toEqual(shown(0, false))
  })

  it('counts down when asked, says when time is up, and leaves the reveal to the teacher', async () => {
    const { wrapper } = await mountApp(PATH)
    expect(wrapper.find('.clock').exists()).toBe(false)
    vi.useFakeTimers()
    await countdownSelect(wrapper).setValue('20')
    expect(wrapper.get('.clock').text()).toBe('20 s left')
    vi.advanceTimersByTime(5_000)
    await nextTick()
    expect(wrapper.get('.clock').text()).toBe('15 s left')
    vi.advanceTimersByTime(15_000)
    await nextTick()
    expect(wrapper.get('.clock').text()).toBe('Time is up')
    expect(screen.getByRole('status').textContent?.trim()).toBe('Time is up.')
    expect(slideOf(wrapper)).toEqual(shown(0, false))
    expect(screen.getByRole('button', { name: 'Reveal the answer' })).toBeDefined()
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(slideOf(wrapper)).toEqual(shown(0, false))
  })

  it('stops the clock on reveal and starts it afresh on the next question', async () => {
    const { wrapper } = await mountApp(PATH)
    vi.useFakeTimers()
    await countdownSelect(wrapper).setValue('20')
    vi.advanceTimersByTime(8_000)
    await press('PageDown')
    expect(wrapper.find('.clock').exists()).toBe(false)
    await press('PageDown')
    expect(wrapper.get('.clock').text()).toBe('20 s left')
    await countdownSelect(wrapper).setValue('0')
    expect(wrapper.find('.clock').exists()).toBe(false)
  })

  it.each([
    ['the session', PATH],
    ['why a code cannot be shown', '/class/ABCDE/project'],
  ])('puts focus on the class screen once it has loaded %s, so a clicker drives it', async (_, path) => {
    const { wrapper } = await mountApp(path)
    expect(document.activeElement).toBe(wrapper.get('.projector').element)
  })

  it('says why a join code cannot be shown', async () => {
    const { wrapper } = await mountApp('/class/ABCDE/project')
    expect(screen.getByRole('alert').textContent?.trim()).toBe('A join code has 10 characters; this one has 5.')
    expect(wrapper.find('#slide-prompt').exists()).toBe(false)
    const event = await press('PageDown')
    expect(event.defaultPrevented).toBe(false)
  })
})

describe('projectorView with the class’s results', () => {
  const [first] = questions
  const key = first!.answer
  const w1 = (key + 1) % first!.options.length
  const w2 = (key + 2) % first!.options.length
  /** Five students: on question 1 one chose the key and two each chose two wrong options. */
  const CLASS = ([[key, 5], [w1, 4], [w1, 3], [w2, 2], [w2, 1]] as const).map(([answer, right], i) =>
    session.resultCode(`Student ${i + 1}`, [answer, ...session.answers(right).slice(1)]))

  /** The teacher collected the results on this device before opening the class screen. */
  function collect(codes: string[]) {
    setActivePinia(createPinia())
    const classes = useClassesStore()
    classes.create(session.joinCode)
    const outcome = classes.collect(session.joinCode, session.spec, TOTAL, codes.join('\n'))
    expect(outcome.added).toHaveLength(codes.length)
  }

  it('shows, once the answer is revealed, how the class answered, the key and the tied mistakes marked', async () => {
    collect(CLASS)
    const { wrapper } = await mountApp(PATH)
    expect(screen.queryByRole('figure')).toBeNull()
    await press('PageDown')
    const figure = screen.getByRole('figure', { name: 'How the class answered' })
    const rows = within(figure).getAllByRole('listitem').map(li => li.textContent ?? '')
    expect(rows).toHaveLength(first!.options.length)
    expect(rows[key]).toContain('✓ Answer')
    expect(rows[key]).toContain('1 student, 20%')
    for (const w of [w1, w2]) {
      expect(rows[w]).toContain('▲ Most chosen wrong answer')
      expect(rows[w]).toContain('2 students, 40%')
    }
    expect(figure.textContent).toContain(`Most chosen instead: “${first!.options[Math.min(w1, w2)]}” and “${first!.options[Math.max(w1, w2)]}”, 2 students each.`)
    expect(wrapper.text()).not.toContain('No results are collected')
    // Each question in turn: forward to the next, reveal, and its chart.
    await press('PageDown')
    expect(screen.queryByRole('figure')).toBeNull()
    await press('PageDown')
    expect(screen.getByRole('figure', { name: 'How the class answered' })).toBeDefined()
  })

  it('says there is no chart when no results are collected for the session', async () => {
    collect([])
    const { wrapper } = await mountApp(PATH)
    await press('PageDown')
    expect(screen.queryByRole('figure')).toBeNull()
    expect(wrapper.text()).toContain('No results are collected for this session on this device, so there is no chart of the class’s answers.')
    expect(wrapper.text()).toContain('✓ Answer')
  })
})
