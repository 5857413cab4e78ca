import { describe, expect, it } from 'vitest'
import { newPhoneContext, useBrowserAndServer, waitForApp } from './browser'

const env = useBrowserAndServer()

describe('the first paint needs no JavaScript', () => {
  it('the home screen is in index.html; other paths get the empty shell', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(env.server.url)
    await expect(page.getByRole('heading', { level: 1, name: 'How does the UN vote?' }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).isVisible()).resolves.toBe(true)
    // Nothing to tap in vain before the app runs.
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).isDisabled()).resolves.toBe(true)
    for (const path of ['/quiz', '/article', '/class/ABCDE12345']) {
      await page.goto(`${env.server.url}${path}`)
      await expect(page.getByRole('heading', { name: 'How does the UN vote?' }).count()).resolves.toBe(0)
    }
    await context.close()
  })

  it('before the app has mounted, the painted controls work: what is chosen and pressed is done once it is up', async () => {
    const context = await newPhoneContext(env.browser)
    const page = await context.newPage()
    // The app's code held back, as on a slow phone: only the small boot script runs meanwhile.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(env.server.url)
    const start = page.getByRole('button', { name: 'Start this quiz' })
    await page.waitForFunction(() => [...document.querySelectorAll('#app button')].every(b => !(b as HTMLButtonElement).disabled))
    expect(await start.evaluate(b => Number(getComputedStyle(b).opacity))).toBe(1)
    // Five questions, with the keyboard, before the app is there.
    await page.locator('input[name=count][value="5"]').focus()
    await page.keyboard.press('Space')
    await start.focus()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await page.locator('#app button[aria-busy="true"]').count()).toBe(1)
    release()
    await page.waitForURL(/\/quiz$/)
    await page.getByText('Question 1 of 5').waitFor()
    await context.close()
  })

  it('the app mounts over the pre-rendered home without shifting it, after the paint', async () => {
    const context = await newPhoneContext(env.browser)
    await context.addInitScript(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver(list => list.getEntries().forEach(e => shifts.push((e as unknown as { value: number }).value)))
        .observe({ type: 'layout-shift', buffered: true })
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', e => errors.push(e.message))
    await page.goto(env.server.url, { waitUntil: 'networkidle' })
    await waitForApp(page)
    await expect(page.locator('#app button[disabled]').count()).resolves.toBe(0)
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0)
    expect(errors).toEqual([])
    // None of the app's code was even requested before the page had painted: only the boot
    // script named in index.html.
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts: performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')).map(e => ({ file: e.name.split('/').pop()!, start: e.startTime })),
    }))
    const boot = /^index-[\w-]+\.js$/
    expect(order.scripts.filter(s => s.start < order.paint).map(s => s.file)).toEqual([expect.stringMatching(boot)])
    expect(order.scripts.filter(s => !boot.test(s.file)).length).toBeGreaterThan(3)
    // The chooser below the fold starts a quiz.
    await page.getByRole('button', { name: 'Start this quiz' }).click()
    await page.waitForURL(/\/quiz$/)
    await context.close()
  })

  it('a returning visitor\'s home is rendered afresh from what is saved, with no errors', async () => {
    const context = await newPhoneContext(env.browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', e => errors.push(e.message))
    await page.goto(env.server.url)
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.waitForURL(/\/quiz$/)
    await page.goto(env.server.url)
    await page.getByRole('link', { name: /^Resume quiz \(1 of 10\)/ }).waitFor()
    // The painted first-visit home had "Quick quiz" as the primary button; the real one does not.
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).getAttribute('class')).resolves.not.toContain('primary')
    await expect(page.getByRole('button', { name: 'Quick quiz: 10 questions' }).isEnabled()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
