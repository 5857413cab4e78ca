/**
 * Marks the buttons that index.html shows disabled until the app takes over: written by the
 * pre-render (src/build/prerender.ts), removed by the app as it adopts the page (src/hydration.ts).
 */
export const WAITING_ATTRIBUTE = 'data-waiting'

/** Marks a part of the page that the app adopts a moment after the rest (src/hydration.ts). */
export const LATER_ATTRIBUTE = 'data-later'

/**
 * The pre-rendered markup with every enabled button disabled and marked as waiting for the app
 * (Vue escapes `>` in attribute values, so a tag ends at the first `>`). A button the screen
 * itself disables is left alone: the app must not enable it.
 */
export function markWaiting(html: string): string {
  return html.replace(/<button\b([^>]*)>/g, (tag, attributes: string) =>
    (/\sdisabled(?=[\s=>/]|$)/.test(attributes) ? tag : `<button disabled ${WAITING_ATTRIBUTE}${attributes}>`))
}
