import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfToText } from '../src/input/pdf/pdf-to-text.js'
import { ROOT } from './helpers.js'

const read = (path: string, password?: string) => pdfToText(path, readFileSync(join(ROOT, path)), password === undefined ? {} : { password })

// What PDFium gives glyph by glyph must come out as the runs pdf.js gave (scripts/pdf-engines.mjs diffs the two).
describe('PDF engine pitfalls (fixtures/cases/pdf-engine-pitfalls.pdf)', () => {
  it('keeps a rotated margin stamp on one line, letter-spaced and word-spaced words whole', async () => {
    const { text } = await read('fixtures/cases/pdf-engine-pitfalls.pdf')
    expect(text.split('\n').filter((line) => line !== '')).toEqual([
      'Referat',
      'Mødet blev holdt i foreningens lokaler.',
      'Alle punkter blev behandlet, og referatet blev godkendt.',
      'Næste møde holdes efter sommerferien.',
      'Kassereren fremlagde regnskabet',
      'Dokumentnøgle: 7Q2LK-Z4M9P-XW81F'
    ])
  })
})

describe('PDF engine errors (FPDF_GetLastError)', () => {
  it.each([
    ['fixtures/bad/password.pdf', undefined, 'encrypted', 'is password-protected'],
    ['fixtures/bad/password.pdf', 'forkert', 'wrong-password', 'could not be opened with that password'],
    ['fixtures/bad/truncated.pdf', undefined, 'damaged', 'is not a readable PDF (damaged or truncated)'],
    ['fixtures/bad/not-a-pdf.pdf', undefined, 'damaged', 'is not a readable PDF (damaged or truncated)'],
    ['fixtures/bad/empty.pdf', undefined, 'damaged', 'is not a readable PDF (damaged or truncated)'],
    ['fixtures/bad/image-only.pdf', undefined, 'scanned', 'has no text layer (1 page of images: a scanned PDF?); run OCR first, e.g. ocrmypdf']
  ])('%s (password %s): %s, %s', async (path, password, code, message) => {
    await expect(read(path, password)).rejects.toMatchObject({ code, message })
  })

  it('opens a protected PDF with its password', async () => {
    expect((await read('fixtures/bad/password.pdf', 'hemmelig')).text).toBe('Punkt 1: Fortroligt')
  })
})
