import type { SessionSpec } from '~/quiz/classroom/join-code'
import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { groupCode } from '~/quiz/classroom/bits'
import { bankFingerprint, encodeSessionCode } from '~/quiz/classroom/join-code'
import { decodeResultCode } from '~/quiz/classroom/result-code'
import { breakStorage } from '../stores/broken-storage'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

function spec(over: Partial<SessionSpec> = {}): SessionSpec {
  return { topicIndex: 1, count: 5, difficulty: 'normal', feedback: false, seed: 99, bank: bankFingerprint(bank), ...over }
}

async function fill(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], code: string, name: string) {
  await wrapper.get('#join-code').setValue(code)
  await wrapper.get('#join-name').setValue(name)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('joinView', () => {
  it('joins with a code and a name, and plays the teacher’s quiz without feedback when so set', async () => {
    const { wrapper, quiz, path } = await mountApp('/join')
    await fill(wrapper, groupCode(encodeSessionCode(spec())).toLowerCase(), '  Amal ')
    expect(path()).toBe('/quiz')
    expect(quiz.current?.session).toEqual({ code: encodeSessionCode(spec()), name: 'Amal', feedback: false })
    expect(quiz.current?.quiz.questions).toHaveLength(5)
    fireEvent.click(screen.getByRole('button', { name: quiz.question!.options[0]! }))
    await nextTick()
    expect(wrapper.text()).toContain('Answer saved.')
    expect(screen.queryByRole('region', { name: /Correct|Wrong/ })).toBeNull()
    expect(wrapper.text()).not.toContain('✓')
  })

  it('never says "Answer saved." when the device refused to save it', async () => {
    const { wrapper, quiz } = await mountApp('/join')
    await fill(wrapper, encodeSessionCode(spec()), 'Amal')
    breakStorage('setItem')
    fireEvent.click(screen.getByRole('button', { name: quiz.question!.options[0]! }))
    await nextTick()
    expect(quiz.saved).toBe(false)
    expect(wrapper.text()).not.toContain('Answer saved.')
    expect(wrapper.text()).toContain('Answer kept on this screen only: it could not be saved on this device.')
    expect(screen.getByRole('status').textContent?.trim()).toMatch(/^Answer kept on this screen only/)
  })

  it('opens with the code from a join link', async () => {
    const code = encodeSessionCode(spec())
    const { wrapper } = await mountApp(`/join/${code}`)
    expect((wrapper.get('#join-code').element as HTMLInputElement).value).toBe(code)
  })

  it.each([
    ['ABCDE-FGHJ', 'has 10 characters; this one has 9'],
    [encodeSessionCode(spec()).replace(/^./, c => (c === 'A' ? 'B' : 'A')), 'has a mistake in it'],
    [encodeSessionCode(spec({ bank: (bankFingerprint(bank) + 1) % 1024 })), 'different version of the questions'],
  ])('refuses the code %j, saying why, and starts nothing', async (code, reason) => {
    const { wrapper, quiz, path } = await mountApp('/join')
    await fill(wrapper, code, 'Bo')
    expect(path()).toBe('/join')
    expect(screen.getByRole('alert').textContent).toContain(reason)
    expect(wrapper.get('#join-code').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#join-code').attributes('aria-describedby')).toBe('join-error')
    expect(wrapper.get('#join-name').attributes('aria-invalid')).toBe('false')
    expect(wrapper.get('#join-name').attributes('aria-describedby')).toBeUndefined()
    expect(quiz.hasCurrent).toBe(false)
  })

  it('refuses a name a result code cannot carry whole, before joining, and says how long it is', async () => {
    const { wrapper, quiz } = await mountApp('/join')
    await fill(wrapper, encodeSessionCode(spec()), 'Παπαδόπουλος-Ζαχαρίου Ευαγγελία Αικατερίνη')
    expect(screen.getByRole('alert').textContent).toContain('Your name has 42 characters, and a result code carries at most 40')
    expect(wrapper.get('#join-name').attributes('aria-invalid')).toBe('true')
    expect(quiz.hasCurrent).toBe(false)
  })

  it('asks for a name', async () => {
    const { wrapper, quiz } = await mountApp('/join')
    await fill(wrapper, encodeSessionCode(spec()), ' ')
    expect(screen.getByRole('alert').textContent).toContain('Enter your name')
    expect(wrapper.get('#join-name').attributes()).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'join-error' })
    expect(wrapper.get('#join-code').attributes('aria-invalid')).toBe('false')
    expect(wrapper.get('#join-code').attributes('aria-describedby')).toBeUndefined()
    expect(quiz.hasCurrent).toBe(false)
  })

  it('ends with a result code carrying the name and every answer', async () => {
    const { wrapper, quiz } = await mountApp('/join')
    await fill(wrapper, encodeSessionCode(spec({ feedback: true })), 'Cy')
    const answers: number[] = []
    for (let i = 0; i < 5; i++) {
      answers.push(quiz.question!.answer)
      quiz.answer(quiz.question!.answer)
      if (i < 4)
        quiz.next()
    }
    await flushPromises()
    fireEvent.click(screen.getByRole('button', { name: 'See results' }))
    await flushPromises()
    const region = screen.getByRole('region', { name: 'Hand in your result' })
    const code = region.querySelector('.code')?.textContent ?? ''
    const decoded = decodeResultCode(code)
    expect(decoded.ok && decoded.value).toEqual({ session: spec({ feedback: true }), name: 'Cy', answers })
  })
})
