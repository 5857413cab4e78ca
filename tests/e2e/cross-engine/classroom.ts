import type { EnginePage } from '../engines/driver'
import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { PHONE, playWholeQuiz, waitForController, withoutNetworkErrors } from './app'

/** The names in the report's Students table. */
function studentNames(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => {
    const table = [...document.querySelectorAll('table')].find(t => t.caption?.textContent?.trim() === 'Students')
    return [...table?.querySelectorAll('th[scope="row"]') ?? []].map(th => th.textContent?.trim() ?? '')
  })
}

/**
 * Gives the page a camera that films `path` (an SVG path of QR modules, as the results screen
 * draws it) and takes away any BarcodeDetector: the scan must go through jsQR, the fallback
 * that Firefox, Safari and desktop Chromium on Linux and Windows need.
 */
async function cameraFilming(page: EnginePage, path: string, modules: number): Promise<void> {
  await page.evaluate((path: string, modules: number) => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 8 * modules
    const context = canvas.getContext('2d')!
    const draw = () => {
      context.fillStyle = '#fff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.setTransform(8, 0, 0, 8, 0, 0)
      context.fillStyle = '#000'
      context.fill(new Path2D(path))
      context.setTransform(1, 0, 0, 1, 0, 0)
    }
    draw()
    // A camera sends frames all the time; a still canvas would send one.
    setInterval(draw, 100)
    const stream = canvas.captureStream(10)
    navigator.mediaDevices.getUserMedia = async () => stream
  }, path, modules)
}

export function classTests(env: EngineEnv): void {
  describe('a class session', () => {
    it('a student joins offline and hands in; the teacher scans the code (jsQR, no BarcodeDetector) and a pasted copy is refused', async () => {
      const teacher = await env.engine.newPage()
      await teacher.goto(`${env.server.url}/host`)
      await teacher.click({ role: 'radio', name: '5 questions' })
      await teacher.click({ role: 'button', name: 'Create the session' })
      await teacher.waitFor({ role: 'img', name: 'QR code of the join link' })
      const joinLink = await teacher.evaluate(() => document.querySelector('.link')?.textContent?.trim() ?? '')
      expect(joinLink).toMatch(new RegExp(`^${env.server.url}/join/[0-9A-Z]{10}$`))

      // The student's phone cached the app on an earlier visit; the classroom has no network.
      const student = await env.engine.newPage(PHONE)
      await student.goto(env.server.url)
      await waitForController(student)
      await env.server.stop()
      await student.goto(joinLink)
      await student.fill({ role: 'textbox', name: 'Your name or nickname' }, 'Amélie')
      await student.click({ role: 'button', name: 'Join' })
      await student.waitFor({ text: 'Question 1 of 5' })
      expect(await playWholeQuiz(student)).toBe(5)
      await student.waitFor({ role: 'heading', name: 'Hand in your result' })
      await student.waitFor({ role: 'img', name: 'QR code of your result' })
      const { code, path, modules } = await student.evaluate(() => ({
        code: document.querySelector('.code-panel .code')?.textContent?.trim() ?? '',
        path: document.querySelector('.code-panel svg path')?.getAttribute('d') ?? '',
        modules: Number(document.querySelector('.code-panel svg')?.getAttribute('viewBox')?.split(' ')[2]),
      }))
      expect(withoutNetworkErrors(student.consoleErrors())).toEqual([])
      await student.close()
      await env.server.start()

      await cameraFilming(teacher, path, modules)
      await teacher.click({ role: 'button', name: 'Scan QR codes' })
      await teacher.waitFor({ role: 'status', name: 'Added the result of Amélie.' }, 60_000)
      await teacher.click({ role: 'button', name: 'Stop scanning' })
      await teacher.fill({ role: 'textbox', name: 'Result codes' }, code)
      await teacher.click({ role: 'button', name: 'Add results' })
      await teacher.waitFor({ text: /already/ })
      expect(await studentNames(teacher)).toEqual(['Amélie'])
      expect(teacher.consoleErrors()).toEqual([])
      await teacher.close()
    }, 120_000)
  })
}
