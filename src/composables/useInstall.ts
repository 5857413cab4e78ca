import type { HomeScreenAdvice } from '~/browser/platform'
import { onBeforeUnmount, onMounted, ref } from 'vue'
import { currentPlatform } from '~/browser/platform'

/** The event Chromium-based browsers fire when the app can be installed (not in lib.dom yet). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

/** A button where the browser offers to install; on iPhone and iPad, how to add it to the Home Screen. */
export type InstallOffer = 'button' | HomeScreenAdvice | null

/**
 * What the app can offer for installing itself: a button where the browser offers a prompt,
 * instructions on iPhone and iPad (every browser there, see browser/platform.ts), nothing once
 * installed.
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
    const platform = currentPlatform()
    if (platform.homeScreen !== null)
      offer.value = platform.homeScreen
    window.addEventListener('beforeinstallprompt', onPrompt)
    window.addEventListener('appinstalled', onInstalled)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeinstallprompt', onPrompt)
    window.removeEventListener('appinstalled', onInstalled)
  })

  return { offer, install }
}
