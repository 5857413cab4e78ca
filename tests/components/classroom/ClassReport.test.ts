import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import type { CollectedResult } from '~/quiz/classroom/collect'
import { fireEvent, screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ClassReport from '~/components/classroom/ClassReport.vue'
import { encodeResultCode } from '~/quiz/classroom/result-code'
import { makeQuestion, makeQuiz } from '../../builders'

/** Six questions, each with 'United States' (option B) as the key and its own explanation. */
const QUIZ = makeQuiz(Array.from({ length: 6 }, (_, i) => makeQuestion({ id: `q-${i + 1}`, prompt: `Question text ${i + 1}?`, explanation: `Why ${i + 1} is so.` })))
const SESSION = { topicIndex: 0, count: 5, difficulty: 'normal', feedback: false, seed: 1, bank: 2 } as const

/** 1 is the key, 0 and 2 are wrong, null is no answer. */
function result(name: string, answers: (number | null)[]): CollectedResult {
  return { code: encodeResultCode({ session: SESSION, name, answers }), name, answers, collectedAt: '2026-03-04T09:00:00.000Z' }
}

const AMAL = result('Amal', [1, 1, 1, 0, 1, 1]) // 5 of 6
const BO = result('Bo', [1, 1, 0, 0, 1, 1]) // 4 of 6
const CY = result('Cy', [1, 0, 0, 1, 1, 1]) // 4 of 6
const DEE = result('Dee', [0, null, 2, 1, 0, 1]) // 2 of 6

enableAutoUnmount(afterEach)

function mountReport(results: CollectedResult[]) {
  return mount(ClassReport, { props: { questions: QUIZ.questions, results, joinCode: 'ABCDEFGHJK' }, attachTo: document.body })
}

async function click(name: string) {
  fireEvent.click(screen.getByRole('button', { name }))
  await nextTick()
}

/** The text of each body row of the table with this caption, a cell to an entry. */
function rowsOf(wrapper: VueWrapper, caption: string): string[][] {
  const table = wrapper.findAll('table').find(t => t.find('caption').text() === caption)
  if (table === undefined)
    throw new Error(`no table captioned ${caption}`)
  return table.findAll('tbody tr').map(row => row.findAll('th, td').map((cell: DOMWrapper<Element>) => cell.text().replace(/\s+/g, ' ')))
}

describe('classReport', () => {
  it('sums up the class: how many students, the mean and the median', () => {
    mountReport([DEE, CY, AMAL, BO])
    const summary = screen.getByRole('region', { name: 'Class report' }).querySelector('.summary')?.textContent
    // Percents as shown are 83, 66, 66 and 33: mean 62, median 66.
    expect(summary).toContain('4 students, mean 62%, median 66%.')
  })

  it.each([
    ['one student', [AMAL], '1 student, mean 83%, median 83%.'],
    ['an even class', [AMAL, DEE], '2 students, mean 58%, median 58%.'],
  ])('sums up %s', (_, results, text) => {
    expect(mountReport(results).get('.summary').text()).toContain(text)
  })

  it('lists the students best first, then by name, with scores worked out from their answers', () => {
    const wrapper = mountReport([DEE, CY, AMAL, BO])
    expect(rowsOf(wrapper, 'Students')).toEqual([
      ['Amal', '5 of 6', '83%', 'Remove'],
      ['Bo', '4 of 6', '66%', 'Remove'],
      ['Cy', '4 of 6', '66%', 'Remove'],
      ['Dee', '2 of 6', '33%', 'Remove'],
    ])
  })

  it('shows each question’s percent correct, discrimination with a real minus sign, and the most-chosen wrong answer', () => {
    const wrapper = mountReport([DEE, CY, AMAL, BO])
    // The top group is Amal, the bottom one Dee: D is 1 where only Amal was right, −1 where only Dee was.
    expect(rowsOf(wrapper, 'Questions')).toEqual([
      ['1', 'Question text 1?', '75%', '1.00', 'A: France (1)'],
      ['2', 'Question text 2?', '50%', '1.00', 'A: France (1)'],
      ['3', 'Question text 3?', '25%', '1.00', 'A: France (2)'],
      ['4', 'Question text 4?', '50%', '−1.00', 'A: France (2)'],
      ['5', 'Question text 5?', '75%', '1.00', 'A: France (1)'],
      ['6', 'Question text 6?', '100%', '0.00', 'none'],
    ])
  })

  it('lets the keyboard scroll the questions table, wider than a phone', () => {
    mountReport([AMAL])
    const region = screen.getByRole('region', { name: 'Questions' })
    expect(region.tabIndex).toBe(0)
    expect(within(region).getByRole('table', { name: 'Questions' })).toBeDefined()
  })

  it('shows no discrimination for a class of one, with a dash', () => {
    const rows = rowsOf(mountReport([BO]), 'Questions')
    expect(rows.map(r => r[3])).toEqual(['–', '–', '–', '–', '–', '–'])
    expect(rows.map(r => r[2])).toEqual(['100%', '100%', '0%', '0%', '100%', '100%'])
  })

  it('draws the scores, and how the class answered each question with the key marked', () => {
    mountReport([DEE, CY, AMAL, BO])
    const scores = screen.getByRole('figure', { name: 'Scores: how many students got each number of questions right, out of 6' })
    expect(within(scores).getAllByRole('row')).toHaveLength(1 + 7)
    QUIZ.questions.forEach((q, i) => {
      const figure = screen.getByRole('figure', { name: `Question ${i + 1}: ${q.prompt}` })
      const rows = within(figure).getAllByRole('listitem')
      expect(rows.map(li => li.textContent?.includes('✓ Answer'))).toEqual([false, true, false].concat(rows.length > 3 ? [false] : []))
    })
    // Question 3: France chosen by two, the most of any wrong answer; Dee chose Ukraine.
    const third = within(screen.getByRole('figure', { name: 'Question 3: Question text 3?' })).getAllByRole('listitem')
    expect(third.map(li => li.textContent?.replace(/\s+/g, ''))).toEqual(['AFrance▲Mostchosenwronganswer2students,50%', 'BUnitedStates✓Answer1student,25%', 'CUkraine1student,25%'])
  })

  it('lists the most-missed questions to go through, with the answer and why', () => {
    const wrapper = mountReport([DEE, CY, AMAL, BO])
    expect(screen.getByRole('heading', { name: 'To go through with the class' })).toBeDefined()
    const items = wrapper.findAll('ol.missed > li').map(li => li.text().replace(/\s+/g, ' '))
    // Question 6, right for everyone, has nothing to go through.
    expect(items.map(t => t.match(/^Question \d+/)?.[0])).toEqual(['Question 3', 'Question 2', 'Question 4', 'Question 1', 'Question 5'])
    expect(items[0]).toContain('Question 3: Question text 3? (25% correct)')
    expect(items[0]).toContain('Answer: United States. Why 3 is so.')
    expect(items[0]).toContain('Most chosen instead: “France”, by 2 students.')
    expect(items[3]).toContain('by 1 student.')
  })

  it('names every wrong answer of a tie, in the table and in what to go through', () => {
    // Question 1: France (A) and Ukraine (C) two students each; the key, one.
    const wrapper = mountReport([result('Ann', [0, 1, 1, 1, 1, 1]), result('Ben', [0, 1, 1, 1, 1, 1]), result('Cat', [2, 1, 1, 1, 1, 1]), result('Dan', [2, 1, 1, 1, 1, 1]), result('Eli', [1, 1, 1, 1, 1, 1])])
    expect(rowsOf(wrapper, 'Questions')[0]![4]).toBe('A: France and C: Ukraine (2 each)')
    const first = wrapper.findAll('ol.missed > li')[0]!.text().replace(/\s+/g, ' ')
    expect(first).toContain('Most chosen instead: “France” and “Ukraine”, 2 students each.')
  })

  it('has nothing to go through when everyone got everything right', () => {
    mountReport([result('Amal', [1, 1, 1, 1, 1, 1])])
    expect(screen.queryByRole('heading', { name: 'To go through with the class' })).toBeNull()
  })

  it('removes a result only once the removal is confirmed', async () => {
    const wrapper = mountReport([DEE, CY, AMAL, BO])
    await click('Remove the result of Bo')
    expect(screen.getByRole('group', { name: 'Remove the result of Bo?' })).toBeDefined()
    await click('Keep')
    expect(wrapper.emitted('remove')).toBeUndefined()
    expect(screen.queryByRole('group')).toBeNull()

    await click('Remove the result of Bo')
    expect(wrapper.emitted('remove')).toBeUndefined()
    await click('Remove')
    expect(wrapper.emitted('remove')).toEqual([[BO.code]])
    expect(screen.queryByRole('group')).toBeNull()
  })
})
