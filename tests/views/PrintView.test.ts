import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount } from '@vue/test-utils'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { groupCode } from '~/quiz/classroom/bits'
import { makeClassSession } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

afterEach(() => {
  vi.unstubAllGlobals()
})

const session = makeClassSession(bank, { difficulty: 'hard', count: 10, seed: 31337 })
const { questions } = session.quiz
const SHEET = `Quorum class quiz ${groupCode(session.joinCode)}`
const KEY = `Answer key: ${SHEET}`

const LETTERS = ['A', 'B', 'C', 'D']
const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('printView', () => {
  it('prints a student sheet with every question, its options lettered, and a line for the name', async () => {
    await mountApp(`/class/${session.joinCode}/print`)
    const sheet = screen.getByRole('region', { name: SHEET })
    expect(clean(sheet.querySelector('.name-line')?.textContent ?? '')).toBe('Name:')
    const items = [...sheet.querySelectorAll('ol.questions > li')]
    expect(items).toHaveLength(questions.length)
    questions.forEach((q, n) => {
      const item = items[n]!
      expect(clean(item.querySelector('.prompt')?.textContent ?? '')).toBe(q.prompt)
      expect([...item.querySelectorAll('.options li')].map(li => clean(li.textContent ?? ''))).toEqual(q.options.map((o, i) => `${LETTERS[i]} ${o}`))
      // Nothing on the sheet gives the answer away.
      expect(item.textContent).not.toContain(q.explanation)
    })
    expect(questions.some(q => q.options.length === 4)).toBe(true)
  })

  it('prints an answer key with each question’s letter and key', async () => {
    await mountApp(`/class/${session.joinCode}/print`)
    const key = screen.getByRole('region', { name: KEY })
    const items = [...key.querySelectorAll('ol.questions > li')]
    expect(items.map(li => clean(li.querySelector('strong')?.textContent ?? ''))).toEqual(questions.map(q => `${LETTERS[q.answer]}: ${q.options[q.answer]}`))
    expect(clean(items[0]!.textContent ?? '')).toContain(questions[0]!.explanation)
  })

  it.each([
    ['Student sheet only', [SHEET]],
    ['Answer key only', [KEY]],
    ['Student sheet and answer key', [SHEET, KEY]],
  ])('prints the %s', async (choice, shown) => {
    await mountApp(`/class/${session.joinCode}/print`)
    fireEvent.click(screen.getByRole('radio', { name: choice }))
    await nextTick()
    expect(screen.getAllByRole('region').map(r => r.querySelector('h2')?.textContent?.trim())).toEqual(shown)
  })

  it('opens the browser’s print dialog', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    await mountApp(`/class/${session.joinCode}/print`)
    expect(print).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Print' }))
    await nextTick()
    expect(print).toHaveBeenCalledOnce()
  })

  it.each([
    ['the session', session.joinCode],
    ['why a code cannot be printed', 'ABCDE'],
  ])('puts focus on the heading once it has loaded %s', async (_, code) => {
    await mountApp(`/class/${code}/print`)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Print the quiz' }))
  })

  it('says why a join code cannot be printed, and offers nothing to print', async () => {
    await mountApp('/class/ABCDE/print')
    expect(screen.getByRole('alert').textContent?.trim()).toBe('A join code has 10 characters; this one has 5.')
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull()
    expect(screen.queryByRole('region')).toBeNull()
  })
})
