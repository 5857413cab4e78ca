import type { Browser, Page } from 'playwright-core'
import type { NginxServer } from './nginx'
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, launchBrowser, newPhoneContext, playWholeQuiz, waitForApp, waitForController } from './browser'
import { serveWithNginx } from './nginx'

/** Copies of the build as successive deploys: the same app, changed the way a new build changes. */
const scratch = mkdtempSync(join(tmpdir(), 'quorum-deploys-'))
function deployOf(name: string, change: (dir: string) => void): string {
  const dir = join(scratch, name)
  cpSync(DIST, dir, { recursive: true })
  change(dir)
  return dir
}

function articleChunk(dir: string): string {
  const found = readdirSync(join(dir, 'assets')).find(f => /^ArticleView-.*\.js$/.test(f))
  if (found === undefined)
    throw new Error('no ArticleView chunk in the build')
  return found
}

/**
 * Renames an asset as a new build does: every file that refers to a renamed one changes, so it
 * is renamed too (its hash is of its content), up to the HTML. Assets are cached for a year
 * (deploy/nginx.conf), so a file whose content changed under the same name would never be seen.
 */
function renameAsset(dir: string, from: string, to: string) {
  const renames = new Map([[from, to]])
  const scripts = () => readdirSync(join(dir, 'assets')).filter(f => f.endsWith('.js'))
  for (let changed = true; changed;) {
    changed = false
    for (const f of scripts()) {
      const text = readFileSync(join(dir, 'assets', f), 'utf8')
      if (!renames.has(f) && [...renames.keys()].some(old => text.includes(old))) {
        renames.set(f, f.replace(/\.js$/, '-next.js'))
        changed = true
      }
    }
  }
  for (const [old, next] of renames)
    renameSync(join(dir, 'assets', old), join(dir, 'assets', next))
  for (const path of [...scripts().map(f => join(dir, 'assets', f)), join(dir, 'index.html'), join(dir, 'app.html')]) {
    let text = readFileSync(path, 'utf8')
    for (const [old, next] of renames)
      text = text.replaceAll(old, next)
    writeFileSync(path, text)
  }
}

/** Counts the page's own loads: the first, and every reload after it. */
function countLoads(page: Page): { readonly count: number } {
  let count = 0
  page.on('load', () => count++)
  return {
    get count() {
      return count
    },
  }
}

describe('deploys while the app is open, served by nginx', () => {
  let browser: Browser
  let server: NginxServer
  const v1 = deployOf('v1', () => {})

  beforeAll(async () => {
    browser = await launchBrowser()
    server = await serveWithNginx(v1)
  })
  afterAll(async () => {
    await server?.close()
    await browser?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('a new version waits through a quiz, is offered after it, and one reload applies it with all data kept', async () => {
    server.deploy(v1)
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const loads = countLoads(page)
    await page.goto(server.url)
    await waitForController(page)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    for (const n of [1, 2]) {
      await page.getByText(`Question ${n} of 10`, { exact: true }).waitFor()
      await page.locator('.options button').first().click()
      await page.getByRole('button', { name: 'Next question' }).click()
    }
    await page.getByText('Question 3 of 10', { exact: true }).waitFor()
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true))

    // The deploy: a new service worker, found while the student is on question 3.
    server.deploy(deployOf('v2', dir => writeFileSync(join(dir, 'sw.js'), `${readFileSync(join(dir, 'sw.js'), 'utf8')}\n// build 2\n`)))
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)

    // Nothing happens mid-quiz: no reload, no activation, no prompt.
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true)
    await expect(page.getByText('Question 3 of 10', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.getByText('A new version of Quorum is ready.').count()).resolves.toBe(0)
    expect(loads.count).toBe(1)

    // After the quiz the update is offered; accepting it reloads once and keeps the result.
    await playWholeQuiz(page)
    const heading = await page.getByRole('heading', { level: 1 }).textContent()
    await page.getByText('A new version of Quorum is ready.').waitFor()
    await page.getByRole('button', { name: 'Update now' }).click()
    await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForTimeout(1000)
    expect(loads.count).toBe(2)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('quorum:history') ?? '{}').data?.length)).toBe(1)
    await expect(page.getByText('A new version of Quorum is ready.').count()).resolves.toBe(0)
    await context.close()
  }, 90_000)

  it('a screen whose file a deploy renamed loads after one reload', async () => {
    server.deploy(v1)
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    const loads = countLoads(page)
    await page.goto(server.url)
    await waitForApp(page)

    server.deploy(deployOf('v3', dir => renameAsset(dir, articleChunk(dir), 'ArticleView-Renamed0.js')))
    await page.getByRole('link', { name: 'Article' }).click()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    await page.waitForTimeout(1000)
    expect(page.url()).toBe(`${server.url}/article`)
    expect(loads.count).toBe(2)
    await context.close()
  }, 60_000)

  it('a screen whose file is gone for good reloads once, then says so: never a loop', async () => {
    server.deploy(v1)
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    const loads = countLoads(page)
    await page.goto(server.url)
    await waitForApp(page)

    server.deploy(deployOf('v4', dir => rmSync(join(dir, 'assets', articleChunk(dir)))))
    await page.getByRole('link', { name: 'Article' }).click()
    await page.getByText('This screen could not be loaded.', { exact: false }).waitFor()
    await page.waitForTimeout(2000)
    expect(loads.count).toBe(2)
    await context.close()
  }, 60_000)
})
