import { join } from 'node:path'

/** `~/` is src/, so that no import climbs more than one folder: for every Vite and Vitest config. */
export function srcAlias(root: string): Record<string, string> {
  return { '~': join(root, 'src') }
}
