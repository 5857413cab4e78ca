import type { DOMWrapper } from '@vue/test-utils'

/**
 * Finds elements the way a screen reader user does: by role and accessible name.
 * Only the roles Quorum renders; implicit roles come from the tag.
 */
const ROLE_SELECTORS = {
  alert: '[role="alert"]',
  button: 'button, [role="button"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  img: 'img, [role="img"]',
  link: 'a[href]',
  list: 'ul, ol, [role="list"]',
  listitem: 'li, [role="listitem"]',
  progressbar: 'progress, [role="progressbar"]',
  radio: 'input[type="radio"]',
  group: 'fieldset, [role="group"]',
  region: 'section[aria-labelledby], section[aria-label], [role="region"]',
  status: '[role="status"]',
} as const

export type Role = keyof typeof ROLE_SELECTORS

interface Searchable {
  findAll: (selector: string) => DOMWrapper<Element>[]
}

function textOf(element: Element | null): string {
  if (element === null)
    return ''
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach(node => node.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Mounted trees are not in the document, so ids are looked up from the top of the tree. */
function byId(from: Element, id: string): Element | null {
  let top: Node = from
  while (top.parentNode !== null)
    top = top.parentNode
  if (top instanceof Element && top.id === id)
    return top
  return (top as ParentNode).querySelector(`[id="${id}"]`)
}

export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')
  if (label !== null)
    return label.trim()
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy !== null)
    return labelledBy.split(/\s+/).map(id => textOf(byId(element, id))).join(' ')
  // A form control is named by the label around it; a fieldset by its legend.
  if (element.tagName === 'INPUT')
    return textOf(element.closest('label'))
  if (element.tagName === 'FIELDSET')
    return textOf(element.querySelector('legend'))
  return textOf(element)
}

function matches(name: string, wanted: string | RegExp | undefined): boolean {
  if (wanted === undefined)
    return true
  return typeof wanted === 'string' ? name === wanted : wanted.test(name)
}

export function queryAllByRole(root: Searchable, role: Role, name?: string | RegExp): DOMWrapper<Element>[] {
  return root.findAll(ROLE_SELECTORS[role]).filter(w => matches(accessibleName(w.element), name))
}

/** The one element with this role and name; throws, listing what is there, when not exactly one. */
export function getByRole(root: Searchable, role: Role, name?: string | RegExp): DOMWrapper<Element> {
  const found = queryAllByRole(root, role, name)
  const only = found[0]
  if (found.length !== 1 || only === undefined) {
    const present = root.findAll(ROLE_SELECTORS[role]).map(w => JSON.stringify(accessibleName(w.element)))
    throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}; ${role}s present: ${present.join(', ') || 'none'}`)
  }
  return only
}

export function namesOf(root: Searchable, role: Role): string[] {
  return queryAllByRole(root, role).map(w => accessibleName(w.element))
}
