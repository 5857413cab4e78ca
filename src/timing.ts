/**
 * Starts timing one phase of the app's start; the returned function ends it. Each phase is a
 * User Timing measure named `quorum:<name>`, which `npm run bench:lighthouse` prints and any
 * browser's performance panel shows.
 */
export function phase(name: string): () => void {
  const start = performance.now()
  return () => {
    performance.measure(`quorum:${name}`, { start, end: performance.now() })
  }
}

/** Resolves in a task of its own, so the browser can paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0))
}
