/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { srcAlias } from './src/build/alias.ts'
import { bankPlugin } from './src/build/bank-plugin.ts'
import { compileHintsPlugin } from './src/build/compile-hints.ts'
import { CSP_META, SECURITY_HEADERS } from './src/build/csp.ts'
import { deployFilesPlugin } from './src/build/deploy.ts'
import { prerenderPlugin, SHELL_FILE } from './src/build/prerender.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export const APP_NAME = 'Quorum: how the UN votes'
export const THEME_COLOR = '#1b4f8a'
export const BACKGROUND_COLOR = '#f7f8fa'

export default defineConfig({
  plugins: [
    vue(),
    bankPlugin(root),
    prerenderPlugin(root),
    compileHintsPlugin(),
    deployFilesPlugin(),
    {
      name: 'quorum-csp',
      // Only in the build: the dev server injects styles inline for hot reload.
      transformIndexHtml: (html, context) => context.server === undefined
        ? html.replace('__QUORUM_CSP__', CSP_META)
        : html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: APP_NAME,
        short_name: 'Quorum',
        description: 'Quizzes on how the United Nations votes, built from one news article. Works offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ['education'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: SHELL_FILE,
      },
    }),
  ],
  resolve: { alias: srcAlias(root) },
  define: {
    // Every component is <script setup>: the Options API is dead weight on the first screen.
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    // The browsers the app is built for (Vite's "Baseline widely available" of May 2025, named
    // here so that a Vite upgrade cannot move them silently; the README lists them).
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
    // Every browser that can install the app supports <link rel="modulepreload">. The boot
    // script's import of the app preloads nothing: those links cost a slow phone more main-thread
    // time than the one round trip they save (measured with src/cli/lighthouse.ts).
    modulePreload: { polyfill: false, resolveDependencies: (file, deps) => (file.startsWith('assets/main-') ? [] : deps) },
    // One stylesheet, linked from index.html: the pre-rendered home paints with every style it
    // needs, before any script, and no screen's styles arrive late and move things.
    cssCodeSplit: false,
    // dist/.vite/manifest.json: how src/build/size.ts knows what the first screen loads.
    manifest: true,
  },
  // Always the same port unless told otherwise (`npm start -- --port 8080`): the saved data and
  // the service worker belong to one origin, so another port would open an empty app.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
          // A file's first test also loads its screens' code; on a busy shared machine that
          // alone has taken over the default 5 s.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
