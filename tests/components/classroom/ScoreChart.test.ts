import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ScoreChart from '~/components/classroom/ScoreChart.vue'

enableAutoUnmount(afterEach)

function mountChart(corrects: number[], total: number) {
  return mount(ScoreChart, { props: { corrects, total }, attachTo: document.body })
}

/** The chart's numbers as a screen reader finds them: its table, a row to an entry. */
function tableOf(name: string): string[][] {
  const figure = screen.getByRole('figure', { name })
  return within(figure).getAllByRole('row').slice(1).map(row => [...row.querySelectorAll('th, td')].map(c => c.textContent?.trim() ?? ''))
}

describe('scoreChart', () => {
  it('is a figure named by its caption, with every score and its students in a table', () => {
    mountChart([5, 4, 4, 2], 6)
    expect(screen.getByRole('table', { name: 'Students by questions right' })).toBeDefined()
    expect(tableOf('Scores: how many students got each number of questions right, out of 6')).toEqual([
      ['0', '0'],
      ['1', '0'],
      ['2', '1'],
      ['3', '0'],
      ['4', '2'],
      ['5', '1'],
      ['6', '0'],
    ])
  })

  it('draws a column per score, as tall as its students, labelled with the count; the drawing is hidden from screen readers', () => {
    const wrapper = mountChart([5, 4, 4, 2], 6)
    const svg = wrapper.get('svg.plot')
    expect(svg.attributes('aria-hidden')).toBe('true')
    const heights = svg.findAll('rect.bar').map(r => Number(r.attributes('height')))
    expect(heights).toHaveLength(7)
    expect(heights[4]).toBeGreaterThan(0)
    expect(heights[2]).toBeCloseTo(heights[4]! / 2, 0)
    expect(heights[5]).toBe(heights[2])
    expect([heights[0], heights[1], heights[3], heights[6]]).toEqual([0, 0, 0, 0])
    expect(svg.findAll('text.value').map(t => t.text())).toEqual(['1', '2', '1'])
  })

  it('puts a long quiz’s scores in bands', () => {
    mountChart([20, 19, 0, 10], 20)
    expect(tableOf('Scores: how many students got each number of questions right, out of 20')).toEqual([
      ['0–2', '1'],
      ['3–5', '0'],
      ['6–8', '0'],
      ['9–11', '1'],
      ['12–14', '0'],
      ['15–17', '0'],
      ['18–20', '2'],
    ])
  })
})
