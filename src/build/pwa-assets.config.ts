import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

/** Icons come from one SVG, public/favicon.svg: `npm run icons` writes them into public/. */
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1b4f8a' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1b4f8a' } },
  },
  images: ['public/favicon.svg'],
})
