import { describe, expect, it } from 'vitest'
import { InputError } from '../src/input/errors.js'
import { restoreBreaks } from '../src/input/exports/plain-text-fields.js'
import { readInput } from '../src/input/read.js'
import { readerFor } from '../src/input/readers/index.js'
import { documentOf } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'

// Exports of systems without a reader of their own, written here in shapes no
// corpus file has: other element names, other nesting, XML and JSON.

const parse = async (name: string, text: string): Promise<Referat> => documentOf(await readInput(name, Buffer.from(text)))
const escape = (html: string): string => html.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Danish names, items two levels down, HTML text, a separate decision, attachments with links. */
const danishXml = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<Dagsorden>',
  '  <Møde><Udvalg>Kultur- og Fritidsudvalget</Udvalg><Dato>2024-05-06T17:00:00</Dato><Sted>Mødelokale 1</Sted>',
  '    <Deltagere><Deltager><Navn>Anna Hansen (A)</Navn></Deltager><Deltager><Navn>Bo Berg (V)</Navn><Status>Afbud</Status></Deltager></Deltagere>',
  '  </Møde>',
  '  <Punkter>',
  '    <Punkt id="p-11"><Nummer>1</Nummer><Titel>Godkendelse af dagsorden</Titel><Beslutning>Godkendt.</Beslutning></Punkt>',
  `    <Punkt id="p-12"><Nummer>2</Nummer><Titel>Nyt bibliotek i Nordby</Titel><SagsNummer>24-004711</SagsNummer>`,
  `      <Tekst>${escape('<h3>Sagsfremstilling</h3><p>Forvaltningen har undersøgt placeringen.</p><h3>Indstilling</h3><p>Forvaltningen indstiller, at projektet godkendes.</p>')}</Tekst>`,
  '      <Beslutning>Indstillingen blev godkendt.</Beslutning>',
  '      <Bilag><Fil><Navn>Skitseprojekt</Navn><Url>https://dagsorden.example.dk/bilag/4711.pdf</Url><Id>4711</Id></Fil><Fil><Navn>Intern note</Navn><Url>http://esdh01/doc/9</Url></Fil></Bilag>',
  '    </Punkt>',
  '  </Punkter>',
  '</Dagsorden>'
].join('\n')

/** English names, records grouped under sections, plain text with its line breaks stripped. */
const englishXml = [
  '<export>',
  '<meeting><committee>Teknik- og Miljøudvalget</committee><date>12-03-2024 16:00:00</date><location>Byrådssalen</location></meeting>',
  '<agenda><part><caption>Åbne punkter</caption>',
  '<record><number>1</number><caption>Budgetopfølgning</caption><fulltext>Sammendrag Forvaltningen har lavet budgetopfølgning pr. 29. februar, og der ventes et mindreforbrug på vejområdet. Økonomiske konsekvenser Ingen ud over det beskrevne, idet mindreforbruget bliver i området. Indstilling Forvaltningen indstiller, at budgetopfølgningen tages til efterretning. Beslutning Taget til efterretning.</fulltext><caseno>24-000101</caseno></record>',
  '</part><part><caption>Lukkede punkter</caption>',
  '<record><number>2</number><caption>Køb af jord</caption><closed>true</closed><fulltext>Beslutning: Godkendt.</fulltext></record>',
  '</part></agenda>',
  '</export>'
].join('\n')

/** JSON: a list of items at the top level of an object, numbers as numbers, a group row, a `0` row. */
const groupedJson = JSON.stringify({
  committee: 'Økonomiudvalget',
  meetingDate: '2024-03-04T08:00:00+01:00',
  location: 'Byrådssalen',
  items: [
    { number: 0, title: 'Referat (samlet)', documents: [{ name: 'Referat.pdf', url: 'referat/0.pdf' }] },
    { number: 1, title: 'Meddelelser', text: '<p>Borgmesteren orienterede.</p>', decision: '<p>Taget til efterretning.</p>' },
    { number: '2', title: 'Anlægssager' },
    { number: '2.1', title: 'Skolevej', caseNumber: '24-000202', decision: '<p>Godkendt.</p>' },
    { number: '2.2', title: 'Havnevej', decision: '<p>Udsat.</p>' }
  ]
}, null, 2)

/** JSON: a bare list of items, Danish keys, the meeting nowhere. */
const listJson = JSON.stringify([
  { Punktnummer: '1', Overskrift: 'Valg af dirigent', Beskrivelse: '<p>Bestyrelsen foreslår Karen.</p>', Beslutning: 'Karen blev valgt.' },
  { Punktnummer: '2', Overskrift: 'Eventuelt', Beskrivelse: '<p>Intet.</p>' }
])

