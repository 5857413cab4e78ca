import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { routes } from '~/router'
import { useHistoryStore } from '~/stores/history'
import { useQuizStore } from '~/stores/quiz'

/** The app's routes in a bare shell, so a test sees each page as the router shows it. */
const Shell = defineComponent({ name: 'Shell', render: () => h(RouterView) })

type LazyView = () => Promise<{ default: Component }>

/**
 * The app's routes with their lazy views loaded up front: a navigation started by a click
 * then settles within `flushPromises()` instead of waiting on a module load.
 */
async function loadedRoutes(): Promise<RouteRecordRaw[]> {
  return Promise.all(routes.map(async route => ({
    ...route,
    component: typeof route.component === 'function' ? (await (route.component as LazyView)()).default : route.component,
  }))) as Promise<RouteRecordRaw[]>
}

/**
 * Mounts the app at `path` with real stores that read whatever the test put in localStorage, in
 * the document, as a browser has it: role queries find names given by `aria-labelledby` there.
 */
export async function mountApp(path: string) {
  // The bank and generator load on demand when a quiz starts; load them now, as for the views.
  await import('~/lazy/quiz-maker')
  const pinia = createPinia()
  const router = createRouter({ history: createMemoryHistory(), routes: await loadedRoutes() })
  await router.push(path)
  const wrapper = mount(Shell, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await flushPromises()
  return {
    wrapper,
    router,
    quiz: useQuizStore(pinia),
    history: useHistoryStore(pinia),
    path: () => router.currentRoute.value.fullPath,
  }
}
