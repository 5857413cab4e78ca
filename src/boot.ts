import { holdEarlyInput } from './browser/early-input'
import { nextTask, phase } from './timing'
import './style.css'

/** Resolves once the browser has shown the page's first text (or after `limit` ms, whichever is first). */
function firstPaint(limit: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, limit)
    if (!(PerformanceObserver.supportedEntryTypes ?? []).includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0))
      return
    }
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect()
        resolve()
      }
    }).observe({ type: 'paint', buffered: true })
  })
}

/**
 * The page arrives with the home screen already rendered (see src/build/prerender.ts): the
 * browser shows it before any of the app is fetched. The app then loads and mounts in short
 * tasks, so a slow phone stays responsive throughout: Vue with the stores and saved-data code,
 * then the rest of the app, then the mount (two more, see src/main.ts). Measured with
 * `npm run bench:lighthouse`: one evaluation of all the code at once blocked for longer. Then
 * what the next tap needs, and the service worker. Meanwhile the painted buttons work: what the
 * student does is held, then done in the app (src/browser/early-input.ts).
 */
async function boot(): Promise<void> {
  const painted = document.getElementById('app')
  const replay = holdEarlyInput(painted?.firstElementChild ? painted : null)
  if (painted?.firstElementChild)
    await firstPaint(3000)
  let done = phase('load-data')
  await import('./stores/quiz')
  done()
  await nextTask()
  done = phase('load-app')
  const { prepareNextTap, startApp } = await import('./main')
  done()
  await nextTask()
  await startApp()
  replay()
  await prepareNextTap()
}

void boot()
