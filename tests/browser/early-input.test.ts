import { afterEach, describe, expect, it, vi } from 'vitest'
import { holdEarlyInput } from '~/browser/early-input'

/** The home as painted, and as the app renders it: the same controls, new elements. */
const PAGE = `
  <button disabled type="button">Quick quiz: 10 questions</button>
  <form>
    <input type="radio" name="count" value="5"><input type="radio" name="count" value="10" checked>
    <input type="radio" name="count" value="20">
    <input type="checkbox" name="timed">
    <button disabled type="submit">Start this quiz</button>
  </form>
  <a href="/join">Join</a>`

function paint(): HTMLElement {
  document.body.innerHTML = `<div id="app">${PAGE}</div>`
  return document.getElementById('app')!
}

/** Renders the page afresh as the app does, and records what the app is then asked to do. */
function mountApp(root: HTMLElement) {
  root.innerHTML = PAGE.replaceAll(' disabled', '')
  const done: string[] = []
  for (const button of root.querySelectorAll('button'))
    button.addEventListener('click', () => done.push(`${button.textContent} with ${chosen(root)}`))
  for (const input of root.querySelectorAll('input'))
    input.addEventListener('change', () => done.push(`change ${input.name}`))
  return done
}

function chosen(root: HTMLElement): string {
  const count = root.querySelector<HTMLInputElement>('[name=count]:checked')?.value
  const timed = root.querySelector<HTMLInputElement>('[name=timed]')!.checked
  return `${count}${timed ? ', timed' : ''}`
}

const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find(b => b.textContent === name)!
const radio = (root: HTMLElement, value: string) => root.querySelector<HTMLInputElement>(`[name=count][value="${value}"]`)!

afterEach(() => {
  document.body.innerHTML = ''
})

describe('holdEarlyInput', () => {
  it('enables the painted buttons at once', () => {
    const root = paint()
    holdEarlyInput(root)
    expect([...root.querySelectorAll('button')].map(b => b.disabled)).toEqual([false, false])
  })

  it('a press before the app is up does nothing yet, then is done once, in the app', () => {
    const root = paint()
    const replay = holdEarlyInput(root)
    const submitted = vi.fn((e: Event) => e.preventDefault())
    root.querySelector('form')!.addEventListener('submit', submitted)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    button(root, 'Quick quiz: 10 questions').dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(button(root, 'Quick quiz: 10 questions').getAttribute('aria-busy')).toBe('true')
    const done = mountApp(root)
    replay()
    expect(done).toEqual(['Quick quiz: 10 questions with 10'])
    expect(submitted).not.toHaveBeenCalled()
  })

  it('the options chosen early are chosen in the app before its button is pressed, and focus comes back', () => {
    const root = paint()
    const replay = holdEarlyInput(root)
    for (const value of ['20', '5']) {
      radio(root, value).checked = true
      radio(root, value).dispatchEvent(new Event('change', { bubbles: true }))
    }
    const timed = root.querySelector<HTMLInputElement>('[name=timed]')!
    timed.checked = true
    timed.dispatchEvent(new Event('change', { bubbles: true }))
    button(root, 'Start this quiz').focus()
    button(root, 'Start this quiz').click()
    const done = mountApp(root)
    replay()
    expect(done).toEqual(['change count', 'change timed', 'Start this quiz with 5, timed'])
    expect(document.activeElement).toBe(button(root, 'Start this quiz'))
  })

  it('a form submitted early (Enter in it) presses its submit button in the app', () => {
    const root = paint()
    const replay = holdEarlyInput(root)
    const submit = new Event('submit', { bubbles: true, cancelable: true })
    root.querySelector('form')!.dispatchEvent(submit)
    expect(submit.defaultPrevented).toBe(true)
    const done = mountApp(root)
    replay()
    expect(done).toEqual(['Start this quiz with 10'])
  })

  it('nothing pressed, nothing done; a choice already as the app has it is not made again', () => {
    const root = paint()
    const replay = holdEarlyInput(root)
    radio(root, '10').dispatchEvent(new Event('change', { bubbles: true }))
    const done = mountApp(root)
    replay()
    expect(done).toEqual([])
  })

  it('a button the app does not show is not pressed, and the app\'s own clicks pass once held input is replayed', () => {
    const root = paint()
    const replay = holdEarlyInput(root)
    button(root, 'Quick quiz: 10 questions').click()
    const done = mountApp(root)
    button(root, 'Quick quiz: 10 questions').remove()
    replay()
    expect(done).toEqual([])
    button(root, 'Start this quiz').click()
    expect(done).toEqual(['Start this quiz with 10'])
  })

  it('does nothing without a painted page', () => {
    expect(() => holdEarlyInput(null)()).not.toThrow()
  })
})
