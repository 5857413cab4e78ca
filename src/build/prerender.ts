import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { createServer } from 'vite'
import { srcAlias } from './alias.ts'
import { bankPlugin } from './bank-plugin.ts'

/** The app's HTML with no screen in it: what every path but `/` is answered with. */
export const SHELL_FILE = 'app.html'

const PWA_STUB_ID = '\0quorum-pwa-stub'

/** Renders `url` with Vite's SSR loader: the same Vue and bank plugins as the build. */
export async function renderPage(root: string, url: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias: srcAlias(root) },
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [
      vue(),
      bankPlugin(root),
      {
        // No service worker at build time: the update prompt renders as "nothing new".
        name: 'quorum-pwa-stub',
        resolveId: id => (id === 'virtual:pwa-register' ? PWA_STUB_ID : null),
        load: id => (id === PWA_STUB_ID ? 'export function registerSW() { return async () => {} }' : null),
      },
    ],
  })
  try {
    const entry = await server.ssrLoadModule('/src/prerender.ts') as { renderPage: (url: string) => Promise<string> }
    return await entry.renderPage(url)
  }
  finally {
    await server.close()
  }
}

/**
 * index.html carries the home screen pre-rendered, so the first paint needs no JavaScript; a
 * copy without it, app.html, answers every other path (the service worker's navigation
 * fallback, `vite preview`, and what the README asks of a static host), so a deep link never
 * flashes the home screen.
 */
export function prerenderPlugin(root: string): Plugin {
  return {
    name: 'quorum-prerender',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html']
        if (index === undefined || index.type !== 'asset')
          return
        const shell = String(index.source)
        const mount = '<div id="app"></div>'
        if (!shell.includes(mount))
          this.error(`index.html has no ${mount} to render the home screen into`)
        this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: shell })
        const markup = await renderPage(root, '/')
        index.source = shell.replace(mount, `<div id="app">${markup}</div>`)
      },
    },
    configurePreviewServer(server) {
      // Like a static host told to answer unknown paths with app.html.
      server.middlewares.use((request, _response, next) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/'
        if (request.method === 'GET' && path !== '/' && path !== '/index.html' && !/\.[a-z0-9]+$/i.test(path) && (request.headers.accept ?? '').includes('text/html'))
          request.url = `/${SHELL_FILE}`
        next()
      })
    },
  }
}
