import { describe, expect, it, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// PDFium costs ~100 ms to load (its wasm compiled): text runs and --help must never import it.
const loaded = vi.hoisted(() => ({ pdf: false }))
vi.mock('@embedpdf/pdfium', () => {
  loaded.pdf = true
  return { init: () => { throw new Error('mocked') } }
})

describe('lazy loading', () => {
  it('parsing text and printing help do not load PDFium', async () => {
    expect(await main(['parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(await main(['--help'], fakeIo({ cwd: ROOT }))).toBe(0)
    expect(loaded.pdf).toBe(false)
  })

  it('a PDF does load it (so the check above can fail)', async () => {
    await main(['parse', 'fixtures/direktionen-2024-11-18.pdf'], fakeIo({ cwd: ROOT }))
    expect(loaded.pdf).toBe(true)
  })
})
