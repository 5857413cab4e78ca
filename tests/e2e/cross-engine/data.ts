import type { EnginePage } from '../engines/driver'
import type { EngineEnv } from './app'
import { describe, expect, it } from 'vitest'
import { PHONE, playWholeQuiz } from './app'

/**
 * Keeps the files the page saves (src/browser/download.ts clicks a link with `download` to a
 * blob URL) instead of handing them to the engine's download manager, which each engine drives
 * differently. The blobs are kept as made: the CSP rightly lets no script fetch a blob URL.
 */
async function keepDownloads(page: EnginePage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { downloads: { name: string, blob: Blob }[] }
    const blobs = new Map<string, Blob>()
    w.downloads = []
    const createObjectURL = URL.createObjectURL
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob)
      if (blob instanceof Blob)
        blobs.set(url, blob)
      return url
    }
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href)
      if (this.download === '' || blob === undefined)
        return click.call(this)
      w.downloads.push({ name: this.download, blob })
    }
  })
}

/** The last file saved: its name and its text. */
async function lastDownload(page: EnginePage): Promise<{ name: string, text: string }> {
  return page.evaluate(async () => {
    const { name, blob } = (window as unknown as { downloads: { name: string, blob: Blob }[] }).downloads.at(-1)!
    return { name, text: await blob.text() }
  })
}

/** Chooses a file in the page's file input, as the picker would. */
async function chooseFile(page: EnginePage, name: string, text: string): Promise<void> {
  await page.evaluate((name: string, text: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
    const files = new DataTransfer()
    files.items.add(new File([text], name, { type: 'application/json' }))
    input.files = files.files
    input.dispatchEvent(new Event('change', { bubbles: true }))
  }, name, text)
}

export function dataTests(env: EngineEnv): void {
  describe('your data', () => {
    it('exports progress to a file and imports it into another profile; a foreign file is refused', async () => {
      const first = await env.engine.newPage(PHONE)
      await first.goto(env.server.url)
      await first.click({ role: 'button', name: 'Quick quiz: 10 questions' })
      await playWholeQuiz(first)
      const score = await first.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '')
      await first.click({ role: 'link', name: 'Your data' })
      await first.waitFor({ role: 'heading', name: 'Your data', level: 1 })
      await keepDownloads(first)
      await first.click({ role: 'button', name: 'Export progress' })
      const file = await lastDownload(first)
      expect(file.name).toMatch(/^quorum-data-\d{4}-\d{2}-\d{2}\.json$/)
      expect((JSON.parse(file.text) as { history: unknown[] }).history).toHaveLength(1)
      expect(first.consoleErrors()).toEqual([])
      await first.close()

      const second = await env.engine.newPage(PHONE)
      await second.goto(`${env.server.url}/data`)
      await second.waitFor({ text: '0 finished quizzes' })
      await chooseFile(second, 'notes.json', '{"kind":"notes"}')
      await second.waitFor({ text: /^Nothing was imported from notes\.json\. The file is not a Quorum data file\./ })
      await chooseFile(second, file.name, file.text)
      await second.waitFor({ text: /^Imported .*: 1 new result and \d+ new review facts\.$/ })
      await second.waitFor({ text: '1 finished quiz' })
      await second.goto(env.server.url)
      await second.click({ css: '.history a' })
      await second.waitFor({ role: 'heading', name: score, level: 1 })
      expect(second.consoleErrors()).toEqual([])
      await second.close()
    }, 90_000)
  })
}
