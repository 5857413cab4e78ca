import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import { LATER_ATTRIBUTE, WAITING_ATTRIBUTE } from './waiting'

/**
 * Whether the page holds the pre-rendered home and it is exactly what this visitor's app would
 * render: the home path and nothing saved yet (the pre-render is a first visit's home). Vue then
 * adopts the painted nodes (hydration) instead of re-creating them. Anyone else gets a fresh
 * mount, because in production hydration keeps the painted attributes and classes as they are.
 */
export function canAdopt(root: Element, path: string, base: string, storage: () => Storage): boolean {
  if (root.firstElementChild === null || path !== base)
    return false
  try {
    const saved = storage()
    for (let i = 0; i < saved.length; i++) {
      if (saved.key(i)?.startsWith('quorum:'))
        return false
    }
    return true
  }
  catch {
    return false
  }
}

/**
 * Enables the buttons the pre-render disabled under `root`. With `skipLater`, those in a part
 * adopted later keep waiting: that part enables its own just before Vue adopts it.
 */
export function enableWaiting(root: Element, skipLater = false): void {
  const waiting = [...(root.matches(`[${WAITING_ATTRIBUTE}]`) ? [root] : []), ...root.querySelectorAll(`[${WAITING_ATTRIBUTE}]`)]
  for (const element of waiting) {
    if (skipLater && element.closest(`[${LATER_ATTRIBUTE}]`) !== null)
      continue
    element.removeAttribute('disabled')
    element.removeAttribute(WAITING_ATTRIBUTE)
  }
}

/** Marked (User Timing) once the app has mounted and adopted every part it left for later. */
export const READY_MARK = 'quorum:ready'

/** Parts still to adopt, and whether the app has mounted. */
let pending = 0
let mounted = false

function settle(): void {
  if (mounted && pending === 0 && performance.getEntriesByName(READY_MARK).length === 0)
    performance.mark(READY_MARK)
}

/** Called once the app has mounted: READY_MARK follows when nothing is left to adopt. */
export function appMounted(): void {
  mounted = true
  settle()
}

/**
 * Adopts a component when the browser is next idle, in a task of its own. Its buttons are
 * enabled in the same task, just before, so no tap can reach a button whose handler is missing.
 */
const whenIdle: HydrationStrategy = (hydrate, forEachElement) => {
  pending++
  let waiting = true
  const finish = () => {
    if (waiting) {
      waiting = false
      pending--
      settle()
    }
  }
  const run = () => {
    forEachElement(element => enableWaiting(element))
    hydrate()
    // Vue adopts the part in this task's microtasks: done by the next task.
    window.setTimeout(finish, 0)
  }
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 500 })
    return () => {
      window.cancelIdleCallback(id)
      finish()
    }
  }
  const id = window.setTimeout(run, 0)
  return () => {
    window.clearTimeout(id)
    finish()
  }
}

/**
 * `component`, adopted from the pre-rendered page after the rest of the screen (see above), so
 * that taking over the page is several short tasks instead of one long one. When the app mounts
 * from scratch it renders at once like any component. Its root element carries LATER_ATTRIBUTE.
 */
export function adoptLater<T extends Component>(component: T, name: string): T {
  const lazy = defineAsyncComponent({ loader: async () => component, hydrate: whenIdle })
  return defineComponent({
    name,
    inheritAttrs: false,
    setup: (_props, { attrs, slots }) => () => h(lazy, { ...attrs, [LATER_ATTRIBUTE]: '' }, slots),
  }) as unknown as T
}
