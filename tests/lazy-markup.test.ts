import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// The HTML parser, mammoth and the Markdown parser load only when such a file arrives.
const loaded = vi.hoisted(() => ({ hast: false, mammoth: false, markdown: false }))
vi.mock('parse5', async (original) => {
  loaded.hast = true
  return original()
})
vi.mock('mammoth', async (original) => {
  loaded.mammoth = true
  return original()
})
vi.mock('mdast-util-from-markdown', async (original) => {
  loaded.markdown = true
  return original()
})

describe('lazy loading of the markup readers', () => {
  it('parsing text and printing help load none of them', async () => {
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(await main(['--help'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded).toEqual({ hast: false, mammoth: false, markdown: false })
  })

  it('each loads when its format arrives (so the check above can fail)', async () => {
    await main(['parse', 'fixtures/readers/generalforsamling.md'], fakeIo({ cwd: ROOT }))
    expect(loaded.markdown).toBe(true)
    await main(['parse', 'fixtures/readers/word-numbered.docx'], fakeIo({ cwd: ROOT }))
    expect(loaded.mammoth).toBe(true)
    expect(loaded.hast).toBe(true)
  })
})
