import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ClassLinks from '~/components/classroom/ClassLinks.vue'
import { routes } from '~/routes'

enableAutoUnmount(afterEach)

describe('classLinks', () => {
  it('links to joining and to running a class session', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    mount(ClassLinks, { global: { plugins: [router] }, attachTo: document.body })
    expect(screen.getByRole('link', { name: 'Join a class quiz with a code' }).getAttribute('href')).toBe('/join')
    expect(screen.getByRole('link', { name: 'Run one for a class' }).getAttribute('href')).toBe('/host')
  })
})
