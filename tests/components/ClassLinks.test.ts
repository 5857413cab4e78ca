import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ClassLinks from '~/components/ClassLinks.vue'
import { routes } from '~/routes'
import { queryAllByRole } from './by-role'

describe('classLinks', () => {
  it('links to joining and to running a class session', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const wrapper = mount(ClassLinks, { global: { plugins: [router] } })
    expect(queryAllByRole(wrapper, 'link', 'Join a class quiz with a code')[0]!.attributes('href')).toBe('/join')
    expect(queryAllByRole(wrapper, 'link', 'Run one for a class')[0]!.attributes('href')).toBe('/host')
  })
})
