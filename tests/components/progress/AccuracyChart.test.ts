import type { QuizAccuracy } from '~/quiz/charts/trend'
import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AccuracyChart from '~/components/progress/AccuracyChart.vue'

enableAutoUnmount(afterEach)

function quiz(day: number, correct: number, total: number): QuizAccuracy {
  return { id: `a-${day}`, finishedAt: `2026-03-0${day}T10:00:00.000Z`, correct, total, percent: Math.floor((100 * correct) / total) }
}

const THREE = [quiz(1, 5, 10), quiz(2, 7, 10), quiz(3, 4, 5)]

function mountChart(quizzes: QuizAccuracy[]) {
  return mount(AccuracyChart, { props: { quizzes }, attachTo: document.body })
}

describe('accuracyChart', () => {
  it('is a figure named by its caption, with each quiz’s score as text in a table', () => {
    mountChart(THREE)
    const figure = screen.getByRole('figure', { name: 'Percent right in your last 3 quizzes, oldest first' })
    const table = within(figure).getByRole('table', { name: 'Your latest quizzes, oldest first' })
    const rows = within(table).getAllByRole('row').slice(1).map(r => [...r.querySelectorAll('th, td')].slice(1).map(c => c.textContent?.trim()))
    expect(rows).toEqual([['5 of 10', '50%'], ['7 of 10', '70%'], ['4 of 5', '80%']])
  })

  it('draws a point per quiz, higher for a better score, joined by a line; the drawing is hidden from screen readers', () => {
    const wrapper = mountChart(THREE)
    const svg = wrapper.get('svg.plot')
    expect(svg.attributes('aria-hidden')).toBe('true')
    const points = svg.findAll('circle.point').map(c => [Number(c.attributes('cx')), Number(c.attributes('cy'))])
    expect(points).toHaveLength(3)
    expect(points.map(p => p[0])).toEqual([...points.map(p => p[0])].sort((a, b) => a! - b!))
    // SVG's y grows downwards: 80% is above 70%, above 50%.
    expect(points[2]![1]).toBeLessThan(points[1]![1]!)
    expect(points[1]![1]).toBeLessThan(points[0]![1]!)
    expect(svg.get('path.line').attributes('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/)
    expect(svg.findAll('.grid text').map(t => t.text())).toEqual(['0%', '25%', '50%', '75%', '100%'])
  })

  it('says so when there is only one quiz', () => {
    mountChart([quiz(1, 3, 5)])
    expect(screen.getByRole('figure', { name: 'Percent right in your only quiz so far' })).toBeDefined()
  })
})
