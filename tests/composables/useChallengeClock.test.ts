import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useChallengeClock } from '~/composables/useChallengeClock'
import { CHALLENGE_SECONDS } from '~/quiz/settings'

enableAutoUnmount(afterEach)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
})

afterEach(() => {
  vi.useRealTimers()
})

function mountClock(timed: boolean) {
  const onTimeUp = vi.fn()
  let clock: ReturnType<typeof useChallengeClock> | undefined
  const wrapper = mount(defineComponent({
    setup() {
      clock = useChallengeClock(() => timed, onTimeUp)
      return () => h('div')
    },
  }))
  return { wrapper, clock: clock!, onTimeUp }
}

describe('useChallengeClock', () => {
  it(`gives a timed question ${CHALLENGE_SECONDS} seconds, then says time is up once`, () => {
    const { clock, onTimeUp } = mountClock(true)
    expect(clock.left.value).toBeNull()
    clock.restart()
    expect(clock.left.value).toBe(CHALLENGE_SECONDS)
    vi.advanceTimersByTime((CHALLENGE_SECONDS - 1) * 1000)
    expect(clock.left.value).toBe(1)
    expect(onTimeUp).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(clock.left.value).toBe(0)
    vi.advanceTimersByTime(10_000)
    expect(onTimeUp).toHaveBeenCalledOnce()
  })

  it('starts afresh on restart', () => {
    const { clock, onTimeUp } = mountClock(true)
    clock.restart()
    vi.advanceTimersByTime(15_000)
    clock.restart()
    expect(clock.left.value).toBe(CHALLENGE_SECONDS)
    vi.advanceTimersByTime(15_000)
    expect(onTimeUp).not.toHaveBeenCalled()
  })

  it('has no clock for a question that is not timed', () => {
    const { clock, onTimeUp } = mountClock(false)
    clock.restart()
    expect(clock.left.value).toBeNull()
    vi.advanceTimersByTime(60_000)
    expect(onTimeUp).not.toHaveBeenCalled()
  })

  it.each([
    ['cleared', (c: ReturnType<typeof mountClock>) => c.clock.clear()],
    ['unmounted', (c: ReturnType<typeof mountClock>) => c.wrapper.unmount()],
  ])('stops when %s', (_, stop) => {
    const mounted = mountClock(true)
    mounted.clock.restart()
    stop(mounted)
    vi.advanceTimersByTime(60_000)
    expect(mounted.onTimeUp).not.toHaveBeenCalled()
  })
})
