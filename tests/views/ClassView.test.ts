import type { VueWrapper } from '@vue/test-utils'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import jsQR from 'jsqr'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import QrScanner from '~/components/classroom/QrScanner.vue'
import { groupCode } from '~/quiz/classroom/bits'
import { bankFingerprint, encodeSessionCode } from '~/quiz/classroom/join-code'
import { buildSessionQuiz } from '~/quiz/classroom/session'
import { scoreAttempt } from '~/quiz/practice/score'
import { useClassesStore } from '~/stores/classes'
import { makeClassSession, makeStored } from '../builders'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

const session = makeClassSession(bank, { count: 5, seed: 86_420 })
const other = makeClassSession(bank, { count: 5, seed: 86_421 })
const { questions } = session.quiz
const CODE = session.joinCode
const wrong = (i: number) => (questions[i]!.answer + 1) % questions[i]!.options.length

const AMAL_ANSWERS = session.answers(4)
const BO_ANSWERS = [questions[0]!.answer, null, wrong(2), questions[3]!.answer, null]
const AMAL = session.resultCode('Amal', AMAL_ANSWERS)
const BO = session.resultCode('Bo', BO_ANSWERS)

/** The code with one character swapped for another symbol: its CRC no longer checks out. */
function typo(code: string, at = 3): string {
  const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  return code.slice(0, at) + symbols[(symbols.indexOf(code[at]!) + 1) % symbols.length] + code.slice(at + 1)
}

/** The score a student's answers earn, worked out here from the session's quiz as any device builds it. */
function expectedScore(answers: (number | null)[]) {
  const built = buildSessionQuiz(bank, session.spec)
  if (!built.ok)
    throw new Error(built.reason)
  return scoreAttempt(built.value.questions, answers)
}

function studentRow(name: string, answers: (number | null)[]) {
  const { correct, total, percent } = expectedScore(answers)
  return [name, `${correct} of ${total}`, `${percent}%`, 'Remove']
}

/** Opens the session page for a session the teacher created earlier on this device. */
async function openSession(path = `/class/${CODE}`) {
  setActivePinia(createPinia())
  useClassesStore().create(CODE)
  const app = await mountApp(path)
  return { ...app, classes: useClassesStore() }
}

function resultCodesBox(wrapper: VueWrapper) {
  const label = wrapper.findAll('label').find(l => l.text() === 'Result codes')
  if (label === undefined)
    throw new Error('no label "Result codes"')
  return wrapper.get(`#${label.attributes('for')}`)
}

/** What the last paste or scan added, said in the live status of the section that collects. */
function collectStatus() {
  return within(screen.getByRole('region', { name: 'Collect results' })).getByRole('status')
}

/** The report is loaded on demand: wait for it to arrive. */
async function reportOf() {
  await vi.waitFor(() => screen.getByRole('region', { name: 'Class report' }))
  return screen.getByRole('region', { name: 'Class report' })
}

async function paste(wrapper: VueWrapper, text: string) {
  await resultCodesBox(wrapper).setValue(text)
  fireEvent.click(screen.getByRole('button', { name: 'Add results' }))
  await flushPromises()
}

function studentRows(wrapper: VueWrapper): string[][] {
  const table = wrapper.findAll('table').find(t => t.find('caption').text() === 'Students')
  return table === undefined ? [] : table.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text().replace(/\s+/g, ' ')))
}