describe('the generic export reader, table of shapes', () => {
  it.each([
    ['Danish XML, items under Punkter', 'a.xml', danishXml, 'export-xml',
      [['1', 'Godkendelse af dagsorden', null, 'Godkendt.'], ['2', 'Nyt bibliotek i Nordby', '24-004711', 'Indstillingen blev godkendt.']]],
    ['English XML, records in parts, run-on text', 'b.xml', englishXml, 'export-xml',
      [['1', 'Budgetopfølgning', '24-000101', 'Taget til efterretning.'], ['2', 'Køb af jord', null, 'Godkendt.']]],
    ['JSON object with a group row and a 0 row', 'c.json', groupedJson, 'export-json',
      [['1', 'Meddelelser', null, 'Taget til efterretning.'], ['2.1', 'Skolevej', '24-000202', 'Godkendt.'], ['2.2', 'Havnevej', null, 'Udsat.']]],
    ['a bare JSON list', 'd.json', listJson, 'export-json',
      [['1', 'Valg af dirigent', null, 'Karen blev valgt.'], ['2', 'Eventuelt', null, 'Intet.']]]
  ])('%s', async (_, name, text, format, expected) => {
    const doc = await parse(name, text)
    expect(doc.source.format).toBe(format)
    expect(doc.items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.text ?? null])).toEqual(expected)
  })

  it('maps the meeting, participants, sections and attachments by name', async () => {
    const doc = await parse('a.xml', danishXml)
    expect(doc.meeting).toMatchObject({ body: 'Kultur- og Fritidsudvalget', date: '2024-05-06', start: '17:00', location: 'Mødelokale 1' })
    expect(doc.meeting.participants.map((p) => [p.name, p.status, p.party])).toEqual([['Anna Hansen', 'present', 'A'], ['Bo Berg', 'absent', 'V']])
    const library = doc.items[1]!
    expect(library.sourceId).toBe('p-12')
    expect(library.sections.map((s) => s.kind)).toEqual(['sagsfremstilling', 'indstilling', 'beslutning'])
    expect(library.decision?.outcome).toBe('approved')
    // A link into the office network (a host without a domain) is no address for a reader.
    expect(library.attachments).toEqual([
      { title: 'Skitseprojekt', url: 'https://dagsorden.example.dk/bilag/4711.pdf', sourceId: '4711' },
      { title: 'Intern note', url: null, sourceId: null }
    ])
  })

  it('cuts run-on text back into sections at the known captions', async () => {
    const doc = await parse('b.xml', englishXml)
    expect(doc.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2024-03-12', start: '16:00', location: 'Byrådssalen' })
    expect(doc.items[0]!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['resume', 'Sammendrag'], ['oekonomi', 'Økonomiske konsekvenser'], ['indstilling', 'Indstilling'], ['beslutning', 'Beslutning']
    ])
    expect(doc.items[0]!.decision?.outcome).toBe('noted')
    expect(doc.items[1]!.closed).toBe(true)
    expect(restoreBreaks('Kort tekst. Beslutning Godkendt.')).toBe('Kort tekst. Beslutning Godkendt.')
  })

  it('groups sub-items under their group row and drops a 0 row without text (contract v2)', async () => {
    const doc = await parse('c.json', groupedJson)
    expect(doc.items.map((item) => [item.number, item.group])).toEqual([['1', null], ['2.1', 'Anlægssager'], ['2.2', 'Anlægssager']])
    expect(doc.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2024-03-04', start: '08:00', location: 'Byrådssalen' })
    const lines = groupedJson.split('\n')
    expect(lines[doc.items[0]!.line - 1]).toMatch(/^\s*\{$/u)
  })

  it('SBSYS: the 0 row carrying only the minutes file is no item, a group row heads its sub-items', async () => {
    const item = (id: number, number: string, caption: string, fields: string): string =>
      `<Item ID="${id}"><Number>${number}</Number><Caption>${caption}</Caption><IsPublic>True</IsPublic><Fields>${fields}</Fields></Item>`
    const decided = (text: string): string => `<ItemField><Caption>Beslutning</Caption><Content>&lt;p&gt;${text}&lt;/p&gt;</Content></ItemField>`
    const xml = ['<?xml version="1.0"?>', '<Publication><Agendas><Agenda><Name>Økonomiudvalget</Name><Meeting><When>04-03-2024 08:00:00</When></Meeting><Items>',
      '<Item ID="1"><Number>0</Number><Caption>Referat</Caption><Fields /><Enclosures><Enclosure ID="9"><Name>Referat.pdf</Name></Enclosure></Enclosures></Item>',
      item(2, '1', 'Meddelelser', decided('Taget til efterretning.')),
      item(3, '2', 'Anlægssager', ''),
      item(4, '2.1', 'Skolevej', decided('Godkendt.')),
      item(5, '2.2', 'Havnevej', decided('Udsat.')),
      '</Items></Agenda></Agendas></Publication>'].join('\n')
    const doc = await parse('sbsys.xml', xml)
    expect(doc.source.format).toBe('sbsys-xml')
    expect(doc.items.map((i) => [i.number, i.title, i.group])).toEqual([['1', 'Meddelelser', null], ['2.1', 'Skolevej', 'Anlægssager'], ['2.2', 'Havnevej', 'Anlægssager']])
    expect(doc.toc.map((entry) => entry.number)).toEqual(['1', '2.1', '2.2'])
  })

  it('text that only opens with a tag is not taken for XML', () => {
    expect(readerFor(Buffer.from('<Udkast> Referat af bestyrelsesmøde\n\n1. Godkendelse\n')).format).toBe('text')
    expect(readerFor(Buffer.from('<Referat><Punkt><Titel>A</Titel></Punkt></Referat>')).format).toBe('export-xml')
  })

  it.each([
    ['XML of something else', 'x.xml', '<?xml version="1.0"?>\n<catalog><book id="1"><author>A</author></book><book id="2"><author>B</author></book></catalog>', /^is XML \(root <catalog>\) with no agenda items/u],
    ['JSON of something else', 'x.json', '{"products": [{"sku": 1, "price": 2}, {"sku": 2, "price": 3}]}', /^is JSON with no agenda items/u],
    ['JSON saved as .txt', 'x.txt', '[1, 2, 3]', /^is JSON with no agenda items/u]
  ])('%s is not minutes: one line, exit 2, never plain text', async (_, name, text, message) => {
    expect(readerFor(Buffer.from(text)).format).not.toBe('text')
    const error = await readInput(name, Buffer.from(text)).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(message)
    expect((error as InputError).message).not.toContain('\n')
  })
})
