import { onBeforeUnmount, onMounted, ref } from 'vue'

/** The event Chromium-based browsers fire when the app can be installed (not in lib.dom yet). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export type InstallOffer = 'button' | 'ios' | null

function isStandalone(): boolean {
  return window.matchMedia?.('(display-mode: standalone)').matches === true
    || (navigator as Navigator & { standalone?: boolean }).standalone === true
}

/** iOS Safari has no install event: the student adds the app from the Share menu. */
function isIosSafari(): boolean {
  const ua = navigator.userAgent
  return /iPad|iPhone|iPod/.test(ua) && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua)
}

/**
 * What the app can offer for installing itself: a button where the browser offers a prompt,
 * instructions on iOS Safari, nothing once installed.
 */
export function useInstall() {
  const offer = ref<InstallOffer>(null)
  let deferred: BeforeInstallPromptEvent | null = null

  function onPrompt(event: Event) {
    event.preventDefault()
    deferred = event as BeforeInstallPromptEvent
    offer.value = 'button'
  }

  function onInstalled() {
    deferred = null
    offer.value = null
  }

  async function install() {
    if (deferred === null)
      return
    const event = deferred
    deferred = null
    await event.prompt()
    const { outcome } = await event.userChoice
    offer.value = outcome === 'accepted' ? null : offer.value
  }

  onMounted(() => {
    if (isStandalone())
      return
    if (isIosSafari())
      offer.value = 'ios'
    window.addEventListener('beforeinstallprompt', onPrompt)
    window.addEventListener('appinstalled', onInstalled)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeinstallprompt', onPrompt)
    window.removeEventListener('appinstalled', onInstalled)
  })

  return { offer, install }
}
