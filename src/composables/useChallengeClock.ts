import { CHALLENGE_SECONDS } from '~/quiz/settings'
import { useCountdown } from './useCountdown'

/**
 * A timed challenge's clock: CHALLENGE_SECONDS for each question while `timed()` holds (a
 * challenge question not yet answered), and `onTimeUp` once if it gets to zero.
 */
export function useChallengeClock(timed: () => boolean, onTimeUp: () => void) {
  const countdown = useCountdown(onTimeUp)

  /** Starts the clock afresh for the question on screen, or takes it away if it is not timed. */
  function restart() {
    if (timed())
      countdown.start(CHALLENGE_SECONDS)
    else
      countdown.clear()
  }

  return { left: countdown.left, restart, clear: countdown.clear }
}
