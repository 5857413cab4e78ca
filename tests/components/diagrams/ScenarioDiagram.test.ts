import { screen } from '@testing-library/dom'
import { enableAutoUnmount, mount, RouterLinkStub } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ScenarioDiagram from '~/components/diagrams/ScenarioDiagram.vue'

enableAutoUnmount(afterEach)

function draw(questionId: string) {
  return mount(ScenarioDiagram, { props: { questionId }, global: { stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
}

describe('scenarioDiagram', () => {
  it.each([
    ['scenario-sc-outcome-s-11-0-1-3-0', /^Security Council/, { body: 'council', votes: 'nyyyyyyyyyyyaaa', matter: 'substantive' }],
    ['scenario-ga-two-thirds-111-65', /^General Assembly/, { body: 'assembly', yes: '74', no: '37', abstain: '65', majority: 'two-thirds' }],
    ['scenario-ga-present-voting-93-18-65', /^General Assembly/, { body: 'assembly', yes: '93', no: '18', abstain: '65' }],
  ])('draws %s and links to exactly that vote in the lab', (id, name, query) => {
    const wrapper = draw(id)
    expect(screen.getByRole('figure', { name })).toBeDefined()
    const link = wrapper.getComponent(RouterLinkStub)
    expect(link.text()).toBe('Try it in the vote lab')
    expect(link.props('to')).toEqual({ name: 'lab', query })
  })

  it('draws nothing for a question that names no vote', () => {
    const wrapper = draw('vote-yes-count')
    expect(wrapper.find('figure').exists()).toBe(false)
    expect(wrapper.findComponent(RouterLinkStub).exists()).toBe(false)
  })
})
