import type { Ref } from 'vue'
import { onBeforeUnmount, ref } from 'vue'

/** Reads QR codes from a video frame: the browser's own detector, or jsQR as a fallback. */
type FrameReader = (video: HTMLVideoElement) => Promise<string | null>

interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats?: () => Promise<string[]>
}

async function nativeReader(): Promise<FrameReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (Detector === undefined)
    return null
  try {
    const formats = await Detector.getSupportedFormats?.()
    if (formats !== undefined && !formats.includes('qr_code'))
      return null
    const detector = new Detector({ formats: ['qr_code'] })
    return async video => (await detector.detect(video))[0]?.rawValue ?? null
  }
  catch {
    return null
  }
}

/** jsQR is loaded only when a device without a QR detector first scans (and is precached). */
async function fallbackReader(): Promise<FrameReader> {
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return async (video) => {
    if (context === null || video.videoWidth === 0)
      return null
    canvas.width = video.videoWidth
    canvas.height = video.videoHeight
    context.drawImage(video, 0, 0)
    const image = context.getImageData(0, 0, canvas.width, canvas.height)
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null
  }
}

export function cameraProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'The camera was not allowed. Allow it in the browser’s site settings, or paste the codes instead.'
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'No camera was found on this device. Paste the codes instead.'
  if (name === 'NotReadableError')
    return 'The camera is busy in another app. Close it there and try again, or paste the codes instead.'
  return 'The camera could not be started. Paste the codes instead.'
}

const SCAN_EVERY_MS = 200

/**
 * Scans the camera for QR codes while `scanning` is true, calling `onText` with each code read.
 * The same text is passed on only once until another is read, so a code held up stays one scan.
 */
export function useQrScanner(video: Ref<HTMLVideoElement | null>, onText: (text: string) => void) {
  const scanning = ref(false)
  const problem = ref<string | null>(null)
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = ''

  function stop() {
    scanning.value = false
    if (timer !== null)
      clearTimeout(timer)
    timer = null
    stream?.getTracks().forEach(track => track.stop())
    stream = null
    if (video.value !== null)
      video.value.srcObject = null
  }

  async function start() {
    problem.value = null
    if (navigator.mediaDevices?.getUserMedia === undefined) {
      problem.value = 'This browser cannot use the camera here. Paste the codes instead.'
      return
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    }
    catch (error) {
      problem.value = cameraProblem(error)
      return
    }
    const element = video.value
    if (element === null)
      return stop()
    element.srcObject = stream
    await element.play().catch(() => {})
    const read = (await nativeReader()) ?? (await fallbackReader())
    scanning.value = true
    last = ''
    const tick = async () => {
      if (!scanning.value)
        return
      const text = await read(element).catch(() => null)
      if (text !== null && text !== last) {
        last = text
        onText(text)
      }
      if (scanning.value)
        timer = setTimeout(tick, SCAN_EVERY_MS)
    }
    tick()
  }

  onBeforeUnmount(stop)
  return { scanning, problem, start, stop }
}
