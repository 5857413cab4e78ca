/**
 * One small driver for the cross-engine suite: each test is written once against `EnginePage`
 * and runs in Chromium (playwright-core), Firefox (WebDriver BiDi, puppeteer-core) and WebKit
 * (WebKitWebDriver, WebDriver classic). Only what all three can do is here; elements are found
 * in the page by role and accessible name (see `findElement`), the same way in every engine.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit'

export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit']

/** A text to match: exactly (after collapsing white space), or by a regular expression. */
export type TextMatch = string | RegExp

export type Role = 'button' | 'link' | 'heading' | 'textbox' | 'radio' | 'img' | 'status' | 'alert' | 'region' | 'navigation' | 'progressbar'

/** What to find: by role and accessible name, by visible text, or (last resort) by CSS selector. */
export type Target
  = | { role: Role, name?: TextMatch, level?: number, nth?: number }
    | { text: TextMatch, nth?: number }
    | { css: string, nth?: number }

export interface PageOptions {
  width?: number
  height?: number
  /** Another browser's user agent string, for the app's checks of the platform. */
  userAgent?: string
}

export interface EnginePage {
  readonly engine: EngineName
  goto: (url: string) => Promise<void>
  reload: () => Promise<void>
  back: () => Promise<void>
  url: () => Promise<string>
  /** Runs `fn` in the page with JSON arguments; a returned promise is awaited there. */
  evaluate: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) => Promise<Awaited<R>>
  /** Runs a script's source in the page, as the engine's protocol does: the page's CSP does not apply. */
  run: (source: string) => Promise<void>
  /** Waits until the target is shown, then clicks it as a user would (the engine's own input). */
  click: (target: Target) => Promise<void>
  /** Replaces the text of a field with `text`, typed key by key. */
  fill: (target: Target, text: string) => Promise<void>
  /** One key, by its `KeyboardEvent.key` name: 'Enter', 'Tab', 'PageDown', 'a', '1'… */
  press: (key: string) => Promise<void>
  /** Waits until the target is shown; fails after `timeout` ms. */
  waitFor: (target: Target, timeout?: number) => Promise<void>
  isShown: (target: Target) => Promise<boolean>
  screenshot: () => Promise<Uint8Array>
  /** Console errors and uncaught exceptions seen so far, as the engine reported them. */
  consoleErrors: () => string[]
  close: () => Promise<void>
}

export interface EngineOptions {
  colorScheme?: 'light' | 'dark'
}

export interface Engine {
  readonly name: EngineName
  readonly version: string
  /** A page in a fresh profile: its own storage, service workers and cache. */
  newPage: (options?: PageOptions) => Promise<EnginePage>
  close: () => Promise<void>
}

/** A Target as it crosses into the page: regular expressions as source and flags. */
export type WireTarget
  = | { role: Role, name?: WireText, level?: number, nth?: number }
    | { text: WireText, nth?: number }
    | { css: string, nth?: number }
type WireText = string | { source: string, flags: string }

function wireText(text: TextMatch): WireText {
  return typeof text === 'string' ? text : { source: text.source, flags: text.flags }
}

export function toWire(target: Target): WireTarget {
  if ('role' in target)
    return { ...target, name: target.name === undefined ? undefined : wireText(target.name) }
  if ('text' in target)
    return { ...target, text: wireText(target.text) }
  return target
}

export function describeTarget(target: Target): string {
  if ('role' in target)
    return `${target.role}${target.name === undefined ? '' : ` "${String(target.name)}"`}`
  if ('text' in target)
    return `text "${String(target.text)}"`
  return `css ${target.css}`
}

/**
 * Runs in the page (every engine serialises it): the shown element matching `target`, or null.
 * Accessible names are approximated as a user reads them: aria-label, aria-labelledby, a
 * field's label, or the element's text.
 */
export function findElement(target: WireTarget, enabled = false): Element | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
  const matches = (value: string, wanted: WireText | undefined) => wanted === undefined
    || (typeof wanted === 'string' ? value === wanted : new RegExp(wanted.source, wanted.flags).test(value))
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label')
    if (label)
      return norm(label)
    const by = el.getAttribute('aria-labelledby')
    if (by)
      return norm(by.split(/\s+/).map(id => document.getElementById(id)?.textContent).join(' '))
    const labels = (el as HTMLInputElement).labels
    if (labels && labels.length > 0)
      return norm(labels[0]!.textContent)
    if (el instanceof HTMLImageElement)
      return norm(el.alt)
    return norm(el.textContent)
  }
  const roles: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    img: 'img, svg[role="img"], [role="img"]',
    status: '[role="status"], output',
    alert: '[role="alert"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    navigation: 'nav, [role="navigation"]',
    progressbar: 'progress, [role="progressbar"]',
  }
  let found: Element[]
  if ('role' in target) {
    found = [...document.querySelectorAll(roles[target.role] ?? target.role)]
      .filter(el => shown(el) && matches(nameOf(el), target.name))
    if (target.level !== undefined)
      found = found.filter(el => el.tagName === `H${target.level}` || el.getAttribute('aria-level') === String(target.level))
  }
  else if ('text' in target) {
    // The innermost elements whose own text matches, as a user would point at them.
    found = [...document.body.querySelectorAll('*')]
      .filter(el => shown(el) && matches(norm(el.textContent), target.text))
    found = found.filter(el => !found.some(other => other !== el && el.contains(other)))
  }
  else {
    found = [...document.querySelectorAll(target.css)].filter(shown)
  }
  const element = found[target.nth ?? 0] ?? null
  // What a user can act on: a disabled control (the painted home's, before the app mounts) is not.
  return enabled && element !== null && (element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true') ? null : element
}

/** What an engine throws when it is asked about a page that is just being replaced by a navigation. */
const NAVIGATING = /Execution context was destroyed|Cannot find context with specified id|navigated or closed/

/** A page reloading under a check (an update, a deep link) is not there yet: the check is asked again. */
function notYetIfNavigating(error: unknown): false {
  if (error instanceof Error && NAVIGATING.test(error.message))
    return false
  throw error
}

/** Polls `check` until it returns true; fails with `what` after `timeout` ms. */
export async function poll(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout
  for (;;) {
    if (await check().catch(notYetIfNavigating))
      return
    if (Date.now() > end)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

/**
 * The expression that calls `fn` with `args` in the page. A transpiler that keeps function names
 * (tsx does) wraps inner functions in `__name(…)`, which the page lacks: it is defined here.
 */
// eslint-disable-next-line ts/no-unsafe-function-type
export function callExpression(fn: Function, args: unknown[]): string {
  return `(() => { const __name = f => f; return (${fn})(...${JSON.stringify(args)}) })()`
}

/**
 * Finds the target, enabled, and acts on it; tries again while the page replaces the element
 * under the driver (a screen re-rendering), until `timeout`.
 */
export async function actOn<E>(find: () => Promise<E | null>, act: (element: E) => Promise<void>, what: string, timeout = 15_000): Promise<void> {
  let last: unknown = null
  await poll(async () => {
    const element = await find()
    if (element === null)
      return false
    try {
      await act(element)
      return true
    }
    catch (e) {
      if (!/detached|stale|not attached|no such element|intercepted|not interactable|not clickable/i.test(String(e)))
        throw e
      last = e
      return false
    }
  }, last === null ? what : `${what} (last: ${String(last)})`, timeout)
}
