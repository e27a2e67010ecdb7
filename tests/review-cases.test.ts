import { describe, expect, it } from 'vitest'
import { decisionOutcome } from '../src/extract/decision.js'
import { parse } from '../src/parse.js'

/** Cases a review found: each a general layout or phrasing, each with its expected reading. */
describe('outcomes of elections', () => {
  it.each([
    ['Per Hansen blev genvalgt.', 'elected'],
    ['Agnete Berg blev valgt uden modkandidater.', 'elected'],
    ['Per Hansen blev ikke genvalgt.', 'rejected'],
    ['Kandidaten blev ikke valgt.', 'rejected']
  ])('%s → %s', (text, outcome) => {
    expect(decisionOutcome(text)).toBe(outcome)
  })
})

describe('a decision in capitals', () => {
  it('stays the decision, not a new block heading', () => {
    const text = ['Referat af bestyrelsesmøde 3. marts 2024', '', 'Punkt 1: Regnskab 2023', '', 'Beslutning', '', 'ENSTEMMIGT GODKENDT', ''].join('\n')
    const item = parse(text).items[0]
    expect(item?.decision).toMatchObject({ text: 'ENSTEMMIGT GODKENDT', outcome: 'approved' })
  })
})

describe('a numbered list inside one item', () => {
  it('never replaces the agenda, however long (bylaw paragraphs under a proposal)', () => {
    const bylaws = Array.from({ length: 8 }, (_, i) => [`§ ${i + 1} Vedtægtens paragraf ${i + 1} ændres`, '', 'Ny tekst for paragraffen.', '']).flat()
    const text = ['Referat af generalforsamling 3. marts 2024', '', '1. Valg af dirigent', '', 'Anne Holm blev valgt.', '',
      '2. Forslag til vedtægtsændringer', '', ...bylaws, 'Forslaget blev vedtaget.', '', '3. Eventuelt', '', 'Intet.', ''].join('\n')
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Valg af dirigent'], ['2', 'Forslag til vedtægtsændringer'], ['3', 'Eventuelt']
    ])
  })
})

describe('Markdown that opens with an HTML block', () => {
  it('is read as Markdown (a repository page with a centred logo, then headings)', async () => {
    const { readInput } = await import('../src/input/read.js')
    const { documentOf } = await import('../src/parse-file.js')
    const text = ['<div align="center"><img src="logo.png"></div>', '', '# Referat af bestyrelsesmøde 3. marts 2024', '',
      '## 1. Regnskab', '', 'Regnskabet blev godkendt.', '', '## 2. Eventuelt', '', 'Intet.', ''].join('\n')
    const input = await readInput('x.md', Buffer.from(text))
    expect(input.format).toBe('markdown')
    expect(documentOf(input).items.map((item) => item.title)).toEqual(['Regnskab', 'Eventuelt'])
  })
})

describe('a long heading followed at once by a one-word decision', () => {
  it('keeps the decision out of the title', () => {
    const text = ['Referat af generalforsamling 3. marts 2024', '', '1. Godkendelse af regnskab og budget for det kommende regnskabsår', 'Godkendt.', '',
      '2. Eventuelt', '', 'Intet.', ''].join('\n')
    const item = parse(text).items[0]
    expect(item?.title).toBe('Godkendelse af regnskab og budget for det kommende regnskabsår')
    expect(item?.decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved' })
  })
})
