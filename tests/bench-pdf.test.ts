import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPdfium, pdfToText } from '../src/input/pdf/pdf-to-text.js'
import { ROOT } from './helpers.js'

describe('the PDF engine per thread', () => {
  it('is loaded once: a second PDF, and one after a damaged file, read with the same PDFium', async () => {
    const first = join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.pdf')
    expect((await pdfToText(first, readFileSync(first))).text).toContain('Lolland')
    const engine = loadPdfium()
    const bad = join(ROOT, 'fixtures', 'bad', 'truncated.pdf')
    await expect(pdfToText(bad, readFileSync(bad))).rejects.toThrow(/damaged or truncated/)
    const second = join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.pdf')
    const { pageStarts } = await pdfToText(second, readFileSync(second))
    expect(pageStarts.length).toBeGreaterThan(1)
    expect(loadPdfium()).toBe(engine)
  })
})
