import { describe, expect, it } from 'vitest'
import * as referat from '../src/index.js'
import { ROOT } from './helpers.js'
import { join } from 'node:path'

describe('library API', () => {
  it('parseFile reads text and PDF alike', async () => {
    const fromText = await referat.parseFile(join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.txt'))
    const fromPdf = await referat.parseFile(join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.pdf'))
    expect(fromPdf.items.map((i) => i.number)).toEqual(fromText.items.map((i) => i.number))
    expect(fromPdf.source.format).toBe('pdf')
  })

  it('gives the document and every item a stable id (contract v2), unique where numbers repeat', async () => {
    const { createHash } = await import('node:crypto')
    const text = 'Punkt 1: Budget\n\nGodkendt.\n\nPunkt 2: Regnskab\n\nGodkendt.\n\nPunkt 2: Regnskab igen\n\nGodkendt.'
    const doc = referat.parse(text, { file: 'x.txt' })
    expect(doc.schemaVersion).toBe(2)
    expect(doc.id).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16))
    expect(doc.items.map((i) => [i.ordinal, i.id, i.number])).toEqual([[1, `${doc.id}-1`, '1'], [2, `${doc.id}-2`, '2'], [3, `${doc.id}-3`, '2']])
    expect(referat.parse(text, { file: 'elsewhere/y.txt' }).items.map((i) => i.id)).toEqual(doc.items.map((i) => i.id))
    const fromFile = await referat.parseFile(join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.txt'))
    const { readFileSync } = await import('node:fs')
    expect(fromFile.id).toBe(createHash('sha256').update(readFileSync(join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.txt'))).digest('hex').slice(0, 16))
  })

  it('parseFile throws an InputError naming the file', async () => {
    await expect(referat.parseFile('/nonexistent/x.txt')).rejects.toBeInstanceOf(referat.InputError)
  })

  it('InputError has a stable code for each cause, and a message that names no CLI flag', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'referat-api-'))
    writeFileSync(join(dir, 'novel.txt'), 'Det var en mørk og stormfuld nat.\n')
    writeFileSync(join(dir, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    writeFileSync(join(dir, 'empty.txt'), '')
    const cases: Array<[string, referat.InputErrorCode]> = [
      [join(dir, 'missing.txt'), 'not-found'], [dir, 'not-a-file'], [join(dir, 'empty.txt'), 'empty'],
      [join(dir, 'scan.png'), 'image'], [join(dir, 'novel.txt'), 'not-minutes'],
      [join(ROOT, 'fixtures', 'bad', 'password.pdf'), 'encrypted'], [join(ROOT, 'fixtures', 'bad', 'image-only.pdf'), 'scanned'],
      [join(ROOT, 'fixtures', 'bad', 'truncated.pdf'), 'damaged']
    ]
    for (const [path, code] of cases) {
      const error = await referat.parseFile(path).then(() => undefined, (e: unknown) => e)
      expect(error, path).toBeInstanceOf(referat.InputError)
      expect((error as referat.InputError).code, path).toBe(code)
      expect(referat.INPUT_ERROR_CODES).toContain(code)
      expect((error as Error).message, path).not.toMatch(/--[a-z]/)
    }
    await expect(referat.parseFile(join(ROOT, 'fixtures', 'bad', 'password.pdf'), { password: 'wrong' })).rejects.toMatchObject({ code: 'wrong-password' })
  })

  it('parseBytes reads bytes in memory by content, as parseFile reads files', async () => {
    const { readFileSync } = await import('node:fs')
    const path = join(ROOT, 'fixtures', 'lolland-sau-2024-12-03.pdf')
    const fromBytes = await referat.parseBytes(readFileSync(path), { name: 'upload.bin' })
    const fromFile = await referat.parseFile(path)
    expect(fromBytes.source).toMatchObject({ format: 'pdf', file: 'upload.bin', sha256: fromFile.source.sha256 })
    expect(fromBytes.items).toEqual(fromFile.items)
    await expect(referat.parseBytes(new TextEncoder().encode('Kære alle'))).rejects.toMatchObject({ code: 'not-minutes', file: '<bytes>' })
  })

  it('parse and parseFile agree on text that is not minutes', () => {
    expect(() => referat.parse('Kære alle, her er nyhedsbrevet.')).toThrow(expect.objectContaining({ code: 'not-minutes' }))
    expect(referat.validate('Kære alle, her er nyhedsbrevet.').map((d) => d.rule)).toContain('no-items')
  })

  it('validate returns the diagnostics, with rule overrides', () => {
    expect(referat.validate('Kære alle')).toContainEqual(expect.objectContaining({ rule: 'no-items', severity: 'error' }))
    expect(referat.validate('Kære alle', { rules: { 'no-items': 'off' } }).map((d) => d.rule)).not.toContain('no-items')
  })

  it('exports the emitters and the schema', () => {
    const doc = referat.parse('Punkt 1: Budget\n\nBeslutning\n\nGodkendt.', { file: 'x.txt' })
    expect(referat.referatSchema.parse(doc)).toEqual(doc)
    expect(referat.toCsv(doc).split('\r\n')[0]).toBe(referat.CSV_COLUMNS.join(','))
    expect(JSON.parse(referat.toNdjson(doc))).toMatchObject({ file: 'x.txt', number: '1', title: 'Budget' })
    expect(JSON.parse(referat.toJson(doc))).toEqual(doc)
    expect(referat.referatJsonSchema()).toHaveProperty('properties.items')
  })
})
