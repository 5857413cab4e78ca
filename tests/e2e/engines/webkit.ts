import type { ChildProcess } from 'node:child_process'
import type { Engine, EngineOptions, EnginePage, PageOptions, Target } from './driver'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { freePort } from '../browser'
import { actOn, callExpression, describeTarget, findElement, poll, toWire } from './driver'

const HOST = fileURLToPath(new URL('./webkit-host.py', import.meta.url))
const INSTALL = '`apt-get install -y webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1`'

/** WebKitWebDriver and Xvfb from Debian's packages, or the ones named by WEBKIT_DRIVER_PATH and XVFB_PATH. */
export function webkitPaths(): { driver: string, xvfb: string, version: string } {
  const driver = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
  const xvfb = process.env.XVFB_PATH ?? '/usr/bin/Xvfb'
  for (const [what, path] of [['WebKitWebDriver', driver], ['Xvfb', xvfb]]) {
    if (!existsSync(path!))
      throw new Error(`No ${what} at ${path}. The cross-engine tests run WebKit through WebKitWebDriver under Xvfb: install them with ${INSTALL} (Debian/Ubuntu).`)
  }
  let version: string
  try {
    version = execFileSync(HOST, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  }
  catch (e) {
    throw new Error(`WebKitGTK's Python bindings are missing (${(e as Error).message.split('\n')[0]}): install them with ${INSTALL}.`)
  }
  return { driver, xvfb, version }
}

/** Starts Xvfb on the first free display; resolves with the display's name (":99"). */
function startXvfb(path: string): Promise<{ display: string, process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(path, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] })
    xvfb.on('error', reject)
    xvfb.on('exit', code => reject(new Error(`Xvfb exited (${code}) before it had a display`)))
    xvfb.stdout!.once('data', (data: Buffer) => resolve({ display: `:${String(data).trim()}`, process: xvfb }))
  })
}

/** WebKitGTK through WebKitWebDriver (WebDriver classic over HTTP), one driver and profile per page. */
export async function launchWebKit(options: EngineOptions = {}): Promise<Engine> {
  const paths = webkitPaths()
  const xvfb = await startXvfb(paths.xvfb)
  const pages = new Set<EnginePage>()
  return {
    name: 'webkit',
    version: paths.version,
    newPage: async (pageOptions: PageOptions = {}) => {
      const page = await webkitPage(paths.driver, xvfb.display, options, pageOptions)
      pages.add(page)
      const close = page.close
      return {
        ...page,
        close: async () => {
          pages.delete(page)
          await close()
        },
      }
    },
    close: async () => {
      await Promise.all([...pages].map(p => p.close()))
      xvfb.process.removeAllListeners('exit')
      xvfb.process.kill()
    },
  }
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

/** WebDriver's codes for the keys the suite presses; a printable key is itself. */
const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
}

async function webkitPage(driverPath: string, display: string, options: EngineOptions, { width = 1280, height = 900, userAgent }: PageOptions): Promise<EnginePage> {
  const port = await freePort()
  const profile = mkdtempSync(join(tmpdir(), 'quorum-webkit-'))
  // The host writes the page's console on its standard output, which the driver passes on;
  // stdbuf has every process line-buffer it, so that a message arrives when it is written.
  const driver = spawn('stdbuf', ['-oL', '-eL', driverPath, `--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] })
  const errors: string[] = []
  let pending = ''
  const read = (data: Buffer) => {
    const lines = (pending + String(data)).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      // "[url:line:column: ]CONSOLE [SOURCE ]LEVEL text"
      if (/(?:^|: )CONSOLE (?:[A-Z]+ )?ERROR /.test(line))
        errors.push(`console: ${line}`)
    }
  }
  driver.stdout!.on('data', read)
  driver.stderr!.on('data', read)
  const base = `http://127.0.0.1:${port}`

  async function command<T = unknown>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    const json = await response.json() as { value: T & { error?: string, message?: string } }
    if (!response.ok)
      throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`)
    return json.value
  }

  await poll(() => fetch(`${base}/status`).then(r => r.ok, () => false), 'WebKitWebDriver to start', 10_000)
  const session = await command<{ sessionId: string }>('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: HOST, args: ['--automation', `--data-dir=${profile}`, ...(options.colorScheme === 'dark' ? ['--dark'] : []), ...(userAgent === undefined ? [] : [`--user-agent=${userAgent}`])] },
        'timeouts': { script: 30_000, pageLoad: 30_000, implicit: 0 },
      },
    },
  })
  const s = `/session/${session.sessionId}`
  await command('POST', `${s}/window/rect`, { width, height })

  const evaluate = async (expression: string): Promise<never> => {
    const script = 'const done = arguments[arguments.length - 1]; '
      + `Promise.resolve().then(() => ${expression}).then(value => done({ value }), error => done({ error: String((error && error.stack) || error) }))`
    const result = await command<{ value?: unknown, error?: string }>('POST', `${s}/execute/async`, { script, args: [] })
    if (result.error !== undefined)
      throw new Error(`in the page: ${result.error}`)
    return result.value as never
  }
  const handle = async (target: Target, enabled = false) => {
    const found = await command<Record<string, string> | null>('POST', `${s}/execute/sync`, { script: `return ${callExpression(findElement, [toWire(target), enabled])}`, args: [] })
    return found === null ? null : `${s}/element/${found[ELEMENT]}`
  }
  const waitFor = async (target: Target, timeout?: number) => poll(async () => (await handle(target)) !== null, describeTarget(target), timeout)

  return {
    engine: 'webkit',
    goto: async (url) => {
      await command('POST', `${s}/url`, { url })
    },
    reload: async () => {
      await command('POST', `${s}/refresh`, {})
    },
    back: async () => {
      await command('POST', `${s}/back`, {})
    },
    url: () => command<string>('GET', `${s}/url`),
    evaluate: async (fn, ...args) => evaluate(callExpression(fn, args)),
    run: async (source) => {
      await command('POST', `${s}/execute/sync`, { script: source, args: [] })
    },
    click: target => actOn(() => handle(target, true), async (element) => {
      await command('POST', `${element}/click`, {})
    }, describeTarget(target)),
    fill: (target, text) => actOn(() => handle(target, true), async (field) => {
      await command('POST', `${field}/clear`, {})
      await command('POST', `${field}/value`, { text })
    }, describeTarget(target)),
    press: async (key) => {
      const value = KEYS[key] ?? key
      await command('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] })
      await command('DELETE', `${s}/actions`)
    },
    waitFor,
    isShown: async target => (await handle(target)) !== null,
    screenshot: async () => Buffer.from(await command<string>('GET', `${s}/screenshot`), 'base64'),
    consoleErrors: () => [...errors],
    close: async () => {
      await command('DELETE', s).catch(() => {})
      const exited = new Promise(resolve => driver.exitCode !== null ? resolve(null) : driver.once('exit', resolve))
      driver.kill()
      await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 10_000))])
      // The browser may still be writing its profile as it exits (for seconds on a loaded machine):
      // a profile left in the temporary folder is no fault of the app, so removing it is best effort.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 200 })
      }
      catch {}
    },
  }
}
