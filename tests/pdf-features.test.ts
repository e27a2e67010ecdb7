import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBoldFont, pdfLineFeatures, type PdfFont } from '../src/input/pdf/pdf-features.js'
import { joinPages, layoutPageLines, layoutPages, type PdfItem } from '../src/input/pdf/pdf-layout.js'
import { pdfToText } from '../src/input/pdf/pdf-to-text.js'
import { readInput } from '../src/input/read.js'
import { ROOT } from './helpers.js'

const numRuns = Number(process.env.FC_RUNS ?? 150)

describe('isBoldFont', () => {
  it.each([
    ['Helvetica-Bold', true],
    ['ABCDEF+Arial-BoldMT', true],
    ['Arial,Bold', true],
    ['TimesNewRomanPS-BoldItalicMT', true],
    ['Calibri-Semibold', true],
    ['Arial-Black', true],
    ['Futura-Heavy', true],
    ['FranklinGothic-Demi', true],
    ['Helvetica', false],
    ['QMHPEE+Calibri', false],
    ['Calibri-Italic', false],
    ['MyriadPro-Regular', false],
    ['NotoSansCJK-DemiLight', false],
    ['ABCDEF+Arial-ItalicMT', false]
  ])('%s → %s', (name, bold) => {
    expect(isBoldFont({ name })).toBe(bold)
  })

  it('takes the engine\'s own flag where the name says nothing', () => {
    expect(isBoldFont({ name: 'F1', bold: true })).toBe(true)
  })
})

describe('PDF line features (fixtures/cases/pdf-bold-titles.pdf)', () => {
  const file = join(ROOT, 'fixtures', 'cases', 'pdf-bold-titles.pdf')
  const read = pdfToText(file, readFileSync(file))
  const featuresOf = async (text: string) => {
    const { text: all, features } = await read
    const index = all.split('\n').findIndex((line) => line.replace(/^\f/, '') === text)
    expect(index, text).toBeGreaterThanOrEqual(0)
    return features[index]
  }

  it.each([
    ['Referat', { page: 1, bold: true, size: 1.6, indent: 0 }],
    ['Bestyrelsen for Andelsboligforeningen Lindely', { page: 1, bold: false, size: 1, indent: 0 }],
    ['Regnskab for 2024', { page: 1, bold: true, size: 1, indent: 0 }],
    ['Overskuddet foreslås overført til vedligeholdelseskontoen.', { page: 1, bold: false, size: 1, indent: 5 }],
    ['Side 1 af 2', { page: 1, bold: false, size: 0.8, indent: 0 }],
    ['Fælles arbejdsdag i maj', { page: 2, bold: true, size: 1, indent: 0 }],
    ['Sekretæren sender indkaldelse ud senest 1. april.', { page: 2, bold: false, size: 1, indent: 0 }],
    ['Side 2 af 2', { page: 2, bold: false, size: 0.8, indent: 0 }]
  ])('%s', async (text, expected) => {
    expect(await featuresOf(text)).toEqual(expected)
  })

  it('marks the five item titles and the five "Beslutning" lines bold, and nothing else of the body', async () => {
    const { text, features } = await read
    const bold = text.split('\n').filter((_, i) => features[i]?.bold && features[i]?.size === 1).map((line) => line.replace(/^\f/, ''))
    expect(bold).toEqual([
      'Godkendelse af dagsorden', 'Beslutning', 'Regnskab for 2024', 'Beslutning', 'Vedligeholdelse af legepladsen', 'Beslutning',
      'Fælles arbejdsdag i maj', 'Beslutning', 'Eventuelt', 'Beslutning'
    ])
  })

  it('gives one entry per line, blank lines only their page, and reaches the reader\'s output', async () => {
    const { text, features } = await read
    expect(features).toHaveLength(text.split('\n').length)
    text.split('\n').forEach((line, i) => {
      if (line.replace(/^\f/, '').trim() === '') expect(Object.keys(features[i]!)).toEqual(['page'])
    })
    const input = await readInput(file, readFileSync(file), { isolatePdf: false })
    expect(input.kind === 'text' && input.features).toEqual(features)
  })
})

describe('PDF line features on fixture PDFs', () => {
  it.each(['direktionen-2024-11-18.pdf', 'kkr-syddanmark-2023-11-21.pdf'])('%s: one entry per line, pages in order, body text at size 1', async (name) => {
    const file = join(ROOT, 'fixtures', name)
    const { text, features, pageStarts } = await pdfToText(file, readFileSync(file))
    expect(features).toHaveLength(text.split('\n').length)
    pageStarts.forEach((start, p) => expect(features[start - 1]!.page).toBe(p + 1))
    const sizes = features.flatMap((f) => (f.size === undefined ? [] : [f.size]))
    expect(sizes.filter((size) => size === 1).length).toBeGreaterThan(sizes.length / 2)
  })
})

describe('PDF line features (properties)', () => {
  const fonts: ReadonlyMap<string, PdfFont> = new Map([['f1', { name: 'Helvetica' }], ['f2', { name: 'ABCDEF+Arial-BoldMT' }]])
  const item = fc.record({
    str: fc.oneof(fc.constantFrom('Beslutning', 'Punkt 1', ' ', '', '2.500 kr.', 'æøå'), fc.string({ maxLength: 12 })),
    x: fc.integer({ min: 0, max: 500 }),
    y: fc.integer({ min: 0, max: 800 }),
    width: fc.integer({ min: 0, max: 200 }),
    height: fc.constantFrom(8, 10, 10, 14),
    font: fc.constantFrom('f1', 'f2', 'f3')
  }) as fc.Arbitrary<PdfItem>
  // A PDF has at least one page.
  const pages = fc.array(fc.array(item, { maxLength: 25 }), { minLength: 1, maxLength: 4 })

  it('never change a line\'s text: the text with and without features is identical, one entry per line', () => {
    fc.assert(fc.property(pages, (input) => {
      // Without features: the same runs with no font known, laid out alone.
      const plain = joinPages(layoutPages(input.map((page) => page.map(({ font: _font, ...run }) => run)))).text
      const frozen = Object.freeze(input.map((page) => Object.freeze(page.map((run) => Object.freeze({ ...run })))))
      const laid = layoutPageLines(frozen)
      const features = pdfLineFeatures(laid, fonts)
      const featured = joinPages(laid.map((page) => page.map((line) => line.text))).text
      expect(featured).toBe(plain)
      expect(features).toHaveLength(plain.split('\n').length)
      features.forEach((f, i) => expect(f.page).toBeGreaterThanOrEqual(i === 0 ? 1 : features[i - 1]!.page!))
    }), { numRuns })
  })
})
