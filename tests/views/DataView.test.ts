import { fireEvent, screen } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { encodeExport } from '~/quiz/practice/transfer'
import { makeAttempt, makeCurrentQuiz, makeStored } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

const card = { fact: 'tally-yes', box: 2, due: '2999-01-01', seen: 2, lapses: 1 }

function seed() {
  localStorage.setItem('quorum:history', makeStored([makeAttempt({ id: 'mine' })]))
  localStorage.setItem('quorum:review', makeStored({ 'tally-yes': card }))
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], name: string, text: string) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await flushPromises()
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

describe('settingsView', () => {
  it('says what is saved on this device', async () => {
    seed()
    await mountApp('/data')
    const stored = screen.getByRole('region', { name: 'What is saved on this device' }).textContent
    expect(stored).toContain('1 finished quiz')
    expect(stored).toContain('1 fact in your review schedule, 0 due today')
    expect(stored).toContain('No unfinished quiz')
  })

  it('exports everything to a dated JSON file', async () => {
    seed()
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:quorum'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await mountApp('/data')
    fireEvent.click(screen.getByRole('button', { name: 'Export progress' }))
    await nextTick()
    expect(click).toHaveBeenCalledOnce()
    const file = JSON.parse(await created[0]!.text()) as { kind: string, history: { id: string }[] }
    expect(file.kind).toBe('quorum-data')
    expect(file.history.map(a => a.id)).toEqual(['mine'])
    expect(screen.getByRole('status').textContent?.trim()).toMatch(/^Exported 1 result and 1 review fact to quorum-data-\d{4}-\d{2}-\d{2}\.json\.$/)
  })

  it('imports a file, adding its results to those here', async () => {
    seed()
    const text = encodeExport({ history: [makeAttempt({ id: 'theirs', finishedAt: '2026-02-01T00:00:00.000Z' })], review: {}, currentQuiz: null }, '2026-02-02T00:00:00.000Z')
    const { wrapper, history } = await mountApp('/data')
    await chooseFile(wrapper, 'backup.json', text)
    expect(screen.getByRole('status').textContent?.trim()).toBe('Imported backup.json: 1 new result and 0 new review facts.')
    expect(history.attempts.map(a => a.id).sort()).toEqual(['mine', 'theirs'])
    expect(JSON.parse(localStorage.getItem('quorum:history')!).data).toHaveLength(2)
  })

  it.each([
    ['not-json.json', 'hello', 'not valid JSON'],
    ['other.json', '{"kind":"something-else"}', 'not a Quorum data file'],
  ])('refuses %s with the reason and changes nothing', async (name, text, reason) => {
    seed()
    const before = { ...localStorage }
    const { wrapper, history } = await mountApp('/data')
    await chooseFile(wrapper, name, text)
    expect(screen.getByRole('status').textContent).toContain(`Nothing was imported from ${name}.`)
    expect(screen.getByRole('status').textContent).toContain(reason)
    expect(history.attempts.map(a => a.id)).toEqual(['mine'])
    expect({ ...localStorage }).toEqual(before)
  })

  it('resets everything only once confirmed', async () => {
    seed()
    localStorage.setItem('quorum:current-quiz', makeStored(makeCurrentQuiz()))
    const { history, quiz } = await mountApp('/data')
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'No, keep it' }))
    await nextTick()
    expect(history.attempts).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Reset all progress' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }))
    await nextTick()
    expect(history.attempts).toHaveLength(0)
    expect(quiz.hasCurrent).toBe(false)
    expect(localStorage.getItem('quorum:current-quiz')).toBeNull()
    expect(JSON.parse(localStorage.getItem('quorum:review')!).data).toEqual({})
    expect(screen.getByRole('status').textContent?.trim()).toBe('All your results, reviews and the unfinished quiz were cleared.')
  })
})
