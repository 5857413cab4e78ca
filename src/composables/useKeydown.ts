import { onBeforeUnmount, onMounted } from 'vue'

/** Listens for keys on the whole window while the calling component is mounted. */
export function useKeydown(handler: (event: KeyboardEvent) => void) {
  onMounted(() => window.addEventListener('keydown', handler))
  onBeforeUnmount(() => window.removeEventListener('keydown', handler))
}
