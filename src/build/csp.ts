/**
 * The app's Content-Security-Policy: scripts, styles and everything else from its own origin
 * only, and no inline script. Images may be data:/blob: URLs (QR codes, downloads), and the
 * camera's stream plays from a blob. It goes into index.html as a meta tag, and is sent as a
 * header by `vite preview`, deploy/nginx.conf and dist/_headers (see the README).
 *
 * No `manifest-src`: WebKit (Safari, and WebKitGTK in the cross-engine tests) does not know the
 * directive and logs an error for it on every page, header and meta tag alike. Without it the
 * manifest falls under `default-src 'self'`, the same rule, so no engine allows more.
 */
export const CSP_DIRECTIVES = [
  'default-src \'self\'',
  'script-src \'self\'',
  'style-src \'self\'',
  'img-src \'self\' data: blob:',
  'media-src \'self\' blob:',
  'connect-src \'self\'',
  'worker-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'form-action \'self\'',
]

/** For the meta tag, where browsers ignore frame-ancestors (and complain about it). */
export const CSP_META = CSP_DIRECTIVES.join('; ')

/** For the HTTP header. */
export const CSP_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors \'none\''].join('; ')

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
}
