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

  it('parseFile throws an InputError naming the file', async () => {
    await expect(referat.parseFile('/nonexistent/x.txt')).rejects.toBeInstanceOf(referat.InputError)
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
