import { Buffer } from 'node:buffer'
import { writeFileSync } from 'node:fs'
import { generate } from 'lean-qr'

/**
 * A video file Chromium plays as its camera (`--use-file-for-fake-video-capture`): a QR code of
 * `text`, black on white, in the middle of a 640×480 grey frame. Y4M is raw YUV 4:2:0.
 */
export function writeQrVideo(path: string, text: string): void {
  const width = 640
  const height = 480
  const code = generate(text)
  const scale = Math.floor(400 / (code.size + 8))
  const side = (code.size + 8) * scale
  const left = Math.floor((width - side) / 2)
  const top = Math.floor((height - side) / 2)
  const luma = new Uint8Array(width * height).fill(180)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - 4
      const my = Math.floor(y / scale) - 4
      const dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.get(mx, my)
      luma[(top + y) * width + left + x] = dark ? 16 : 235
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(path, Buffer.concat([header, frame, frame]))
}
