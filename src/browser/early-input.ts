/**
 * The pre-rendered home's controls, usable before the app has mounted. index.html arrives with
 * its buttons disabled, so that a page without JavaScript has nothing to tap in vain; the boot
 * script, a few kilobytes, enables them as soon as it runs and holds what the student does until
 * the app has rendered the page afresh: the options chosen, where the focus is, and the button
 * pressed. Then it makes the same choices on the app's controls, puts the focus back and presses
 * the button, so that nothing done early is lost or done twice.
 */

/** Names a control the same way in the painted page and in the app's: by what it shows. */
function keyOf(element: Element | null): string | null {
  if (element instanceof HTMLButtonElement)
    return `button ${element.textContent?.trim() ?? ''}`
  if (element instanceof HTMLInputElement)
    return `input ${element.type} ${element.name} ${element.value}`
  if (element instanceof HTMLAnchorElement)
    return `a ${element.getAttribute('href') ?? ''}`
  return null
}

function find(root: ParentNode, key: string | null): HTMLElement | null {
  if (key === null)
    return null
  return [...root.querySelectorAll<HTMLElement>('button, input, a[href]')].find(e => keyOf(e) === key) ?? null
}

/**
 * Enables the painted buttons under `root` and holds input until the returned function is
 * called, once the app has mounted in `root`; that function replays what was held.
 */
export function holdEarlyInput(root: HTMLElement | null): () => void {
  if (root === null)
    return () => {}
  /** Radio and checkbox inputs as the student left them, by key. */
  const choices = new Map<string, boolean>()
  let focused: string | null = null
  let pressed: string | null = null

  const press = (button: Element | null) => {
    pressed = keyOf(button)
    button?.setAttribute('aria-busy', 'true')
  }
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest('button')
    if (button !== null) {
      event.preventDefault()
      press(button)
    }
  }
  const onSubmit = (event: Event) => {
    event.preventDefault()
    press((event as SubmitEvent).submitter ?? (event.target as HTMLFormElement).querySelector('[type=submit]'))
  }
  const onChange = (event: Event) => {
    const input = event.target
    if (!(input instanceof HTMLInputElement) || (input.type !== 'radio' && input.type !== 'checkbox'))
      return
    if (input.type === 'radio') {
      for (const key of choices.keys()) {
        if (key.startsWith(`input radio ${input.name} `))
          choices.delete(key)
      }
    }
    choices.set(keyOf(input)!, input.checked)
  }
  const onFocus = (event: Event) => {
    focused = keyOf(event.target as Element)
  }
  const listeners = [['click', onClick], ['submit', onSubmit], ['change', onChange], ['focusin', onFocus]] as const
  for (const [type, listener] of listeners)
    root.addEventListener(type, listener, true)
  for (const button of root.querySelectorAll('button'))
    button.disabled = false

  return () => {
    for (const [type, listener] of listeners)
      root.removeEventListener(type, listener, true)
    for (const [key, checked] of choices) {
      const input = find(root, key)
      if (input instanceof HTMLInputElement && input.checked !== checked)
        input.click()
    }
    find(root, focused)?.focus()
    find(root, pressed)?.click()
  }
}
