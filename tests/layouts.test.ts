import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import type { Referat } from '../src/schema/document.js'
import { readFixture, seedFixtures } from './helpers.js'

// Text from other converters: the same minutes without blank lines, or with every
// paragraph break doubled. Line numbers differ; the structure must not.
const summary = (doc: Referat) => doc.items.map((item) => ({
  number: item.number, title: item.title, closed: item.closed, caseNumber: item.caseNumber, group: item.group,
  outcome: item.decision?.outcome ?? null, attachments: item.attachments, sections: item.sections.map((s) => s.kind)
}))

describe.each(seedFixtures())('%s in other layouts', (fixture) => {
  const text = readFixture(fixture)
  const expected = summary(parse(text))

  it('without any blank lines gives the same items', () => {
    expect(summary(parse(text.split('\n').filter((line) => line.trim() !== '').join('\n')))).toEqual(expected)
  })

  it('with every blank line doubled gives the same items', () => {
    expect(summary(parse(text.replace(/\n\n/g, '\n\n\n')))).toEqual(expected)
  })
})

describe.each(seedFixtures())('%s as extracted by pdftotext', (fixture) => {
  const key = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  // Titles compare on letters and digits: extraction may re-join a wrapped title differently.
  const items = (doc: Referat) => summary(doc).map((item) => ({ ...item, title: key(item.title), attachments: item.attachments.length }))
  const expected = items(parse(readFixture(fixture)))

  it.each(['layout', 'raw'])('in %s mode gives the same items', (mode) => {
    const extracted = readFixture(fixture.replace('fixtures/', 'fixtures/extracted/').replace(/\.txt$/, `.${mode}.txt`))
    expect(items(parse(extracted))).toEqual(expected)
  })
})

// Layouts of other systems and genres (issue 12): one fixture of our own per failure class.
const parsed = (name: string): Referat => parse(readFixture(`fixtures/cases/${name}.txt`))
const numbersAndTitles = (doc: Referat) => doc.items.map((item) => [item.number, item.title])

