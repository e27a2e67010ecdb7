import { describe, expect, it } from 'vitest'
import { parse } from '../src/parse.js'
import type { Referat } from '../src/schema/document.js'
import { readFixture, textFixtures } from './helpers.js'

// Numbering as real minutes print it (issue 21): one fixture of our own per class, each read
// as written and without its blank lines (as some converters give it).
const text = (name: string): string => readFixture(`fixtures/cases/${name}.txt`)
const withoutBlanks = (source: string): string => source.split('\n').filter((line) => line.trim() !== '').join('\n')
const items = (doc: Referat) => doc.items.map((item) => [item.number, item.title, item.group])
const textOf = (doc: Referat, number: string): string => doc.items.find((item) => item.number === number)?.text ?? ''

describe.each([
  ['as written', (source: string) => source],
  ['without blank lines', withoutBlanks]
])('numbering %s', (_, layout) => {
  const parsed = (name: string): Referat => parse(layout(text(name)))

  it('a date, an amount or a time on a line of its own neither ends, forks nor joins the run', () => {
    const doc = parsed('numbering-stray-values')
    expect(items(doc)).toEqual([
      ['1', 'Godkendelse af dagsorden', null], ['2', 'Økonomi', null], ['3', 'Haveudvalget', null], ['4', 'Vaskeriet', null],
      ['5', 'Udlejning af fælleshuset', null], ['6', 'Næste møde', null], ['7', 'Eventuelt', null]
    ])
    expect(textOf(doc, '3')).toContain('kl. 19.30')
    expect(textOf(doc, '3')).toContain('3.1 Mio. kr. er afsat')
    expect(textOf(doc, '6')).toBe('23.08.2021\nkl. 19.00')
  })

  it('skipped, repeated and suffixed numbers bend the run and keep their numbers as printed', () => {
    expect(items(parsed('numbering-gaps')).map(([number]) => number)).toEqual(['1', '2', '4', '4', '5', '6a', '6b', '7', '9', '11'])
  })

  it('lettered items ("A. Valg af dirigent")', () => {
    expect(items(parsed('numbering-letters'))).toEqual([
      ['A', 'Valg af dirigent', null], ['B', 'Bestyrelsens beretning', null], ['C', 'Regnskab', null],
      ['D', 'Indkomne forslag', null], ['E', 'Valg til bestyrelsen', null], ['F', 'Eventuelt', null]
    ])
  })

  it('sub-points ("a )", "a)", "b.", "i.") stay in their item and never join its title', () => {
    const doc = parsed('numbering-sub-points')
    expect(items(doc)).toEqual([
      ['1', 'Godkendelse af dagsorden', null], ['2', 'Økonomi', null], ['3', 'Vedligeholdelse', null], ['4', 'Udvalg', null], ['5', 'Eventuelt', null]
    ])
    expect(textOf(doc, '2')).toMatch(/^a \) Budget for 2025\n/u)
    expect(textOf(doc, '4')).toContain('i. Festudvalget')
  })

  it('a bare-numbered heading over 3.1–3.4 is their group, not an item', () => {
    expect(items(parsed('numbering-nested-groups'))).toEqual([
      ['1', 'Godkendelse af dagsorden', null], ['2', 'Meddelelser', null],
      ['3.1', 'Renovering af Skolevej', 'Anlægssager'], ['3.2', 'Ny cykelsti langs Åvej', 'Anlægssager'],
      ['3.3', 'Udskiftning af gadebelysning', 'Anlægssager'], ['3.4', 'Trafiksikring ved Bakkeskolen', 'Anlægssager'],
      ['4', 'Driftssager', null], ['5', 'Eventuelt', null]
    ])
  })

  it("an invitation's agenda (01.–08.) is the TOC of the minutes that follow (1.–8.)", () => {
    const doc = parsed('invitation-then-minutes')
    expect(doc.toc.map((entry) => [entry.number, entry.title])).toEqual([
      ['01', 'Godkendelse af dagsorden'], ['02', 'Godkendelse af referat'], ['03', 'Økonomi'], ['04', 'Vejene'],
      ['05', 'Grønne områder'], ['06', 'Hjemmesiden'], ['07', 'Næste møde'], ['08', 'Eventuelt']
    ])
    // Each heading found its entry: no item outside the TOC, no entry without an item.
    expect(doc.items.map((item) => [item.number, item.title])).toEqual(doc.toc.map((entry) => [String(Number(entry.number)), entry.title]))
    expect(doc.diagnostics.filter((d) => d.rule.startsWith('toc-') || d.rule === 'item-not-in-toc')).toEqual([])
    expect(textOf(doc, '7')).toBe('Den 8. april 2025.')
  })

  it("headings that go on numbering past a TOC's last entry are items the TOC left out", () => {
    const doc = parsed('toc-cut-short')
    expect(doc.toc).toHaveLength(3)
    expect(items(doc).map(([number]) => number)).toEqual(['1', '2', '3', '4', '5'])
    expect(doc.diagnostics.filter((d) => d.rule === 'item-not-in-toc').map((d) => d.item)).toEqual([null, '4', '5'])
  })

  it('an outline three levels deep, with a numbered list inside item 3 kept as its text', () => {
    const doc = parsed('outline-levels')
    expect(items(doc)).toEqual([
      ['1', 'Velkomst', null], ['2.1', 'Tidsplan', 'Status på projektet'], ['2.1.1', 'Udbud', 'Status på projektet'],
      ['2.1.2', 'Byggestart', 'Status på projektet'], ['2.2', 'Økonomi', 'Status på projektet'], ['3', 'Risici', null], ['4', 'Eventuelt', null]
    ])
    expect(textOf(doc, '2.1')).toBe('Tidsplanen holder.')
    expect(textOf(doc, '3')).toContain('1. Leverandørens kapacitet\n2. Prisstigninger på materialer\n3. Forsinket myndighedsgodkendelse')
  })

  it('titles wrapped onto the next line, in a bare-numbered run with a gap and a suffix', () => {
    const doc = parsed('numbering-wrapped-title')
    expect(items(doc)).toEqual([
      ['1', 'Godkendelse af dagsorden', null],
      ['2', 'Ansøgning fra Bakkeskolens skolebestyrelse om forsøg med ændret skoledagens længde i indskolingen', null],
      ['4', 'Orientering om kvalitetsrapporten for folkeskolerne i kommunen for 2024', null],
      ['4a', 'Høring om ny struktur for specialundervisningen på skolerne og i dagtilbuddene', null],
      ['5', 'Eventuelt', null]
    ])
    expect(textOf(doc, '4a')).toMatch(/^a\) Høringssvar/u)
  })
})

