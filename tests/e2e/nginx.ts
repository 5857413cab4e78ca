import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { AppServer } from './browser'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { nginxServer } from '~/build/deploy'
import { DIST, freePort } from './browser'
import { poll } from './engines/driver'

/** Debian's nginx, or the one named by NGINX_PATH. */
export function nginxPath(): string {
  const path = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
  if (!existsSync(path))
    throw new Error(`No nginx at ${path}. The deploy tests serve the build with it: install it with \`apt-get install -y nginx\` (Debian/Ubuntu) or set NGINX_PATH.`)
  return path
}

/** A whole nginx.conf around the deployed server block, with every file it writes under `prefix`. */
export function standaloneConfig(prefix: string, port: number): string {
  return [
    // Run by root (as in CI), nginx would hand requests to `nobody`, who cannot read a temp folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(t => `  ${t}_temp_path ${prefix}/${t};`),
    nginxServer({ listen: `127.0.0.1:${port}`, root: `${prefix}/site` }),
    '}',
    '',
  ].join('\n')
}

export interface NginxServer {
  url: string
  port: number
  /** Serves another build from now on (the site is a symlink that is swapped), as a deploy does. */
  deploy: (dir: string) => void
  /** Stops nginx: the network is gone, for the app as for a student on a bus. */
  stop: () => Promise<void>
  /** Starts it again on the same port (if it is not running). */
  start: () => Promise<void>
  /** Stops it for good and removes its files. */
  close: () => Promise<void>
}

/** nginx, as deployed, on a free port: `nginx -p <tmp> -c <tmp>/nginx.conf -g 'daemon off;'`. */
export async function serveWithNginx(root = DIST): Promise<NginxServer> {
  const path = nginxPath()
  const prefix = mkdtempSync(join(tmpdir(), 'quorum-nginx-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  writeFileSync(join(prefix, 'nginx.conf'), standaloneConfig(prefix, port))
  mkdirSync(join(prefix, 'logs'))
  const deploy = (dir: string) => {
    const next = join(prefix, 'site.next')
    rmSync(next, { force: true })
    symlinkSync(dir, next)
    renameSync(next, join(prefix, 'site'))
  }
  deploy(root)

  let nginx: ChildProcess | null = null
  const start = async () => {
    if (nginx !== null)
      return
    let output = ''
    const child = spawn(path, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stderr!.on('data', (data: Buffer) => (output += String(data)))
    let exited = false
    child.on('exit', () => (exited = true))
    nginx = child
    await poll(async () => {
      if (exited)
        throw new Error(`nginx exited: ${output}`)
      return fetch(`${url}/sw.js`, { method: 'HEAD' }).then(() => true, () => false)
    }, 'nginx to start', 10_000)
  }
  const stop = async () => {
    const child = nginx
    nginx = null
    if (child === null || child.exitCode !== null)
      return
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve())
      child.kill('SIGTERM')
    })
  }
  await start()
  return {
    url,
    port,
    deploy,
    stop,
    start,
    close: async () => {
      await stop()
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}

/** The build served by nginx, for `useBrowserAndServer(serveBuildWithNginx)`. */
export async function serveBuildWithNginx(): Promise<AppServer> {
  const nginx = await serveWithNginx()
  return { url: nginx.url, port: nginx.port, stop: nginx.close }
}
