import type { EngineName, EnginePage } from '../engines/driver'
import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { axeViolations, PHONE, useEngine, waitForStartUp } from './app'

type Rgb = [number, number, number]

/** WCAG's relative luminance of an sRGB colour. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * The colours the engine painted at points of the page, read from a screenshot: a native
 * control (a <progress>) is drawn by the engine, and no computed style says with what colours.
 */
async function paintedAt(page: EnginePage, points: [number, number][]): Promise<Rgb[]> {
  const png = Buffer.from(await page.screenshot()).toString('base64')
  return page.evaluate(async (png: string, points: [number, number][]) => {
    const image = new Image()
    image.src = `data:image/png;base64,${png}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    return points.map(([x, y]) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3) as Rgb)
  }, png, points)
}

export function darkTests(name: EngineName): void {
  describe('in dark mode', () => {
    const env = useEngine(name, { colorScheme: 'dark' })

    it('the quiz progress bar is dark where it is empty and stands out where it is full; no axe violation', async () => {
      const page = await env.engine.newPage(PHONE)
      await page.goto(env.server.url)
      await waitForStartUp(page)
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
      expect(await axeViolations(page), 'home').toEqual([])
      await page.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await page.waitFor({ text: 'Question 1 of 10' })
      expect(await axeViolations(page), 'question').toEqual([])
      // Question 1 of 10: the first tenth of the bar is full, the rest empty.
      const bar = await page.evaluate(() => {
        const r = document.querySelector('.question-counter progress')!.getBoundingClientRect()
        return { x: r.x, y: r.y + r.height / 2, width: r.width }
      })
      const [full, empty, background] = await paintedAt(page, [[bar.x + bar.width * 0.05, bar.y], [bar.x + bar.width * 0.6, bar.y], [2, bar.y]])
      expect(luminance(empty!), `empty part painted ${empty}`).toBeLessThan(0.1)
      expect(contrast(full!, empty!), `full ${full} against empty ${empty}`).toBeGreaterThanOrEqual(3)
      expect(luminance(background!), `background painted ${background}`).toBeLessThan(0.1)
      expect(page.consoleErrors()).toEqual([])
      await page.close()
    }, 60_000)
  })
}
