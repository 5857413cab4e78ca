import type { Source } from '~/quiz/types'
import { screen, within } from '@testing-library/dom'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SourceList from '~/components/quiz/SourceList.vue'

enableAutoUnmount(afterEach)

function mountSources(sources: Source[]) {
  return mount(SourceList, { props: { sources }, attachTo: document.body })
}

describe('sourceList', () => {
  it.each<[string, Source, string, string | null]>([
    ['an article quote', { kind: 'article', quote: 'passed with 93 votes for' }, 'From the article:', 'passed with 93 votes for'],
    ['a charter reference', { kind: 'charter', ref: 'UN Charter, Article 27(3)' }, 'Source: UN Charter, Article 27(3)', null],
    ['a charter reference with a quote', { kind: 'charter', ref: 'Article 27(3)', quote: 'concurring votes' }, 'Source: Article 27(3)', 'concurring votes'],
    ['a rules reference', { kind: 'rules', ref: 'Rule 83' }, 'Source: Rule 83', null],
    ['a record reference', { kind: 'record', ref: 'A/ES-11/L.10' }, 'Source: A/ES-11/L.10', null],
  ])('shows %s', (_, source, label, quote) => {
    mountSources([source])
    const item = screen.getByRole('listitem')
    const blockquote = item.querySelector('blockquote')
    const outside = (item.textContent ?? '').replace(blockquote?.textContent ?? '', '')
    expect(outside.replace(/\s+/g, ' ').trim()).toBe(label)
    expect(blockquote?.textContent?.trim() ?? null).toBe(quote)
  })

  it('is a list labelled "Sources" with one item per source, in order', () => {
    mountSources([
      { kind: 'article', quote: 'first quote' },
      { kind: 'charter', ref: 'second ref' },
    ])
    const items = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem')
    expect(items.map(i => i.textContent)).toEqual([expect.stringContaining('first quote'), expect.stringContaining('second ref')])
  })
})
