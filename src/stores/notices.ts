import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Notice {
  id: number
  text: string
}

/** Messages the app must tell the user about, such as saved data that could not be read. */
export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function add(text: string) {
    if (!notices.value.some(n => n.text === text))
      notices.value.push({ id: nextId++, text })
  }

  function dismiss(id: number) {
    notices.value = notices.value.filter(n => n.id !== id)
  }

  function $reset() {
    notices.value = []
  }

  return { notices, add, dismiss, $reset }
})
