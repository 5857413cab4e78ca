import './style.css'

/**
 * The page arrives with the home screen already rendered (see src/build/prerender.ts). Let the
 * browser paint it first, then load and start the app, which takes over the same markup.
 */
requestAnimationFrame(() => setTimeout(() => import('./main'), 0))
