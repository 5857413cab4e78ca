import type { QuestionStats } from '~/quiz/classroom/report'
import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import OptionChart from '~/components/classroom/OptionChart.vue'

enableAutoUnmount(afterEach)

const OPTIONS = ['France', 'United States', 'Ukraine', 'China']

/** A question's figures, as the class report works them out: the key is B. */
function stats(counts: number[], unanswered: number, tied: number[]): QuestionStats {
  return {
    index: 2,
    id: 'q-3',
    prompt: 'Who drafted it?',
    options: OPTIONS,
    answer: 1,
    correct: counts[1]!,
    percentCorrect: null,
    counts,
    unanswered,
    discrimination: null,
    distractors: tied.map(index => ({ index, text: OPTIONS[index]!, count: counts[index]! })),
  }
}

const CAPTION = 'Question 3: Who drafted it?'

function mountChart(s: QuestionStats) {
  return mount(OptionChart, { props: { stats: s, caption: CAPTION }, attachTo: document.body })
}

/** Each row as read: its parts (label, mark, value) are blocks of their own, read one after another. */
function rowsText(): string[] {
  return within(screen.getByRole('figure', { name: CAPTION })).getAllByRole('listitem').map(li => [...li.children].map(part => part.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean).join(' '))
}

describe('optionChart', () => {
  it('says in words how many chose each option, which is the answer and which wrong ones were chosen most, ties included', () => {
    // 10 students: A and C 3 each, the key B 2, D 1, one no answer.
    mountChart(stats([3, 2, 3, 1], 1, [0, 2]))
    expect(rowsText()).toEqual([
      'A France ▲ Most chosen wrong answer 3 students, 30%',
      'B United States ✓ Answer 2 students, 20%',
      'C Ukraine ▲ Most chosen wrong answer 3 students, 30%',
      'D China 1 student, 10%',
      'No answer 1 student, 10%',
    ])
    expect(screen.getByRole('figure', { name: CAPTION }).textContent).toContain('Most chosen instead: “France” and “Ukraine”, 3 students each.')
  })

  it('draws each bar as long as its share, and hides the drawing, which the words repeat', () => {
    const wrapper = mountChart(stats([3, 2, 3, 1], 1, [0, 2]))
    expect(wrapper.findAll('svg.bar').every(svg => svg.attributes('aria-hidden') === 'true')).toBe(true)
    expect(wrapper.findAll('rect.fill').map(r => r.attributes('width'))).toEqual(['30%', '20%', '30%', '10%', '10%'])
  })

  it('marks the key and the favourite mistakes by fill and by a shape, not by colour alone', () => {
    const wrapper = mountChart(stats([3, 2, 3, 1], 0, [0, 2]))
    const fills = wrapper.findAll('rect.fill')
    // The favourite mistakes are striped: their fill is a pattern of this chart, drawn in stripes.
    const striped = fills[0]!.attributes('fill')
    expect(striped).toMatch(/^url\(#.+\)$/)
    expect(fills[2]!.attributes('fill')).toBe(striped)
    const pattern = wrapper.find(`pattern[id="${striped!.slice(5, -1)}"]`)
    expect(pattern.exists()).toBe(true)
    expect(pattern.findAll('rect')).toHaveLength(2)
    // The key is solid, the rest plain: three kinds of fill.
    expect(fills[1]!.attributes('fill')).toBeUndefined()
    expect(fills[1]!.classes()).toContain('solid')
    expect(fills[3]!.classes()).toContain('other')
    // And the key's row has a rule at its edge that no other row has.
    expect(wrapper.findAll('li').map(li => li.classes('key'))).toEqual([false, true, false, false])
  })

  it('marks no mistake when everyone chose the key', () => {
    mountChart(stats([0, 4, 0, 0], 0, []))
    expect(rowsText().filter(r => r.includes('▲'))).toEqual([])
    expect(screen.getByRole('figure', { name: CAPTION }).textContent).not.toContain('Most chosen instead')
  })

  it('gives each chart its own stripes, so two on a page do not share an id', () => {
    const Two = defineComponent({ render: () => [h(OptionChart, { stats: stats([3, 2, 0, 0], 0, [0]), caption: 'One' }), h(OptionChart, { stats: stats([3, 2, 0, 0], 0, [0]), caption: 'Two' })] })
    const ids = mount(Two, { attachTo: document.body }).findAll('pattern').map(p => p.attributes('id'))
    expect(ids).toHaveLength(2)
    expect(new Set(ids).size).toBe(2)
  })
})
