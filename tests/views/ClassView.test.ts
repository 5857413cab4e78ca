import type { VueWrapper } from '@vue/test-utils'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import jsQR from 'jsqr'
import { createPinia, setActivePinia } from 'pinia'
import bank from 'virtual:quorum-bank'
import { afterEach, describe, expect, it, vi } from 'vitest'
import QrScanner from '~/components/QrScanner.vue'
import { groupCode } from '~/quiz/classroom/bits'
import { bankFingerprint, encodeSessionCode } from '~/quiz/classroom/join-code'
import { buildSessionQuiz } from '~/quiz/classroom/session'
import { scoreAttempt } from '~/quiz/practice/score'
import { useClassesStore } from '~/stores/classes'
import { makeClassSession } from '../builders'
import { getByRole, queryAllByRole } from '../components/by-role'
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

/** The report is loaded on demand: wait for it to arrive. */
async function reportOf(wrapper: VueWrapper) {
  await vi.waitFor(() => getByRole(wrapper, 'region', 'Class report'))
  return getByRole(wrapper, 'region', 'Class report')
}

async function paste(wrapper: VueWrapper, text: string) {
  await resultCodesBox(wrapper).setValue(text)
  // A click on a submit button submits its form only in a document; the page is mounted outside one.
  const button = getByRole(wrapper, 'button', 'Add results')
  expect(button.attributes('type')).toBe('submit')
  await wrapper.findAll('form').find(form => queryAllByRole(form, 'button', 'Add results').length === 1)!.trigger('submit')
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
    expect(getByRole(wrapper, 'heading', `Class session ${groupCode(CODE)}`)).toBeDefined()
    const join = getByRole(wrapper, 'region', `Join code: ${groupCode(CODE)}`)
    const link = `${location.origin}/join/${CODE}`
    expect(join.get('.link').text()).toBe(link)
    const qr = getByRole(wrapper, 'img', 'QR code of the join link')
    expect(decodeSvg(qr.element)).toBe(link)
    expect(wrapper.text()).toContain('All topics · 5 questions · normal · no feedback until you go through it')
    expect(wrapper.text()).toContain('No results yet.')
  })

  it('adds pasted codes and reports each student’s score worked out from the answers', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${groupCode(BO, 4)}`)
    expect(getByRole(wrapper, 'status', /^Added/).text()).toBe('Added 2 results of Amal, Bo.')
    await reportOf(wrapper)
    expect(studentRows(wrapper)).toEqual([studentRow('Amal', AMAL_ANSWERS), studentRow('Bo', BO_ANSWERS)])
    expect(studentRow('Bo', BO_ANSWERS)[1]).toBe('2 of 5')
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.text()).not.toContain('No results yet.')
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('lists the codes it refuses with the reason, keeps them in the box, and keeps the students it has', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf(wrapper)
    const foreign = other.resultCode('Cy', other.answers(3))
    const broken = typo(session.resultCode('Dee', session.answers(5)))
    await paste(wrapper, `${foreign}\n${AMAL}\n${broken}`)

    const refused = getByRole(wrapper, 'list', 'Codes not added').findAll('li').map(li => li.text().replace(/\s+/g, ' '))
    expect(refused).toEqual([
      `${foreign}: The result of Cy is from another session: check that they joined with this session’s code.`,
      `${AMAL}: The result of Amal is already collected.`,
      `${broken}: That result code has a mistake in it: check each character.`,
    ])
    expect(queryAllByRole(wrapper, 'status', /^Added/)).toHaveLength(0)
    // The refused codes stay in the box to be corrected; the students collected before stay in the report.
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(`${foreign}\n${AMAL}\n${broken}`)
    expect(studentRows(wrapper)).toEqual([studentRow('Amal', AMAL_ANSWERS), studentRow('Bo', BO_ANSWERS)])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('adds the good codes of a paste and refuses the rest', async () => {
    const { wrapper } = await openSession()
    await paste(wrapper, `${AMAL}\n${typo(BO)}\n${BO}`)
    expect(getByRole(wrapper, 'status', /^Added/).text()).toBe('Added 2 results of Amal, Bo.')
    expect(getByRole(wrapper, 'list', 'Codes not added').text()).toContain('has a mistake in it')
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(typo(BO))
    await reportOf(wrapper)
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
  })

  it('reports nothing added for a paste of refused codes only', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf(wrapper)
    await paste(wrapper, `${AMAL}\n${typo(BO)}`)
    expect(queryAllByRole(wrapper, 'status', /^Added/)).toHaveLength(0)
    expect((resultCodesBox(wrapper).element as HTMLTextAreaElement).value).toBe(`${AMAL}\n${typo(BO)}`)
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal', 'Bo'])
  })

  it('says so when nothing was pasted', async () => {
    const { wrapper } = await openSession()
    await paste(wrapper, '  \n ')
    expect(getByRole(wrapper, 'list', 'Codes not added').text()).toBe('Nothing to add: paste or type one or more result codes.')
  })

  it('removes a student only once confirmed', async () => {
    const { wrapper, classes } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await reportOf(wrapper)
    await getByRole(wrapper, 'button', 'Remove the result of Amal').trigger('click')
    await getByRole(wrapper, 'button', 'Keep').trigger('click')
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Amal', 'Bo'])
    await getByRole(wrapper, 'button', 'Remove the result of Amal').trigger('click')
    await getByRole(wrapper, 'button', 'Remove').trigger('click')
    expect(studentRows(wrapper).map(r => r[0])).toEqual(['Bo'])
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Bo'])

    await getByRole(wrapper, 'button', 'Remove the result of Bo').trigger('click')
    await getByRole(wrapper, 'button', 'Remove').trigger('click')
    expect(queryAllByRole(wrapper, 'region', 'Class report')).toHaveLength(0)
    expect(wrapper.text()).toContain('No results yet.')
  })

  it('deletes the session and its results once confirmed, then goes back to hosting', async () => {
    const { wrapper, classes, path } = await openSession()
    await paste(wrapper, `${AMAL}\n${BO}`)
    await getByRole(wrapper, 'button', 'Delete this session and its results').trigger('click')
    expect(getByRole(wrapper, 'group').text()).toContain(`Delete session ${groupCode(CODE)} and 2 results from this device?`)
    await getByRole(wrapper, 'button', 'Keep it').trigger('click')
    expect(classes.find(CODE)).not.toBeNull()

    await getByRole(wrapper, 'button', 'Delete this session and its results').trigger('click')
    await getByRole(wrapper, 'button', 'Delete').trigger('click')
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
    await getByRole(wrapper, 'button', 'Delete this session and its results').trigger('click')
    expect(getByRole(wrapper, 'group', `Delete session ${groupCode(CODE)} and ${results} from this device?`)).toBeDefined()
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
    const report = await reportOf(wrapper)
    await getByRole(report, 'button', 'Download students (CSV)').trigger('click')
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
    expect(getByRole(report, 'status').text()).toBe(`Saved quorum-${CODE}-students.csv.`)
  })

  it('collects a code read by the camera', async () => {
    const { wrapper, classes } = await openSession()
    await getByRole(wrapper, 'button', 'Scan QR codes').trigger('click')
    await vi.waitFor(() => getByRole(wrapper, 'button', 'Stop scanning'))
    await flushPromises()
    wrapper.findComponent(QrScanner).vm.$emit('code', AMAL)
    await flushPromises()
    expect(getByRole(wrapper, 'status', /^Added/).text()).toBe('Added the result of Amal.')
    expect(classes.find(CODE)?.results.map(r => r.name)).toEqual(['Amal'])
    await getByRole(wrapper, 'button', 'Stop scanning').trigger('click')
    expect(queryAllByRole(wrapper, 'button', 'Stop scanning')).toHaveLength(0)
    expect(getByRole(wrapper, 'button', 'Scan QR codes')).toBeDefined()
  })

  it.each([
    ['a code too short', 'ABCDE', 'A join code has 10 characters; this one has 5.'],
    ['a mistyped code', typo(CODE), 'That join code has a mistake in it: check each character.'],
    ['a code for another version of the questions', encodeSessionCode({ ...session.spec, bank: (bankFingerprint(bank) + 1) % 1024 }), 'This device has a different version of the questions'],
  ])('says why it cannot open %s, and offers nothing to collect', async (_, code, reason) => {
    const { wrapper } = await mountApp(`/class/${code}`)
    expect(getByRole(wrapper, 'alert').text()).toContain(reason)
    expect(queryAllByRole(wrapper, 'button', 'Add results')).toHaveLength(0)
  })

  it.each([
    ['its session', CODE],
    ['why it cannot open a code', 'ABCDE'],
  ])('puts focus on the heading once it has loaded %s', async (_, code) => {
    const { wrapper } = await mountApp(`/class/${code}`, { attach: true })
    expect(document.activeElement).toBe(getByRole(wrapper, 'heading', /^Class session/).element)
  })
})
