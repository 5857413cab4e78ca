import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { useSessionQuiz } from '~/composables/useSessionQuiz'
import { bankFingerprint, encodeSessionCode } from '~/quiz/classroom/join-code'
import { makeClassSession } from '../builders'

enableAutoUnmount(afterEach)

const session = makeClassSession(bank, { count: 5, seed: 777 })

async function mountSession(code: string) {
  // Load the bank's module now, so that flushPromises() sees the composable's import settle.
  await import('~/lazy/quiz-maker')
  let loaded: ReturnType<typeof useSessionQuiz> | undefined
  const wrapper = mount(defineComponent({
    setup() {
      const heading = ref<HTMLElement | null>(null)
      loaded = useSessionQuiz(() => code, heading)
      return () => h('h1', { ref: heading, tabindex: -1 }, 'Session')
    },
  }), { attachTo: document.body })
  await flushPromises()
  return { wrapper, ...loaded! }
}

describe('useSessionQuiz', () => {
  it('builds the session’s quiz from its join code, as every device does, then focuses the page', async () => {
    const { wrapper, quiz, spec, problem } = await mountSession(session.joinCode.toLowerCase())
    expect(quiz.value).toEqual(session.quiz)
    expect(spec.value).toEqual(session.spec)
    expect(problem.value).toBeNull()
    expect(document.activeElement).toBe(wrapper.get('h1').element)
  })

  it.each([
    ['a code too short', 'ABCDE', 'A join code has 10 characters; this one has 5.'],
    ['a code with a mistake', `${session.joinCode.slice(0, 9)}${session.joinCode.endsWith('0') ? '1' : '0'}`, 'That join code has a mistake in it: check each character.'],
    ['a code for other questions', encodeSessionCode({ ...session.spec, bank: (bankFingerprint(bank) + 1) % 1024 }), 'This device has a different version of the questions from the teacher’s: update the app (reload it while online), then join again.'],
  ])('says why it cannot build %s, and still focuses the page', async (_, code, reason) => {
    const { wrapper, quiz, spec, problem } = await mountSession(code)
    expect(problem.value).toBe(reason)
    expect(quiz.value).toBeNull()
    expect(spec.value).toBeNull()
    expect(document.activeElement).toBe(wrapper.get('h1').element)
  })
})
