import type { StartOptions } from '~/stores/quiz'
import { computed, ref } from 'vue'
import { useRouter } from 'vue-router'
import { startWarning } from '~/quiz/practice/in-progress'
import { useQuizStore } from '~/stores/quiz'

/**
 * Starting a quiz from a page: straight away, or, when another quiz is unfinished, only once
 * the student confirms (`pending` holds the request meanwhile).
 */
export function useStartQuiz() {
  const quiz = useQuizStore()
  const router = useRouter()
  const pending = ref<StartOptions | null>(null)

  async function start(options: StartOptions) {
    pending.value = null
    if (await quiz.start(options))
      await router.push({ name: 'quiz' })
  }

  function request(options: StartOptions) {
    if (quiz.hasCurrent)
      pending.value = options
    else
      return start(options)
  }

  function confirm() {
    if (pending.value !== null)
      return start(pending.value)
  }

  function cancel() {
    pending.value = null
  }

  /** What the student is asked before a new quiz replaces the one held. */
  const warning = computed(() => (quiz.current === null ? '' : startWarning(quiz.current, quiz.own)))

  return { pending, warning, request, confirm, cancel }
}
