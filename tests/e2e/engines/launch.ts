import type { Engine, EngineName, EngineOptions } from './driver'
import { launchChromium } from './chromium'
import { launchFirefox } from './firefox'
import { launchWebKit } from './webkit'

export function launchEngine(name: EngineName, options: EngineOptions = {}): Promise<Engine> {
  switch (name) {
    case 'chromium': return launchChromium(options)
    case 'firefox': return launchFirefox(options)
    case 'webkit': return launchWebKit(options)
  }
}
