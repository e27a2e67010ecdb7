import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { htmlToText } from '../src/input/html/html-to-text.js'
import { textFeatures } from '../src/input/text-features.js'
import { normalise } from '../src/normalise/index.js'
import { processInput, processText } from '../src/parse.js'
import type { FeaturedLine } from '../src/tree/line-features.js'
import { classifyLines } from '../src/split/classify-line.js'
import type { LineFeatures } from '../src/tree/line-features.js'

// The whole pipeline without the not-minutes check: these properties hold for any text.
const parse = (text: string) => processText(text).result
const parseLines = (lines: readonly FeaturedLine[]) =>
  processInput({ kind: 'text', text: lines.map((line) => line.text).join('\n'), features: lines.map((line) => line.features), facts: [] }).result
import { Referat } from '../src/schema/document.js'
import { readFixture, seedFixtures } from './helpers.js'

// Bounded in CI; `FC_RUNS=5000 npx vitest run tests/properties.test.ts` for a longer run.
const numRuns = Number(process.env.FC_RUNS ?? 150)

// Lines built from the pieces minutes are made of, so the generator reaches the
// splitter's interesting paths rather than only random noise.
const piece = fc.constantFrom(
  'Punkt 1: Godkendelse', 'Punkt 2: Lukket: Sag', '1. Budget', '2.1. Plan', '3.', 'Beslutning', 'Beslutning:', 'Indstilling: Det indstilles',
  'Bilag', 'Bilag: Notat.pdf', '- punkt', '* ', './.', 'Afbud: Anne Hansen', '24-012989', 'Indholdsfortegnelse', 'PUNKTER',
  'Plan.....\t3', 'Side 2 af 9', 'botilbudskapacite-', 'ten.', 'prin-cipper', 'principper', '<i>x</i>', '[a](#)', 'Dato: 1. maj 2024 kl. 9-12',
  'Deltagere', 'Anne Hansen (A) Odense', '\t', '\f', '\r', 'Ã¸', '\u00AD', '\u00A0', 'e\u0301', ''
)
const line = fc.oneof(piece, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }))
const text = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'))

describe('normalise (properties)', () => {
  it('keeps the line count', () => {
    fc.assert(fc.property(text, (t) => normalise(t).split('\n').length === t.split(/\r\n|\r|\n/).length), { numRuns })
  })
  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => normalise(normalise(t)) === normalise(t)), { numRuns })
  })
})

describe('parse (properties)', () => {
  it('never throws and always gives schema-valid output with increasing lines', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = parse(t)
        expect(Referat.safeParse(doc).success).toBe(true)
        const lines = doc.items.map((item) => item.line)
        expect(lines).toEqual([...lines].sort((a, b) => a - b))
        for (const d of doc.diagnostics) if (d.line !== null) expect(d.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns }
    )
  })

  it('survives seeds with random lines deleted or duplicated', () => {
    const seeds = seedFixtures().map(readFixture)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (s, picks, duplicate) => {
        const lines = seeds[s]!.split('\n')
        for (const pick of picks) {
          const at = pick % lines.length
          if (duplicate) lines.splice(at, 0, lines[at]!)
          else lines.splice(at, 1)
        }
        expect(Referat.safeParse(parse(lines.join('\n'))).success).toBe(true)
      }),
      { numRuns: Math.max(20, numRuns / 5) }
    )
  })
})

describe('pathological inputs (nothing throws; timings live in bench/)', () => {
  it.each([
    ['a 1 MB line', 'x'.repeat(1_000_000)],
    ['a 1 MB line of lower-case letters ending in a hyphen', `${'a'.repeat(1_000_000)}-\nb`],
    ['a 1 MB hyphenated word', `${'ab-'.repeat(300_000)}`],
    ['a 1 MB line of dots', `Titel${'.'.repeat(1_000_000)}\t3`],
    ['10 000 Punkt lines', Array.from({ length: 10_000 }, (_, i) => `Punkt ${i + 1}: Sag ${i + 1}`).join('\n')],
    ['10 000 numbered lines', Array.from({ length: 10_000 }, (_, i) => `${i + 1}. Sag`).join('\n\n')],
    ['nested numbering', Array.from({ length: 5_000 }, (_, i) => `${i}.${i}.${i}. Sag`).join('\n')],
    ['a 1 MB line of colons', `Beslutning${':'.repeat(1_000_000)}`],
    ['only blank lines', '\n'.repeat(100_000)]
  ])('%s', (_, input) => {
    expect(Referat.safeParse(parse(input)).success).toBe(true)
  })
})

