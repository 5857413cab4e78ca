import { describe, expect, it } from 'vitest'
import { platformOf } from '~/browser/platform'

const UA = {
  iPhoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  iPhoneChrome17: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iPhoneFirefox164: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/114.0 Mobile/15E148 Safari/605.1.15',
  iPhoneEdge163: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/110.0.1587.63 Mobile/15E148 Safari/605.1.15',
  iPadSafariAsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iPadChromeAsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Safari/604.1',
  iPadSafari: 'Mozilla/5.0 (iPad; CPU OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
}

describe('platformOf', () => {
  it.each([
    ['Safari on iPhone', UA.iPhoneSafari, 0, 'ios-safari', true],
    ['Chrome on iOS 17.5', UA.iPhoneChrome17, 5, 'ios-other', true],
    ['Firefox on iOS 16.4', UA.iPhoneFirefox164, 5, 'ios-other', true],
    ['Edge on iOS 16.3, too old to add from Edge', UA.iPhoneEdge163, 5, 'ios-open-in-safari', true],
    ['Safari on an iPad asking for desktop sites', UA.iPadSafariAsMac, 5, 'ios-safari', true],
    ['Chrome on an iPad asking for desktop sites', UA.iPadChromeAsMac, 5, 'ios-other', true],
    ['Safari on an iPad with a mobile user agent', UA.iPadSafari, 5, 'ios-safari', true],
    ['Safari on a Mac (no touch screen)', UA.macSafari, 0, null, true],
    ['Chrome on a Mac', UA.macChrome, 0, null, false],
    ['Chrome on Android (it offers its own install)', UA.androidChrome, 5, null, false],
    ['Firefox on Android', UA.androidFirefox, 5, null, false],
  ] as const)('%s: advice %j, storage cleared after a week unused: %j', (_, userAgent, maxTouchPoints, homeScreen, clears) => {
    expect(platformOf({ userAgent, maxTouchPoints, standalone: false })).toEqual({ homeScreen, clearsUnusedStorage: clears })
  })

  it.each(Object.entries(UA))('on the Home Screen, %s neither advises nor warns', (_, userAgent) => {
    expect(platformOf({ userAgent, maxTouchPoints: 5, standalone: true })).toEqual({ homeScreen: null, clearsUnusedStorage: false })
  })
})
