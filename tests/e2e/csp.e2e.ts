import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DIST, playWholeQuiz, useBrowserAndServer, watchErrors } from './browser'
import { serveBuildWithNginx } from './nginx'

// Served as deployed: the policy is the header of deploy/nginx.conf as well as the meta tag.
const env = useBrowserAndServer(serveBuildWithNginx)

describe('Content-Security-Policy', () => {
  it('the built index.html has no inline script and sets script-src \'self\'', () => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//)
      expect(body?.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, '\'') ?? ''
    expect(policy.split(';').map(d => d.trim())).toContain('script-src \'self\'')
    // Before any script or stylesheet, so that it covers them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })

  it('no screen breaks it: zero violations from home to a class report', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } })
    // Listening from before the first script runs: init scripts come through DevTools, not the page.
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
      document.addEventListener('securitypolicyviolation', e => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const violations: string[] = []
    const collect = async (screen: string) => {
      const found = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
      violations.push(...found.map(v => `${screen}: ${v}`))
    }

    await page.goto(env.server.url)
    await page.getByRole('heading', { name: 'How does the UN vote?' }).waitFor()
    await collect('home')
    await page.getByRole('button', { name: 'Quick quiz: 10 questions' }).click()
    await page.waitForURL(/\/quiz$/)
    await page.locator('.options button').first().click()
    await page.getByRole('button', { name: 'Next question' }).waitFor()
    await collect('feedback')
    await page.getByRole('button', { name: 'Next question' }).click()
    await playWholeQuiz(page)
    await collect('results')
    for (const path of ['/article', '/article?s=3', '/progress', '/data', '/join', '/lab', '/lab?body=assembly&yes=93&no=18&abstain=65&majority=two-thirds', '/nowhere']) {
      await page.goto(`${env.server.url}${path}`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await collect(path)
    }
    await page.goto(`${env.server.url}/host`)
    await page.getByRole('button', { name: 'Create the session' }).click()
    await page.waitForURL(/\/class\//)
    await page.getByRole('img', { name: 'QR code of the join link' }).waitFor()
    await collect('class session')
    await page.getByRole('link', { name: 'Show on the class screen' }).click()
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    await page.keyboard.press('PageDown')
    await collect('class screen')
    await page.goBack()
    await page.getByRole('link', { name: 'Print the quiz' }).click()
    await page.getByRole('heading', { name: /^Answer key/ }).waitFor()
    await collect('print')

    expect(violations).toEqual([])
    expect(errors).toEqual([])

    // The watch itself works: an inline script added now is refused, and seen.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
    })
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0)
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined()
    await context.close()
  }, 90_000)
})
