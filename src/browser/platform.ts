/**
 * What the browser can do with an app added to the Home Screen, read from its user agent. Every
 * browser on iOS and iPadOS runs Safari's engine, WebKit: Safari can always add a page to the
 * Home Screen, the others (Chrome, Firefox, Edge, …) from iOS 16.4. Outside the Home Screen,
 * Safari's engine deletes a site's storage after seven days without a visit.
 */

export type HomeScreenAdvice
  /** Safari on iPhone or iPad: Share, then Add to Home Screen. */
  = | 'ios-safari'
  /** Another browser on iOS 16.4 or later: its own Share menu, then Add to Home Screen. */
    | 'ios-other'
  /** Another browser on an older iOS: open the page in Safari first. */
    | 'ios-open-in-safari'

export interface Platform {
  /** How to add the app to the Home Screen, or null where the browser offers its own install. */
  homeScreen: HomeScreenAdvice | null
  /** Whether the browser may clear the app's storage after a week unused (Safari's engine, not installed). */
  clearsUnusedStorage: boolean
}

export interface Environment {
  userAgent: string
  /** navigator.maxTouchPoints: iPadOS asks for desktop sites as a Mac, but a Mac has no touch screen. */
  maxTouchPoints: number
  /** Opened from the Home Screen (display-mode standalone, or navigator.standalone on iOS). */
  standalone: boolean
}

const OTHER_IOS_BROWSER = /CriOS|FxiOS|EdgiOS|OPiOS|GSA\/|YaBrowser|DuckDuckGo/

function iosVersion(ua: string): number | null {
  const m = /OS (\d+)[._](\d+)/.exec(ua)
  return m === null ? null : Number(m[1]) + Number(m[2]) / 100
}

export function platformOf({ userAgent: ua, maxTouchPoints, standalone }: Environment): Platform {
  const iPadAsMac = /Macintosh/.test(ua) && maxTouchPoints > 1
  const ios = /iPhone|iPad|iPod/.test(ua) || iPadAsMac
  const safariEngineOnly = ios || (/Macintosh/.test(ua) && /Version\/[\d.].*Safari\//.test(ua) && !/Chrome|Chromium|Edg\//.test(ua))
  if (standalone)
    return { homeScreen: null, clearsUnusedStorage: false }
  if (!ios)
    return { homeScreen: null, clearsUnusedStorage: safariEngineOnly }
  if (!OTHER_IOS_BROWSER.test(ua))
    return { homeScreen: 'ios-safari', clearsUnusedStorage: true }
  const version = iosVersion(ua)
  // An iPad asking as a Mac gives no iOS version: it is recent (iPadOS 13 or later) and may.
  const canAdd = iPadAsMac || (version !== null && version >= 16.04)
  return { homeScreen: canAdd ? 'ios-other' : 'ios-open-in-safari', clearsUnusedStorage: true }
}

/** The platform of the browser this runs in. */
export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { standalone?: boolean }
  return platformOf({
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints ?? 0,
    standalone: window.matchMedia?.('(display-mode: standalone)').matches === true || nav.standalone === true,
  })
}