describe('never in the output', () => {
  it.each([
    ['with page breaks', (source: string) => source],
    ['as one page', (source: string) => source.replace(/\f/g, '\n')],
    ['without blank lines', (source: string) => withoutBlanks(source.replace(/\f/g, '\n'))]
  ])("a signing service's certificate page, its margin stamp and counted running lines (%s)", (_, layout) => {
    const doc = parse(layout(text('signing-certificate')))
    expect(items(doc).map(([number, title]) => [number, title])).toEqual([['1', 'Godkendelse af dagsorden'], ['2', 'Havnefesten'], ['3', 'Bådpladser'], ['4', 'Eventuelt']])
    expect(textOf(doc, '4')).toBe('Intet.\n\nReferent: Cecilie Mørk'.replace('\n\n', layout('\n\n') === '\n\n' ? '\n\n' : '\n'))
    const json = JSON.stringify(doc)
    for (const word of ['Penneo', 'QX7PL', 'side 2', 'af 4', 'Serienummer', 'Validering', 'underskrevet', '188.114']) expect(json).not.toContain(word)
  })

  it('a stamp set after a line of text goes; a line that only mentions the service stays', () => {
    const doc = parse(['Referat', '', '1. Status\tPenneo dokumentnøgle: QX7PL-2M4KD-88RTE-ZZ91B', 'Referatet underskrives med Penneo.', '', '2. Eventuelt', 'Intet.'].join('\n'))
    expect(items(doc).map(([number, title]) => [number, title])).toEqual([['1', 'Status'], ['2', 'Eventuelt']])
    expect(textOf(doc, '1')).toBe('Referatet underskrives med Penneo.')
  })
})

// The chain bends rather than breaks, in every fixture: a date, a time, an amount or a year on
// a line of its own after a finished sentence (as PDF layout sets a table cell apart) changes
// no item. Inside a wrapped title such a line is ambiguous, so none is put there.
describe.each(textFixtures())('%s with values on lines of their own', (fixture) => {
  const source = readFixture(fixture)
  const key = (doc: Referat) => doc.items.map((item) => [item.number, item.title, item.group])
  const expected = key(parse(source))

  it.each(['14.06.2021', '2.500 kr.', 'kl. 19.30', '1.000.000', '14. juni 2021', '2021'])('%s after every seventh sentence', (value) => {
    let sentences = 0
    const lines = source.split('\n').flatMap((line) => (/[.:!?]$/u.test(line.trim()) && sentences++ % 7 === 0 ? [line, value] : [line]))
    expect(key(parse(lines.join('\n')))).toEqual(expected)
  })
})
