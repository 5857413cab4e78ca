import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DIST, launchProfile, useBrowserAndServer, waitForController } from './browser'

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('installable as an app', () => {
  const app = useBrowserAndServer()

  it('has a complete web app manifest with real icons of the stated sizes', async () => {
    const manifest = JSON.parse(readFileSync(`${DIST}/manifest.webmanifest`, 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Quorum'),
      short_name: 'Quorum',
      description: expect.any(String),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    })
    const icons = manifest.icons as { src: string, sizes: string, purpose?: string }[]
    const wanted = [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]
    for (const [sizes, purpose] of wanted) {
      const icon = icons.find(i => i.sizes === sizes && (i.purpose ?? 'any') === purpose)
      expect(icon, `${sizes} ${purpose} icon`).toBeDefined()
      const res = await fetch(`${app.server.url}/${icon!.src}`)
      expect(res.status).toBe(200)
      const [w, h] = pngSize(Buffer.from(await res.arrayBuffer()))
      expect(`${w}x${h}`).toBe(sizes)
    }
    const html = readFileSync(`${DIST}/index.html`, 'utf8')
    const touch = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(html)?.[1]
    expect(touch).toBeDefined()
    expect(pngSize(readFileSync(`${DIST}/${touch}`))).toEqual([180, 180])
  })

  it('reports no installability errors in Chromium', async () => {
    const { context, close } = await launchProfile()
    const page = await context.newPage()
    await page.goto(app.server.url)
    await waitForController(page)
    const cdp = await context.newCDPSession(page)
    const manifest = await cdp.send('Page.getAppManifest') as { url: string, errors: unknown[] }
    expect(manifest.url).toMatch(/manifest\.webmanifest$/)
    expect(manifest.errors).toEqual([])
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    await close()
  })
})
