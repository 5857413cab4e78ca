import { mount } from '@vue/test-utils'
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import QrCode from '~/components/classroom/QrCode.vue'
import { encodeResultCode } from '~/quiz/classroom/result-code'

/** Paints the SVG's unit squares into pixels and reads them back with a real QR decoder. */
function decodeSvg(svg: Element): string | null {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const d = svg.querySelector('path')?.getAttribute('d') ?? ''
  const scale = 4
  const width = size * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
        pixels.fill(0, at, at + 3)
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null
}

const RESULT = encodeResultCode({
  session: { topicIndex: 2, count: 10, difficulty: 'hard', feedback: false, seed: 912_345, bank: 777 },
  name: 'Zoë Ångström-Nakamura',
  answers: [0, 1, 2, 3, null, 0, 1, 2, 0, 1],
})

describe('qrCode', () => {
  it.each([
    ['a join link', 'https://quorum.example/join/4Z7KMQ2PXA'],
    ['a result code', RESULT],
    ['the longest result code', encodeResultCode({
      session: { topicIndex: 7, count: 20, difficulty: 'normal', feedback: true, seed: 2 ** 20 - 1, bank: 1023 },
      name: 'ÿ'.repeat(20),
      answers: Array.from({ length: 20 }, (_, i) => i % 4),
    })],
  ])('draws %s so that a QR reader gets the text back', (_, text) => {
    const svg = mount(QrCode, { props: { text, label: 'QR code' } }).find('svg').element
    expect(decodeSvg(svg)).toBe(text)
  })

  it('is one image with the label given, for screen readers', () => {
    const svg = mount(QrCode, { props: { text: 'ABC', label: 'QR code of your result' } }).find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('QR code of your result')
  })

  it('keeps a quiet zone of four light modules on every side', () => {
    const svg = mount(QrCode, { props: { text: 'ABC', label: 'QR' } }).find('svg').element
    const size = Number(svg.getAttribute('viewBox')?.split(' ')[2])
    const corners = [...(svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)].map(m => [Number(m[1]), Number(m[2])])
    expect(Math.min(...corners.flat())).toBe(4)
    expect(Math.max(...corners.flat())).toBe(size - 5)
  })
})
