import type { Server } from 'node:http'
import type { Engine } from './driver'
import { createServer } from 'node:http'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from './driver'
import { firefoxPath } from './firefox'
import { launchEngine } from './launch'
import { webkitPaths } from './webkit'

/** A page with a button, a field, a console error and an uncaught exception, in every engine. */
const FIXTURE = `<!doctype html><html lang="en"><title>fixture</title>
<h1>Fixture</h1>
<label>Your name <input type="text" id="name"></label>
<button type="button" aria-label="Say hello" onclick="document.querySelector('output').textContent = 'Hello ' + document.getElementById('name').value">Hi</button>
<button type="button" style="display: none">Hidden</button>
<output></output>
<script>console.error('fixture error'); setTimeout(() => { throw new Error('fixture exception') })</script>`

function withEnv(name: string, value: string, run: () => void) {
  const saved = process.env[name]
  process.env[name] = value
  try {
    run()
  }
  finally {
    if (saved === undefined)
      delete process.env[name]
    else
      process.env[name] = saved
  }
}

describe('the cross-engine driver itself', () => {
  let server: Server
  let url = ''
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end(FIXTURE)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it('fails with install instructions when an engine is missing', () => {
    withEnv('FIREFOX_PATH', '/nowhere/firefox', () => {
      expect(() => firefoxPath()).toThrow(/No Firefox at \/nowhere\/firefox.*apt-get install -y firefox-esr/)
    })
    withEnv('WEBKIT_DRIVER_PATH', '/nowhere/WebKitWebDriver', () => {
      expect(() => webkitPaths()).toThrow(/No WebKitWebDriver at \/nowhere.*apt-get install -y webkit2gtk-driver xvfb/)
    })
    withEnv('XVFB_PATH', '/nowhere/Xvfb', () => {
      expect(() => webkitPaths()).toThrow(/No Xvfb at \/nowhere.*apt-get install -y webkit2gtk-driver xvfb/)
    })
  })

  describe.each(ENGINES)('in %s', (name) => {
    let engine: Engine
    beforeAll(async () => {
      engine = await launchEngine(name)
    })
    afterAll(() => engine?.close())

    it('finds by role and name, types, clicks, and sees the console error and the exception', async () => {
      const page = await engine.newPage({ width: 600, height: 400 })
      await page.goto(url)
      await page.waitFor({ role: 'heading', name: 'Fixture', level: 1 })
      expect(await page.isShown({ role: 'button', name: 'Hidden' })).toBe(false)
      await page.fill({ role: 'textbox', name: 'Your name' }, 'Ada')
      await page.click({ role: 'button', name: 'Say hello' })
      await page.waitFor({ role: 'status', name: /^Hello Ada$/ })
      expect(await page.evaluate((a: number, b: { c: number }) => Promise.resolve(a + b.c), 40, { c: 2 })).toBe(42)
      await expect.poll(() => page.consoleErrors().join('\n')).toMatch(/fixture exception/)
      expect(page.consoleErrors().join('\n')).toMatch(/fixture error/)
      expect(engine.version).toMatch(/^\d+\.\d+/)
      await page.close()
    })
  })
})
