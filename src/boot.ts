import './style.css'

/**
 * The page arrives with the home screen already rendered (see src/build/prerender.ts). Let the
 * browser paint it first, then load the app and, in a task of its own, mount it over the same
 * markup: two shorter tasks keep the page responsive on a slow phone.
 */
requestAnimationFrame(() => setTimeout(async () => {
  const { startApp } = await import('./main')
  setTimeout(startApp, 0)
}, 0))
