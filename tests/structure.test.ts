import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'

const doc = (lines: string[]) => parse(lines.join('\n'))

describe('item headings without a TOC', () => {
  it('follow the numbering and leave numbered lists inside items alone', () => {
    const result = doc([
      'Referat', 'Dato: 1. marts 2024', '',
      '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '',
      '2. Rammeaftale', '', 'Sagsfremstilling', '', 'Fokusområderne er:', '',
      '1. Styrket samarbejde', '2. Bedre data', '3. Mere kvalitet', '',
      'Beslutning', '', 'Anbefales.', '',
      '3. Eventuelt', '', 'Beslutning', '', 'Intet.'
    ])
    expect(result.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Godkendelse af dagsorden'], ['2', 'Rammeaftale'], ['3', 'Eventuelt']
    ])
    expect(result.items[1]!.sections[0]!.text).toContain('2. Bedre data')
  })

  it('groups sub-numbered items under their parent', () => {
    const result = doc(['Referat', '', '1. Sager til beslutning', '', '1.1. Budget', '', 'Beslutning', '', 'Godkendt.', '', '1.2. Plan', '', '2. Eventuelt', '', 'Beslutning', '', 'Intet.'])
    expect(result.items.map((item) => [item.number, item.group])).toEqual([['1.1', 'Sager til beslutning'], ['1.2', 'Sager til beslutning'], ['2', null]])
  })
})

describe('item headings with a TOC', () => {
  const toc = ['Indholdsfortegnelse', '', 'Budget 2025.....\t2', 'Eventuelt.....\t3', '']

  it('matches drifted headings and records the drift', () => {
    const result = doc([...toc, 'Punkt 1: Budgett 2025', '', 'Beslutning', '', 'Godkendt.', '', 'Punkt 2: Eventuelt', '', 'Beslutning', '', 'Intet.'])
    expect(result.items.map((item) => item.title)).toEqual(['Budgett 2025', 'Eventuelt'])
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ rule: 'toc-title-mismatch', line: 6, item: '1' }))
  })

  it('reports a TOC entry with no item', () => {
    const result = doc([...toc, 'Punkt 1: Budget 2025', '', 'Beslutning', '', 'Godkendt.'])
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ rule: 'toc-entry-without-item', line: 4, severity: 'error' }))
  })
})

describe('sections', () => {
  it('keep sub-headings inside their section and read inline headings', () => {
    const result = doc([
      'Punkt 1: Rammeaftale', '', 'Sagsfremstilling', '', 'Takstanbefaling 2025-2026:', '', 'Alle kommuner opfordres.', '',
      'Indstilling: Det indstilles, at aftalen godkendes.', '', 'Beslutning', '', 'Godkendt.'
    ])
    const item = result.items[0]!
    expect(item.sections.map((s) => s.kind)).toEqual(['sagsfremstilling', 'indstilling', 'beslutning'])
    expect(item.sections[0]!.text).toBe('Takstanbefaling 2025-2026:\n\nAlle kommuner opfordres.')
    expect(item.recommendation).toBe('Det indstilles, at aftalen godkendes.')
  })

  it('end a decision-first block at the repeated title', () => {
    const result = doc(['1. Godkendelse af referat', '', 'Beslutning', '', 'Referatet blev godkendt.', '', 'Godkendelse af referat', '', 'Baggrund', 'Vedlagt som bilag.'])
    expect(result.items[0]!.decision).toEqual({ text: 'Referatet blev godkendt.', outcome: 'approved', unanimous: null, votes: null, dissent: [] })
    expect(result.items[0]!.sections.map((s) => s.kind)).toEqual(['beslutning', 'baggrund'])
  })

  it('hand the text after a Bilag list back to the section it interrupted', () => {
    const result = doc([
      'Punkt 1: Orienteringer', '', 'Sagsfremstilling', '', 'Første orientering.', '', 'Bilag:', '', '- Kommissorium.pdf', '',
      'Anden orientering om et helt andet emne, som fortsætter. Den er lang nok til at være prosa og ikke et bilagsnavn i en liste.'
    ])
    const item = result.items[0]!
    expect(item.attachments).toEqual([{ title: 'Kommissorium.pdf', url: null, sourceId: null }])
    expect(item.sections[0]!.text).toContain('Anden orientering')
  })

  it('take item-level absence lines out of the decision', () => {
    const result = doc(['Punkt 1: Budget', '', '24-012989', '', 'Beslutning', '', 'Anbefales.', '', 'Afbud: Søren Ole Sørensen, Michael Gravesen'])
    expect(result.items[0]).toMatchObject({ caseNumber: '24-012989', absent: ['Søren Ole Sørensen', 'Michael Gravesen'], decision: { text: 'Anbefales.' } })
  })
})