/** Paints the SVG's unit squares into pixels and reads them back with a real QR decoder. */
function decodeSvg(svg: Element): string | null {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const scale = 4
  const width = size * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [, x, y] of (svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
        pixels.fill(0, at, at + 3)
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null
}

describe('classView', () => {
  it('shows the session’s code, its join link and a QR code of the link', async () => {
    const { wrapper } = await openSession()
    expect(screen.getByRole('heading', { name: `Class session ${groupCode(CODE)}` })).toBeDefined()
    const join = screen.getByRole('region', { name: `Join code: ${groupCode(CODE)}` })
    const link = `${location.origin}/join/${CODE}`
    expect(join.querySelector('.link')?.textContent?.trim()).toBe(link)
    const qr = screen.getByRole('img', { name: 'QR code of the join link' })
    expect(decodeSvg(qr)).toBe(link)
    expect(wrapper.text()).toContain('All topics · 5 questions · normal · no feedback until you go through it')
    expect(wrapper.text()).toContain('No results yet.')
  })

  it('adds pasted codes and reports each student’s score worked out from the answers', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${groupCode(BO, 4)}`)
    expect(collectStatus().textContent?.trim()).toBe('Added 2 results of Amal, Bo.')
    await reportOf()
    expect(studentRows(wrapper)).toEqual([studentRow('Amal', AMAL_ANSWERS), studentRow('Bo', BO_ANSWERS)])
    expect(studentRow('Bo', BO_ANSWERS)[1]).toBe('2 of 5')
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.text()).not.toContain('No results yet.')
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('lists the codes it refuses with the reason, keeps them in the box, and keeps the students it has', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf()
    const foreign = other.resultCode('Cy', other.answers(3))
    const broken = typo(session.resultCode('Dee', session.answers(5)))
    await paste(wrapper, `${foreign}\n${AMAL}\n${broken}`)

    const refused = within(screen.getByRole('list', { name: 'Codes not added' })).getAllByRole('listitem').map(li => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
    expect(refused).toEqual([
      `${foreign}: The result of Cy is from another session: check that they joined with this session’s code.`,
      `${AMAL}: The result of Amal is already collected.`,
      `${broken}: That result code has a mistake in it: check each character.`,
    ])
    expect(collectStatus().textContent).not.toContain('Added')
    // The refused codes stay in the box to be corrected; the students collected before stay in the report.
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(`${foreign}\n${AMAL}\n${broken}`)
    expect(studentRows(wrapper)).toEqual([studentRow('Amal', AMAL_ANSWERS), studentRow('Bo', BO_ANSWERS)])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('adds the good codes of a paste and refuses the rest', async () => {
    const { wrapper } = await openSession()
    await paste(wrapper, `${AMAL}\n${typo(BO)}\n${BO}`)
    expect(collectStatus().textContent?.trim()).toBe('Added 2 results of Amal, Bo.')
    expect(screen.getByRole('list', { name: 'Codes not added' }).textContent).toContain('has a mistake in it')
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(typo(BO))
    await reportOf()
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
  })

  it('reports nothing added for a paste of refused codes only', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf()
    await paste(wrapper, `${AMAL}\n${typo(BO)}`)
    expect(collectStatus().textContent).not.toContain('Added')
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(`${AMAL}\n${typo(BO)}`)
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('says so when nothing was pasted', async () => {
    const { wrapper } = await openSession()
    await paste(wrapper, '  \n ')
    expect(screen.getByRole('list', { name: 'Codes not added' }).textContent?.trim()).toBe('Nothing to add: paste or type one or more result codes.')
  })

  it('removes a student only once confirmed', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf()
    fireEvent.click(screen.getByRole('button', { name: 'Remove the result of Amal' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }))
    await nextTick()
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
    fireEvent.click(screen.getByRole('button', { name: 'Remove the result of Amal' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }))
    await nextTick()
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Bo'])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Bo'])

    fireEvent.click(screen.getByRole('button', { name: 'Remove the result of Bo' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }))
    await nextTick()
    expect(screen.queryByRole('region', { name: 'Class report' })).toBeNull()
    expect(wrapper.text()).toContain('No results yet.')
  })

  it('deletes the session and its results once confirmed, then goes back to hosting', async () => {
    const { wrapper, classes, path } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    fireEvent.click(screen.getByRole('button', { name: 'Delete this session and its results' }))
    await nextTick()
    expect(screen.getByRole('group').textContent).toContain(`Delete session ${groupCode(CODE)} and 2 results from this device?`)
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    await nextTick()
    expect(classes.find(CODE)).not.toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Delete this session and its results' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    await flushPromises()
    expect(path()).toBe('/host')
    expect(classes.find(CODE)).toBeNull()
    expect(JSON.parse(localStorage.getItem('quorum:classes')!).data).toEqual([])
  })

  it.each([
    [[], '0 results'],
    [[AMAL], '1 result'],
  ])('counts the results it would delete: %j is %j', async (codes, results) => {
    const { wrapper } = await openSession()
    if (codes.length > 0)
      await paste(wrapper, codes.join('\n'))
    fireEvent.click(screen.getByRole('button', { name: 'Delete this session and its results' }))
    await nextTick()
    expect(screen.getByRole('group', { name: `Delete session ${groupCode(CODE)} and ${results} from this device?` })).toBeDefined()
  })

  it('downloads the students as CSV with a byte-order mark, for spreadsheets', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:quorum'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { wrapper } = await openSession()
    await paste(wrapper, `${BO}\n${AMAL}`)
    const report = await reportOf()
    fireEvent.click(within(report).getByRole('button', { name: 'Download students (CSV)' }))
    expect(click).toHaveBeenCalledOnce()
    const blob = created[0]!
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()).split('\r\n')
    expect(lines[0]).toMatch(/^\uFEFFName,Correct,Answered,Total,Percent,Q1,/)
    const amal = expectedScore(AMAL_ANSWERS)
    const bo = expectedScore(BO_ANSWERS)
    expect(lines[1]).toMatch(new RegExp(`^Amal,${amal.correct},${amal.answered},${amal.total},${amal.percent},`))
    expect(lines[2]).toMatch(new RegExp(`^Bo,${bo.correct},${bo.answered},${bo.total},${bo.percent},`))
    await nextTick()
    expect(within(report).getByRole('status').textContent?.trim()).toBe(`Saved quorum-${CODE}-students.csv.`)
  })

  it('collects a code read by the camera', async () => {
    const { wrapper, classes } = await openSession()
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR codes' }))
    await nextTick()
    await vi.waitFor(() => screen.getByRole('button', { name: 'Stop scanning' }))
    await flushPromises()
    wrapper.findComponent(QrScanner).vm.$emit('code', AMAL)
    await flushPromises()
    expect(collectStatus().textContent?.trim()).toBe('Added the result of Amal.')
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal'])
    fireEvent.click(screen.getByRole('button', { name: 'Stop scanning' }))
    await nextTick()
    expect(screen.queryByRole('button', { name: 'Stop scanning' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Scan QR codes' })).toBeDefined()
  })

  it.each([
    ['a code too short', 'ABCDE', 'A join code has 10 characters; this one has 5.'],
    ['a mistyped code', typo(CODE), 'That join code has a mistake in it: check each character.'],
    ['a code for another version of the questions', encodeSessionCode({ ...session.spec, bank: (bankFingerprint(bank) + 1) % 1024 }), 'This device has a different version of the questions'],
  ])('says why it cannot open %s, and offers nothing to collect', async (_, code, reason) => {
    await mountApp(`/class/${code}`)
    expect(screen.getByRole('alert').textContent).toContain(reason)
    expect(screen.queryByRole('button', { name: 'Add results' })).toBeNull()
  })

  it('keeps a session saved by another version of the questions: its results stay, and it can be deleted', async () => {
    const code = encodeSessionCode({ ...session.spec, bank: (bankFingerprint(bank) + 1) % 1024 })
    const saved = { joinCode: code, createdAt: '2026-11-22T11:00:00.000Z', results: [{ code: AMAL, name: 'Amal', answers: AMAL_ANSWERS, collectedAt: '2026-11-22T12:00:00.000Z' }] }
    localStorage.setItem('quorum:classes', makeStored([saved]))
    const { path } = await mountApp(`/class/${code}`)
    expect(screen.getByRole('alert').textContent).toContain('This device has a different version of the questions')
    expect(screen.getByText(/saved on this device with 1 result: they stay/).textContent).toContain('Your data')
    expect(JSON.parse(localStorage.getItem('quorum:classes')!).data).toEqual([saved])
    fireEvent.click(screen.getByRole('button', { name: 'Delete this session and its results' }))
    await nextTick()
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    await flushPromises()
    expect(path()).toBe('/host')
    expect(JSON.parse(localStorage.getItem('quorum:classes')!).data).toEqual([])
  })

  it.each([
    ['its session', CODE],
    ['why it cannot open a code', 'ABCDE'],
  ])('puts focus on the heading once it has loaded %s', async (_, code) => {
    await mountApp(`/class/${code}`)
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Class session/ }))
  })
})
