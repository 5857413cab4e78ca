import { enableAutoUnmount } from '@vue/test-utils'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { groupCode } from '~/quiz/classroom/bits'
import { makeClassSession } from '../builders'
import { getByRole, queryAllByRole } from '../components/by-role'
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
    const { wrapper } = await mountApp(`/class/${session.joinCode}/print`)
    const sheet = getByRole(wrapper, 'region', SHEET)
    expect(sheet.get('.name-line').text()).toBe('Name:')
    const items = sheet.findAll('ol.questions > li')
    expect(items).toHaveLength(questions.length)
    questions.forEach((q, n) => {
      const item = items[n]!
      expect(item.get('.prompt').text()).toBe(q.prompt)
      expect(item.findAll('.options li').map(li => clean(li.text()))).toEqual(q.options.map((o, i) => `${LETTERS[i]} ${o}`))
      // Nothing on the sheet gives the answer away.
      expect(item.text()).not.toContain(q.explanation)
    })
    expect(questions.some(q => q.options.length === 4)).toBe(true)
  })

  it('prints an answer key with each question’s letter and key', async () => {
    const { wrapper } = await mountApp(`/class/${session.joinCode}/print`)
    const key = getByRole(wrapper, 'region', KEY)
    const items = key.findAll('ol.questions > li')
    expect(items.map(li => li.get('strong').text())).toEqual(questions.map(q => `${LETTERS[q.answer]}: ${q.options[q.answer]}`))
    expect(clean(items[0]!.text())).toContain(questions[0]!.explanation)
  })

  it.each([
    ['Student sheet only', [SHEET]],
    ['Answer key only', [KEY]],
    ['Student sheet and answer key', [SHEET, KEY]],
  ])('prints the %s', async (choice, shown) => {
    const { wrapper } = await mountApp(`/class/${session.joinCode}/print`)
    await getByRole(wrapper, 'radio', choice).setValue()
    expect(queryAllByRole(wrapper, 'region').map(r => r.find('h2').text())).toEqual(shown)
  })

  it('opens the browser’s print dialog', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { wrapper } = await mountApp(`/class/${session.joinCode}/print`)
    expect(print).not.toHaveBeenCalled()
    await getByRole(wrapper, 'button', 'Print').trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })

  it.each([
    ['the session', session.joinCode],
    ['why a code cannot be printed', 'ABCDE'],
  ])('puts focus on the heading once it has loaded %s', async (_, code) => {
    const { wrapper } = await mountApp(`/class/${code}/print`, { attach: true })
    expect(document.activeElement).toBe(getByRole(wrapper, 'heading', 'Print the quiz').element)
  })

  it('says why a join code cannot be printed, and offers nothing to print', async () => {
    const { wrapper } = await mountApp('/class/ABCDE/print')
    expect(getByRole(wrapper, 'alert').text()).toBe('A join code has 10 characters; this one has 5.')
    expect(queryAllByRole(wrapper, 'button', 'Print')).toHaveLength(0)
    expect(queryAllByRole(wrapper, 'region')).toHaveLength(0)
  })
})
