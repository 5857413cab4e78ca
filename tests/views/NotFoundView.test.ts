import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { getByRole } from '../components/by-role'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('notFoundView', () => {
  it.each(['/nowhere', '/quiz/extra', '/results'])('answers %s with "Page not found" and a way home', async (path) => {
    const { wrapper } = await mountApp(path)
    expect(getByRole(wrapper, 'heading', 'Page not found')).toBeDefined()
    expect(getByRole(wrapper, 'link', 'Go home').attributes('href')).toBe('/')
  })
})
