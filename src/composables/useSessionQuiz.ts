import type { MaybeRefOrGetter, Ref } from 'vue'
import type { SessionSpec } from '~/quiz/classroom/join-code'
import type { Quiz } from '~/quiz/types'
import { onMounted, ref, toValue } from 'vue'
import { decodeSessionCode } from '~/quiz/classroom/join-code'

/**
 * A class session's quiz, built on this device from the join code once the page is shown, or
 * the reason it cannot be (`problem`). Then focus goes to `focusTarget`, so the quiz or the
 * reason is read from the top.
 */
export function useSessionQuiz(code: MaybeRefOrGetter<string>, focusTarget: Ref<HTMLElement | null>) {
  const quiz = ref<Quiz | null>(null)
  const spec = ref<SessionSpec | null>(null)
  const problem = ref<string | null>(null)

  onMounted(async () => {
    const decoded = decodeSessionCode(toValue(code))
    if (!decoded.ok) {
      problem.value = decoded.reason
    }
    else {
      // The bank and the generator load only for a code that can be used.
      const { makeSessionQuiz } = await import('~/lazy/quiz-maker')
      const made = makeSessionQuiz(toValue(code))
      if (made.ok) {
        quiz.value = made.value.quiz
        spec.value = made.value.spec
      }
      else {
        problem.value = made.reason
      }
    }
    focusTarget.value?.focus()
  })

  return { quiz, spec, problem }
}
