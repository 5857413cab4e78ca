import { describe, expect, it } from 'vitest'
import { layoutColumns } from '~/quiz/charts/columns'
import { linePath, linePoints } from '~/quiz/charts/line'
import { stackSegments } from '~/quiz/charts/stack'

const BOX = { x: 10, y: 20, width: 200, height: 100 }

describe('layoutColumns', () => {
  it.each([
    ['none', [], 4, []],
    // One band of 200: a bar of 140 with 30 either side.
    ['one full bar', [4], 4, [{ x: 40, y: 20, width: 140, height: 100, centre: 110 }]],
    // Bands of 50: bars of 35, 7.5 in from each band's edge.
    ['four bars', [0, 1, 2, 4], 4, [
      { x: 17.5, y: 120, width: 35, height: 0, centre: 35 },
      { x: 67.5, y: 95, width: 35, height: 25, centre: 85 },
      { x: 117.5, y: 70, width: 35, height: 50, centre: 135 },
      { x: 167.5, y: 20, width: 35, height: 100, centre: 185 },
    ]],
    ['thirds, to one decimal', [1, 0, 0], 3, [
      { x: 20, y: 86.7, width: 46.7, height: 33.3, centre: 43.3 },
      { x: 86.7, y: 120, width: 46.7, height: 0, centre: 110 },
      { x: 153.3, y: 120, width: 46.7, height: 0, centre: 176.7 },
    ]],
  ])('lays out %s', (_, values, top, columns) => {
    expect(layoutColumns(values, top, BOX)).toEqual(columns)
  })
})

describe('linePoints and linePath', () => {
  it.each([
    ['no values', [], [], ''],
    ['one value, in the middle', [50], [{ x: 110, y: 70 }], 'M110 70'],
    ['two values, at the edges', [0, 100], [{ x: 10, y: 120 }, { x: 210, y: 20 }], 'M10 120L210 20'],
    ['three, evenly spaced', [25, 75, 100], [{ x: 10, y: 95 }, { x: 110, y: 45 }, { x: 210, y: 20 }], 'M10 95L110 45L210 20'],
  ])('draws %s', (_, values, points, path) => {
    expect(linePoints(values, 100, BOX)).toEqual(points)
    expect(linePath(linePoints(values, 100, BOX))).toBe(path)
  })
})

describe('stackSegments', () => {
  it.each([
    ['nothing', [0, 0, 0], [{ start: 0, width: 0 }, { start: 0, width: 0 }, { start: 0, width: 0 }]],
    ['one whole part', [0, 5, 0], [{ start: 0, width: 0 }, { start: 0, width: 100 }, { start: 100, width: 0 }]],
    ['quarters', [1, 1, 2], [{ start: 0, width: 25 }, { start: 25, width: 25 }, { start: 50, width: 50 }]],
    ['thirds, to one decimal', [1, 1, 1], [{ start: 0, width: 33.3 }, { start: 33.3, width: 33.3 }, { start: 66.7, width: 33.3 }]],
    ['a negative part, as none', [-3, 1], [{ start: 0, width: 0 }, { start: 0, width: 100 }]],
  ])('stacks %s', (_, values, segments) => {
    expect(stackSegments(values)).toEqual(segments)
  })
})
