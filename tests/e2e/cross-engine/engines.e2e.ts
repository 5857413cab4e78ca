import { describe } from 'vitest'
import { ENGINES } from '../engines/driver'
import { useEngine } from './app'
import { classTests } from './classroom'
import { darkTests } from './dark'
import { dataTests } from './data'
import { fallbackTests } from './fallbacks'
import { keyboardTests } from './keyboard'
import { offlineTests } from './offline'
import { screenTests } from './screens'
import { updateTests } from './update'

/**
 * The cross-engine suite: what a student and a teacher do, in Chromium, Firefox and WebKit (the
 * engine of every browser on iPhone and iPad), against the build served by Debian's nginx with
 * deploy/nginx.conf. One session per engine serves every test; each page is a fresh profile.
 */
describe.each(ENGINES)('in %s, served by nginx', (name) => {
  const env = useEngine(name)
  screenTests(env)
  offlineTests(env)
  updateTests(env)
  keyboardTests(env)
  classTests(env)
  dataTests(env)
  fallbackTests(env, name)
  darkTests(name)
})
