import type { List } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { describe, expect, it, vi } from 'vitest'
import { markdownToText } from '../src/input/html/markdown-to-text.js'
import { readInput } from '../src/input/read.js'
import { listItem } from '../src/input/html/list-item-handler.js'

// Steps counted, not time: a reader that turns quadratic again fails here on any machine.
vi.mock('../src/input/html/list-item-handler.js', async (load) => {
  const original = await load<typeof import('../src/input/html/list-item-handler.js')>()
  return { listItem: vi.fn(original.listItem) }
})

// How often parse5 parses a whole page.
const parses = vi.hoisted(() => ({ pages: 0 }))
vi.mock('parse5', async (load) => {
  const original = await load<typeof import('parse5')>()
  return { ...original, parse: (...args: Parameters<typeof original.parse>) => (parses.pages++, original.parse(...args)) }
})

/** A tight Markdown list of n items whose item array counts how often an item is read. */
function countedList(n: number): { tree: ReturnType<typeof fromMarkdown>; reads: () => number } {
  const tree = fromMarkdown(Array.from({ length: n }, (_, i) => `- punkt ${i}`).join('\n'))
  const list = tree.children[0] as List
  let reads = 0
  list.children = new Proxy(list.children, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++
      return Reflect.get(target, key, receiver) as unknown
    }
  })
  return { tree, reads: () => reads }
}

describe('Markdown lists convert in time linear in their length', () => {
  const n = 1_000

  it('reads each item of a tight list a bounded number of times', () => {
    const { tree, reads } = countedList(n)
    toHast(tree, { handlers: { listItem } })
    expect(reads()).toBeLessThanOrEqual(4 * n)
  })

  it('(the default handler reads the whole list for every item, so the count above can fail)', () => {
    const { tree, reads } = countedList(n)
    toHast(tree)
    expect(reads()).toBeGreaterThan(n * n)
  })

  it('the Markdown reader converts list items with that handler', () => {
    vi.mocked(listItem).mockClear()
    const { text } = markdownToText('# Referat\n\n- punkt 1\n- punkt 2\n\n1. beslutning\n')
    expect(text).toContain('punkt 2')
    expect(listItem).toHaveBeenCalledTimes(3)
  })
})

describe('an HTML page is parsed once', () => {
  it('for the portal reader and the text walk alike', async () => {
    parses.pages = 0
    const page = '<!DOCTYPE html><html><body><main><h1>Referat</h1><h2>1. Budget</h2><p>Godkendt.</p></main></body></html>'
    const read = await readInput('side.html', new TextEncoder().encode(page))
    expect(read.kind).toBe('text')
    expect(parses.pages).toBe(1)
  })
})
