import type { Page } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { axeViolations, chromePath, newPhoneContext, useBrowserAndServer, waitForController, watchErrors } from './browser'
import { writeQrVideo } from './fake-camera'

const env = useBrowserAndServer()
const scratch = mkdtempSync(join(tmpdir(), 'quorum-class-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A student joins on a phone that has been offline since the app was cached, plays, and hands in. */
async function studentResult(page: Page, joinLink: string, name: string, pick: (n: number) => number): Promise<string> {
  await page.goto(joinLink)
  await page.getByLabel('Your name or nickname').fill(name)
  await page.getByRole('button', { name: 'Join' }).click()
  await page.waitForURL(/\/quiz$/)
  const label = await page.getByText(/^Question 1 of \d+$/).textContent()
  const total = Number(/of (\d+)/.exec(label ?? '')?.[1])
  for (let n = 1; n <= total; n++) {
    await page.getByText(`Question ${n} of ${total}`, { exact: true }).waitFor()
    await page.locator('.options button').nth(pick(n)).click()
    await page.getByRole('button', { name: n === total ? 'See results' : 'Next question' }).click()
  }
  await page.getByRole('heading', { name: 'Hand in your result' }).waitFor()
  await expect(page.getByRole('img', { name: 'QR code of your result' }).isVisible()).resolves.toBe(true)
  return (await page.locator('.code-panel .code').textContent())?.trim() ?? ''
}

describe('a class session with no network between the devices', () => {
  it('runs a whole session: host, students join offline, results pasted and scanned, the class report', async () => {
    const teacher = await env.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const host = await teacher.newPage()
    const teacherErrors = watchErrors(host)
    await host.goto(`${env.server.url}/host`)
    await host.getByRole('radio', { name: '5 questions' }).check()
    await host.getByRole('checkbox', { name: 'Students see feedback after each answer' }).uncheck()
    await host.getByRole('button', { name: 'Create the session' }).click()
    await host.waitForURL(/\/class\/[0-9A-Z]{10}$/)
    const joinCode = host.url().split('/').pop()!
    const joinLink = (await host.locator('.link').textContent())?.trim() ?? ''
    expect(joinLink).toBe(`${env.server.url}/join/${joinCode}`)
    await expect(host.getByRole('img', { name: 'QR code of the join link' }).isVisible()).resolves.toBe(true)
    expect(await axeViolations(host)).toEqual([])

    // The class screen: a clicker's Page Down reveals the answer, then moves to the next question.
    await host.getByRole('link', { name: 'Show on the class screen' }).click()
    await host.getByText('Question 1 of 5', { exact: true }).waitFor()
    expect(await axeViolations(host)).toEqual([])
    await host.keyboard.press('PageDown')
    await host.getByRole('heading', { name: /^The answer is [A-D]: / }).waitFor()
    expect(await axeViolations(host)).toEqual([])
    await host.keyboard.press('PageDown')
    await host.getByText('Question 2 of 5', { exact: true }).waitFor()
    await host.keyboard.press('ArrowLeft')
    await host.getByText('Question 1 of 5', { exact: true }).waitFor()
    await host.getByRole('link', { name: 'Leave the class screen' }).click()

    // Paper: the sheet and the key, and in print nothing but them.
    await host.getByRole('link', { name: 'Print the quiz' }).click()
    await host.getByRole('heading', { name: /^Answer key: / }).waitFor()
    expect(await axeViolations(host)).toEqual([])
    await host.emulateMedia({ media: 'print' })
    await expect(host.locator('.app-header').isVisible()).resolves.toBe(false)
    await expect(host.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false)
    await expect(host.locator('.sheet .questions > li').count()).resolves.toBe(5)
    await host.emulateMedia({ media: 'screen' })
    await host.getByRole('link', { name: 'Back to the session' }).click()

    // Two students, each on a phone that went offline after its first visit.
    const codes: string[] = []
    for (const [name, pick] of [['Amal', () => 0], ['Bo', (n: number) => n % 2]] as const) {
      const phone = await newPhoneContext(env.browser)
      const page = await phone.newPage()
      const errors = watchErrors(page)
      await page.goto(env.server.url)
      await waitForController(page)
      await phone.setOffline(true)
      codes.push(await studentResult(page, joinLink, name, pick))
      expect(errors).toEqual([])
      await phone.close()
    }

    // Amal's code is pasted, with a typo'd copy and another session's code: only hers is added.
    const corrupted = `${codes[0]!.slice(0, 6)}${codes[0]![6] === 'X' ? 'Y' : 'X'}${codes[0]!.slice(7)}`
    await host.getByLabel('Result codes').fill(`${codes[0]}\n${corrupted}`)
    await host.getByRole('button', { name: 'Add results' }).click()
    await expect(host.getByRole('status').filter({ hasText: 'Added' }).textContent()).resolves.toContain('Amal')
    await expect(host.getByRole('list', { name: 'Codes not added' }).textContent()).resolves.toContain('mistake')
    // Pasting the same code again is refused as a duplicate, and nothing collected is lost.
    await host.getByLabel('Result codes').fill(codes[0]!)
    await host.getByRole('button', { name: 'Add results' }).click()
    await expect(host.getByRole('list', { name: 'Codes not added' }).textContent()).resolves.toContain('already')

    const students = host.getByRole('table', { name: 'Students', exact: true })
    await expect(students.getByRole('rowheader').allTextContents()).resolves.toEqual(['Amal'])
    expect(teacherErrors).toEqual([])

    // Bo's result comes in through the camera: a second teacher browser whose camera shows Bo's QR code.
    const video = join(scratch, 'bo.y4m')
    writeQrVideo(video, codes[1]!.replace(/-/g, ''))
    const storageState = await teacher.storageState()
    const camera = await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    })
    try {
      const scanContext = await camera.newContext({ viewport: { width: 1280, height: 900 }, storageState, permissions: ['camera'] })
      const scan = await scanContext.newPage()
      await scan.goto(`${env.server.url}/class/${joinCode}`)
      await scan.getByRole('button', { name: 'Scan QR codes' }).click()
      await scan.getByRole('status').filter({ hasText: 'Added the result of Bo' }).waitFor({ timeout: 20_000 })
      await scan.getByRole('button', { name: 'Stop scanning' }).click()

      const students = scan.getByRole('table', { name: 'Students', exact: true })
      await expect(students.getByRole('rowheader').allTextContents()).resolves.toEqual(expect.arrayContaining(['Amal', 'Bo']))
      await expect(students.getByRole('rowheader').count()).resolves.toBe(2)
      expect(await axeViolations(scan)).toEqual([])
    }
    finally {
      await camera.close()
    }
    await teacher.close()
  }, 120_000)
})
