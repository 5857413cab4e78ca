import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A place in the app where the user can act on a notice. */
export interface NoticeLink {
  to: string
  label: string
}

export interface Notice {
  id: number
  text: string
  link: NoticeLink | null
}

/** Where the student exports their data, or restores what was kept aside. */
export const EXPORT_LINK: NoticeLink = { to: '/data', label: 'Go to Your data' }

/** Messages the app must tell the user about, such as saved data that could not be read. */
export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function add(text: string, link: NoticeLink | null = null) {
    if (!notices.value.some(n => n.text === text))
      notices.value.push({ id: nextId++, text, link })
  }

  function dismiss(id: number) {
    notices.value = notices.value.filter(n => n.id !== id)
  }

  function $reset() {
    notices.value = []
  }

  return { notices, add, dismiss, $reset }
})
