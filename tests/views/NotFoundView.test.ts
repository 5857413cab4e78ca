import { screen } from '@testing-library/dom'
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { mountApp } from './mount-app'

enableAutoUnmount(afterEach)

describe('notFoundView', () => {
  it.each(['/nowhere', '/quiz/extra', '/results'])('answers %s with "Page not found" and a way home', async (path) => {
    await mountApp(path)
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeDefined()
    expect(screen.getByRole('link', { name: 'Go home' }).getAttribute('href')).toBe('/')
  })
})
