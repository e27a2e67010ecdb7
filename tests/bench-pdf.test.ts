import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfToText } from '../src/input/pdf/pdf-to-text.js'
import { ROOT } from './helpers.js'

// Taken before pdf.js is loaded in this process. (core-js makes its functions print as
// native code, so only identity tells them apart.)
const nativePush = Array.prototype.push

describe('reading a PDF leaves the thread as fast as it found it', () => {
  it('keeps the native Array.prototype.push (pdf.js\'s legacy build swaps in a slower one)', async () => {
    const file = join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.pdf')
    const { text } = await pdfToText(file, readFileSync(file))
    expect(text).toContain('Lolland')
    expect(Array.prototype.push).toBe(nativePush)
  })

  it('reads a second PDF in the same thread with pdf.js loaded once', async () => {
    const file = join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.pdf')
    const { pageStarts } = await pdfToText(file, readFileSync(file))
    expect(pageStarts.length).toBeGreaterThan(1)
  })
})
