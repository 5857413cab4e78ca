import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'

/** Mounts the app over the page (src/boot.ts calls this once the page has painted). */
export function startApp(): void {
  createApp(App).use(createPinia()).use(router).mount('#app')
}