describe('numbering styles', () => {
  it('lettered items ("A:", "C:Title") keep their letter, and a numbered list inside one stays text', () => {
    const doc = parsed('generalforsamling-lettered')
    expect(doc.items.map((item) => item.number)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(doc.items[2]!.title).toBe('Indkomne forslag.')
    expect(doc.items[2]!.text).toContain('1. Hastighedsbump.')
  })

  it('§N items, a title wrapped onto its last word, and a § number printed twice', () => {
    expect(numbersAndTitles(parsed('generalforsamling-paragraphs'))).toEqual([
      ['1', 'Valg af dirigent.'],
      ['2', 'Forelæggelse af foreningens regnskab for 2023 ved kasserer Sofie Bundgaard.'],
      ['3', 'Valg af bestyrelse.'], ['3', 'Indkomne forslag.'], ['4', 'Eventuelt.']
    ])
  })

  it('"N)" items under a "Dagsorden:" list that the body repeats as its headings', () => {
    const doc = parsed('bestyrelse-parenthesised')
    expect(doc.toc.map((entry) => entry.number)).toEqual(['1', '2', '3'])
    expect(numbersAndTitles(doc)).toEqual([['1', 'Vedligeholdelse af stier ved Tove'], ['2', 'Budget ved Kasper'], ['3', 'Eventuelt']])
  })

  it('"Ad N." answers an agenda list; a title wraps onto a lower-case line', () => {
    const doc = parsed('agenda-answered')
    expect(doc.toc).toHaveLength(4)
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4'])
    expect(doc.items[2]!.title).toBe('Valg af to medlemmer til bestyrelsen for en 2-årig periode og to suppleanter for en 1-årig periode')
  })

  it('"Punkt N –", and "Referat:" as the decision of a board meeting', () => {
    const doc = parsed('bestyrelse-punkt-dash')
    expect(numbersAndTitles(doc)).toEqual([['1', 'Status'], ['2', 'Vaskeri']])
    expect(doc.items[1]!.decision).toMatchObject({ text: 'Udkastet godkendes og sendes til alle beboere.', outcome: 'approved' })
  })

  it('"Punkt N" with its title on the next line, lower-case titles, and "5 evt." after them', () => {
    const doc = parsed('association-punkt-below')
    expect(numbersAndTitles(doc)).toEqual([['1', ''], ['2', 'Formandens beretning'],
      ['3', 'Regnskabets fremlæggelse ved kasserer Poul Berg.'], ['4', 'valg af revisor'], ['5', 'evt.']])
  })
})

describe('decisions of association minutes', () => {
  it.each([
    ['generalforsamling-lettered', 'A', 'Karen Holm blev valgt.', 'elected'],
    ['generalforsamling-lettered', 'B', 'Beretningen blev enstemmigt godkendt.', 'approved'],
    ['generalforsamling-paragraphs', '1', 'Enstemmigt vedtaget.', 'approved'],
    ['association-punkt-below', '2', 'Formandens beretning blev enstemmigt godkendt', 'approved'],
    ['association-punkt-below', '4', 'Agnete Dahl blev genvalgt uden modkandidater.', 'elected']
  ])('%s item %s closes with its decision', (name, number, text, outcome) => {
    expect(parsed(name).items.find((item) => item.number === number)!.decision).toMatchObject({ text, outcome })
  })

  it('an item whose text records no outcome has no decision', () => {
    expect(parsed('bestyrelse-parenthesised').items[0]!.decision).toBeNull()
  })
})

describe('case numbers, companions and blocks', () => {
  it('labelled case numbers with companions on the line or above, in other shapes', () => {
    expect(parsed('case-number-labels').items.map((item) => item.caseNumber)).toEqual(['2024-12345', '12/27845', 'EMN-2024-00417'])
  })

  it('an all-capitals block ends the decision before it', () => {
    const item = parsed('case-number-labels').items[0]!
    expect(item.decision?.text).toBe('Godkendt.')
    expect(item.sections.at(-1)).toMatchObject({ kind: 'other', heading: 'FORSLAG FRA LOKALRÅDET' })
  })
})

describe('page furniture', () => {
  it('signing-service footers and letterheads never reach the output', () => {
    const text = JSON.stringify([parsed('agenda-answered'), parsed('bestyrelse-parenthesised')])
    expect(text).not.toContain('Penneo')
    expect(text).not.toContain('Regionskontorer')
    expect(text).not.toContain('cvr.')
  })

  it('transcript time stamps stay out of titles and free the headings glued to them', () => {
    const doc = parsed('transcript-margin-times')
    expect(numbersAndTitles(doc)).toEqual([['1', 'Indstilling fra Udvalget til Valgs Prøvelse'], ['2', '1. behandling af lovforslag nr. L 12']])
    expect(doc.items[0]!.sections.map((section) => section.heading)).toEqual(['Afstemning'])
    expect(doc.items[0]!.decision?.text).toContain('Udvalgets indstilling er vedtaget enstemmigt.')
    expect(JSON.stringify(doc)).not.toContain('Kl. 13:0')
    expect(JSON.stringify(doc)).not.toContain('næste punkt på dagsordenen')
  })
})

describe('TOCs as tables and wrapped titles', () => {
  const doc = parsed('toc-table-case-list')

  it('a "Punkt nr. / Side" table interrupted by a page footer is the TOC; running case-list numbers are the items', () => {
    expect(doc.toc.map((entry) => [entry.number, entry.page])).toEqual([['412', 2], ['413', 2], ['414', 3], ['415', 3]])
    expect(doc.items.map((item) => item.number)).toEqual(['412', '413', '414', '415'])
  })

  it('a title wrapped past a blank line, then its case number', () => {
    expect(doc.items[1]).toMatchObject({ title: 'Svar på forslag fra Lokalrådet om at sikre den fremtidige placering af biblioteket', caseNumber: '2024-004512' })
  })

  it('the decision of this meeting among several dated ones', () => {
    expect(doc.items[2]!.decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved' })
  })
})

describe('no invented decisions', () => {
  it('an agenda records no decisions, however its items are worded', () => {
    const doc = parse(['Dagsorden', 'Generalforsamling i Grundejerforeningen Solbakken', '', 'A: Valg af dirigent.', 'Bestyrelsen foreslår Karen Holm.', '',
      'B: Regnskab.', 'Regnskabet forelægges og godkendes.'].join('\n'))
    expect(doc.items.map((item) => item.decision)).toEqual([null, null])
  })

  it('a proposal is not the decision of minutes', () => {
    const doc = parse(['Referat af generalforsamling', '', 'A: Regnskab.', 'Bestyrelsen foreslår, at regnskabet godkendes.'].join('\n'))
    expect(doc.items[0]!.decision).toBeNull()
  })
})

describe('association minutes without blank lines', () => {
  it.each(['association-punkt-below', 'generalforsamling-paragraphs', 'agenda-answered', 'toc-table-case-list'])('%s gives the same items', (name) => {
    const text = readFixture(`fixtures/cases/${name}.txt`)
    const items = (doc: Referat) => doc.items.map((item) => [item.number, item.title, item.decision?.outcome ?? null])
    expect(items(parse(text.split('\n').filter((line) => line.trim() !== '').join('\n')))).toEqual(items(parse(text)))
  })
})
