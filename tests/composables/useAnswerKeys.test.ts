import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { useAnswerKeys } from '~/composables/useAnswerKeys'

enableAutoUnmount(afterEach)

/** A screen with a question of `options` options (none when null), a button and a link. */
function mountKeys(options: number | null, answered: boolean) {
  const answer = vi.fn()
  const next = vi.fn()
  const wrapper = mount(defineComponent({
    setup() {
      useAnswerKeys({ optionCount: () => options, answered: () => answered, answer, next })
      return () => h('div', [h('p', 'Question'), h('button', 'Read aloud'), h('a', { href: '/article' }, 'Read it')])
    },
  }), { attachTo: document.body })
  return { wrapper, answer, next }
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = window) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('useAnswerKeys before an answer', () => {
  it.each([
    ['1', 0],
    ['3', 2],
    ['4', 3],
    ['a', 0],
    ['B', 1],
    ['d', 3],
  ])('%s answers option %i', (key, option) => {
    const { answer, next } = mountKeys(4, false)
    expect(press(key).defaultPrevented).toBe(true)
    expect(answer).toHaveBeenCalledExactlyOnceWith(option)
    expect(next).not.toHaveBeenCalled()
  })

  it.each([
    ['5', {}],
    ['e', {}],
    ['0', {}],
    ['x', {}],
    ['Enter', {}],
    [' ', {}],
    ['1', { ctrlKey: true }],
    ['1', { altKey: true }],
    ['a', { metaKey: true }],
  ])('ignores %j with %j', (key, init) => {
    const { answer, next } = mountKeys(4, false)
    expect(press(key, init).defaultPrevented).toBe(false)
    expect(answer).not.toHaveBeenCalled()
    expect(next).not.toHaveBeenCalled()
  })

  it('goes only as far as the question has options', () => {
    const { answer } = mountKeys(3, false)
    expect(press('4').defaultPrevented).toBe(false)
    expect(press('d').defaultPrevented).toBe(false)
    expect(answer).not.toHaveBeenCalled()
  })

  it('ignores every key with no question on screen', () => {
    const { answer } = mountKeys(null, false)
    expect(press('1').defaultPrevented).toBe(false)
    expect(answer).not.toHaveBeenCalled()
  })
})

describe('useAnswerKeys once answered', () => {
  it('enter goes on, from anywhere that is not a control', () => {
    const { wrapper, next } = mountKeys(4, true)
    expect(press('Enter').defaultPrevented).toBe(true)
    expect(press('Enter', {}, wrapper.get('p').element).defaultPrevented).toBe(true)
    expect(next).toHaveBeenCalledTimes(2)
  })

  it.each(['button', 'a'])('enter on a %s keeps its own meaning', (tag) => {
    const { wrapper, next } = mountKeys(4, true)
    expect(press('Enter', {}, wrapper.get(tag).element).defaultPrevented).toBe(false)
    expect(next).not.toHaveBeenCalled()
  })

  it.each([
    ['1', {}],
    ['a', {}],
    [' ', {}],
    ['Enter', { ctrlKey: true }],
    ['Enter', { altKey: true }],
    ['Enter', { metaKey: true }],
  ])('ignores %j with %j, and answers nothing again', (key, init) => {
    const { answer, next } = mountKeys(4, true)
    expect(press(key, init).defaultPrevented).toBe(false)
    expect(answer).not.toHaveBeenCalled()
    expect(next).not.toHaveBeenCalled()
  })
})

it('stops listening once the screen is gone', () => {
  const { wrapper, answer } = mountKeys(4, false)
  wrapper.unmount()
  expect(press('1').defaultPrevented).toBe(false)
  expect(answer).not.toHaveBeenCalled()
})