// The line model (issue 21): features ride beside the lines and never change them.
const features: fc.Arbitrary<LineFeatures> = fc.record({
  page: fc.integer({ min: 1, max: 9 }), bold: fc.boolean(), size: fc.constantFrom(0.8, 1, 1.2, 1.6),
  headingRank: fc.integer({ min: 1, max: 6 }), indent: fc.nat({ max: 12 }),
  list: fc.record({ depth: fc.nat({ max: 3 }), label: fc.option(fc.constantFrom('1.', 'a)', '2.1.'), { nil: null }) }),
  cell: fc.record({ row: fc.nat({ max: 5 }), column: fc.nat({ max: 3 }) })
}, { requiredKeys: [] })
const featuredLines = fc.array(fc.record({ text: line.map((l) => l.replace(/[\r\n]/gu, ' ')), features }), { maxLength: 40 })
const letters = (text: string): string => /\p{L}+/u.exec(text)?.[0] ?? ''

describe('line model (properties)', () => {
  it('a feature never changes how a line reads or is classified', () => {
    fc.assert(fc.property(featuredLines, (lines) => {
      const text = normalise(lines.map((l) => l.text).join('\n')).split('\n')
      const withFeatures = classifyLines(text, lines.map((l) => l.features)).map(({ line, token }) => ({ line, token }))
      expect(withFeatures).toEqual(classifyLines(text).map(({ line, token }) => ({ line, token })))
    }), { numRuns })
  })

  it('lines with empty features parse exactly as their text', () => {
    fc.assert(fc.property(featuredLines, (lines) => {
      const bare = lines.map((l) => ({ text: l.text, features: {} }))
      // Compared as JSON: deep equality of two whole documents is slow enough to stall long runs.
      return JSON.stringify(parseLines(bare)) === JSON.stringify(parse(lines.map((l) => l.text).join('\n')))
    }), { numRuns: Math.min(100, Math.max(20, numRuns / 3)) })
  })

  it('with any features, every item starts on the source lines that hold its title', () => {
    fc.assert(fc.property(featuredLines, (lines) => {
      const doc = parseLines(lines)
      expect(Referat.safeParse(doc).success).toBe(true)
      const source = normalise(lines.map((l) => l.text).join('\n')).split('\n')
      for (const item of doc.items) {
        expect(item.line).toBeGreaterThanOrEqual(1)
        expect(item.line).toBeLessThanOrEqual(source.length)
        // A title may wrap over up to three lines of its style.
        expect(source.slice(item.line - 1, item.line + 2).join(' ')).toContain(letters(item.title))
      }
    }), { numRuns })
  })

  it('readers keep one feature per line, and the normaliser keeps the lines they belong to', () => {
    const block = fc.constantFrom('<p>Tekst</p>', '<p><b>Valg</b></p>', '<h2>Budget</h2>', '<ol><li>Et</li><li>To<ol><li>a</li></ol></li></ol>',
      '<table><tr><td>1.</td><td><b>Valg</b> tekst</td></tr><tr><td>2.</td><td><p><b>Budget</b></p><p>b</p></td></tr></table>', '<p>a<br>b</p>', '<p class="x-title">Titel</p>', '<hr>')
    fc.assert(fc.property(fc.array(block, { maxLength: 12 }), fc.string({ maxLength: 30 }), (blocks, plain) => {
      const html = htmlToText(`${blocks.join('\n')}<p>${plain.replace(/[<&]/gu, ' ')}</p>`)
      const lines = html.text === '' ? [] : html.text.replace(/\n$/u, '').split('\n')
      expect(html.features).toHaveLength(lines.length)
      expect(html.lineMap).toHaveLength(lines.length)
      expect(normalise(html.text, { typeset: false }).split('\n')).toHaveLength(html.text.split('\n').length)
      const text = `${plain}\n${blocks.join('\n')}`
      expect(textFeatures(text)).toHaveLength(normalise(text).split('\n').length)
    }), { numRuns })
  })
})
