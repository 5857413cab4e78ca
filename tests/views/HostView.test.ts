import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { decodeSessionCode } from '~/quiz/classroom/join-code'
import { buildSessionQuiz } from '~/quiz/classroom/session'
import { useQuizStore } from '~/stores/quiz'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('hostView', () => {
  it('creates a session whose join code gives every student the same quiz', async () => {
    const { wrapper } = await mountApp('/host')
    fireEvent.click(screen.getByRole('radio', { name: 'People and their words' }))
    await nextTick()
    fireEvent.click(screen.getByRole('radio', { name: '5 questions' }))
    await nextTick()
    await wrapper.get('input[type="checkbox"]').setValue(false)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const heading = screen.getByRole('heading', { name: /^Join code: / }).textContent?.trim() ?? ''
    const code = heading.replace('Join code: ', '')
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    expect(wrapper.text()).toContain(`/join/${code.replace('-', '')}`)
    const decoded = decodeSessionCode(code)
    expect(decoded.ok && decoded.value).toMatchObject({ topicIndex: 3, count: 5, difficulty: 'normal', feedback: false })

    // Two students' devices: each builds the quiz from the code alone.
    const quizzes = []
    for (const name of ['Amal', 'Bo']) {
      setActivePinia(createPinia())
      localStorage.clear()
      const store = useQuizStore()
      expect(await store.join(code, name)).toBeNull()
      quizzes.push(store.current!.quiz)
    }
    expect(quizzes[0]).toEqual(quizzes[1])
    expect(quizzes[0]!.questions.every(q => q.topic === 'people')).toBe(true)
    expect(decoded.ok && buildSessionQuiz(bank, decoded.value)).toEqual({ ok: true, value: quizzes[0] })
  })

  it('offers no timed challenge for a class session', async () => {
    const { wrapper } = await mountApp('/host')
    expect(wrapper.text()).not.toContain('Timed challenge')
    expect(screen.getByRole('button', { name: 'Create the session' })).toBeDefined()
  })
})
