/** A drawing's size in SVG user units (y grows downwards). */
export interface Frame {
  width: number
  height: number
}

/** One decimal is finer than a pixel at any size a diagram is drawn: shorter SVG, same picture. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10
  return r === 0 ? 0 : r
}
