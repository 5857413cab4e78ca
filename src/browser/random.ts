/**
 * A random 32-bit word from the browser's cryptographic generator: the one place the app draws
 * chance. Stores and views pass it on as a seed; src/quiz only ever receives seeds.
 */
export function randomWord(): number {
  const words = new Uint32Array(1)
  crypto.getRandomValues(words)
  return words[0] ?? 0
}
