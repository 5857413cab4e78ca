// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderPage } from '~/build/prerender'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('renderPage', () => {
  it('renders the home screen of a first visit as plain HTML', async () => {
    const html = await renderPage(root, '/')
    expect(html).toMatch(/<h1[^>]*>How does the UN vote\?<\/h1>/)
    // Disabled until the app mounts over it.
    expect(html).toMatch(/<button disabled [^>]*> Quick quiz: 10 questions <\/button>/)
    expect(html).toContain('<nav aria-label="Main">')
    // No saved data at build time: nothing to resume, no update prompt, no script.
    expect(html).not.toContain('Resume quiz')
    expect(html).not.toContain('A new version of Quorum is ready')
    expect(html).not.toMatch(/<script/i)
  }, 60_000)
})
