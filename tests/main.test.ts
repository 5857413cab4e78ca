import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '~/main'
import { disableButtons, renderPage } from '~/prerender'
import { router } from '~/router'

vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => {} }))

describe('disableButtons: the pre-rendered home\'s buttons wait for the app', () => {
  it.each([
    ['<button type="button">Go</button>', '<button disabled type="button">Go</button>'],
    ['<button>Go</button>', '<button disabled>Go</button>'],
    ['<button disabled type="button">Go</button>', '<button disabled type="button">Go</button>'],
    ['<button type="button" disabled>Go</button>', '<button type="button" disabled>Go</button>'],
    ['<button data-disabled-note="x" aria-label="disabled">Go</button>', '<button disabled data-disabled-note="x" aria-label="disabled">Go</button>'],
    ['<buttonish>no</buttonish>', '<buttonish>no</buttonish>'],
    ['<a href="/join">Join</a>', '<a href="/join">Join</a>'],
  ])('%s → %s', (html, disabled) => {
    expect(disableButtons(html)).toBe(disabled)
  })
})

describe('startApp over the pre-rendered home', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('renders the home afresh in place of the painted one, every button enabled, and it works', async () => {
    const painted = await renderPage('/')
    document.body.innerHTML = `<div id="app">${painted}</div>`
    const heading = document.querySelector('h1')
    const paintedText = document.getElementById('app')!.textContent
    expect(document.querySelectorAll('button:not([disabled])')).toHaveLength(0)
    await router.replace('/')
    await startApp()
    await flushPromises()
    expect(document.querySelector('h1')).not.toBe(heading)
    expect(document.querySelector('h1')!.textContent).toBe('How does the UN vote?')
    expect(document.querySelectorAll('button[disabled]')).toHaveLength(0)
    // The screen a visitor with nothing saved saw painted, now live.
    expect(document.getElementById('app')!.textContent).toBe(paintedText)
    const start = [...document.querySelectorAll('button')].find(b => b.textContent?.trim() === 'Start this quiz')!
    start.click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('quiz'), { timeout: 10_000 })
  })
})
