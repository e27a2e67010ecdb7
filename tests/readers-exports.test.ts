import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toJson } from '../src/emit/json.js'
import { InputError } from '../src/input/errors.js'
import { readInput } from '../src/input/read.js'
import { readerFor } from '../src/input/readers/index.js'
import { documentOf } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import { ROOT } from './helpers.js'

// Golden files: fixtures/exports/<name>.<ext> → <name>.expected.json, reviewed by a person.
// UPDATE=1 rewrites them; review the diff before committing.
const update = process.env.UPDATE === '1'
const EXPORTS = 'fixtures/exports'
const inputs = readdirSync(join(ROOT, EXPORTS)).filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.md')).sort()

const bytesOf = (name: string): Uint8Array => readFileSync(join(ROOT, EXPORTS, name))

async function parseBytes(file: string, bytes: Uint8Array | string): Promise<Referat> {
  return documentOf(await readInput(file, typeof bytes === 'string' ? Buffer.from(bytes) : bytes))
}
const parseExport = parseBytes

describe('export fixtures', () => {
  it.each(inputs)('%s matches its reviewed JSON', async (name) => {
    const expectedPath = join(ROOT, EXPORTS, name.replace(/\.[^.]+$/, '.expected.json'))
    const actual = toJson(await parseBytes(`${EXPORTS}/${name}`, bytesOf(name)))
    if (update) writeFileSync(expectedPath, actual)
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 and review it`).toBe(true)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })
})

describe('sniffing exports by content', () => {
  const formats: Record<string, string> = {
    'greve-plan-tryghed-2025-06-18.json': 'firstagenda-json',
    'sbsys-ballerup-it-2013-05-15.xml': 'sbsys-xml',
    'acadre-syddjurs-puk-2013-06-20.xml': 'acadre-xml',
    'edoc-ballerup-sundhed-2012-12-04.xml': 'export-xml'
  }
  it('knows every fixture', () => expect(Object.keys(formats).sort()).toEqual(inputs))

  it.each(Object.entries(formats))('%s saved as .txt still reads as %s', async (name, format) => {
    const read = await readInput('saved-as.txt', bytesOf(name))
    expect(read.format).toBe(format)
    expect(read.kind).toBe('tree')
  })

  it.each([
    ['minutes that mention an export key', 'Referat\n\n1. "Dagsordenpunkter" i {FirstAgenda}\n'],
    ['minutes that open with a bracket', '[Udkast] Referat\n\n1. Godkendelse\n']
  ])('%s is not claimed by an export reader', (_, text) => {
    expect(readerFor(Buffer.from(text)).format).toBe('text')
  })

  // XML or JSON that no reader turns into items is not minutes: never read as plain text.
  it.each([
    ['a JSON object without agenda items', '{"Moede": {"Sted": "Rådhuset"}, "punkter": []}', 'export-json'],
    ['a JSON array', '[{"Dagsordenpunkter": "in a list"}]', 'export-json'],
    ['an unknown XML', '<?xml version="1.0"?>\n<catalog><book id="1"/></catalog>', 'export-xml'],
    ['an XML Publication without agendas', '<?xml version="1.0"?>\n<Publication><Title>Nyhedsbrev</Title></Publication>', 'export-xml'],
    ['an XML root without an agenda table', '<root><table name="customers"/></root>', 'export-xml']
  ])('%s is a one-line input error, not text', async (_, text, format) => {
    expect(readerFor(Buffer.from(text)).format).toBe(format)
    const error = await readInput('x.txt', Buffer.from(text)).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(/not minutes$|^is an? .*(?:not an? |without)/u)
    expect((error as InputError).message).not.toContain('\n')
  })

  it.each([
    ['greve-plan-tryghed-2025-06-18.json', /^is not valid JSON \(truncated\?\)$/],
    ['sbsys-ballerup-it-2013-05-15.xml', /^is not well-formed XML: \d+:\d+: /],
    ['acadre-syddjurs-puk-2013-06-20.xml', /^is not well-formed XML: \d+:\d+: /]
  ])('a truncated %s is a one-line input error', async (name, message) => {
    const bytes = bytesOf(name)
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2))
    const error = await readInput(name, cut).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(message)
    expect((error as InputError).message).not.toContain('\n')
  })
})

describe('positions point into the file as read', () => {
  it.each(inputs)('%s: every item starts on the line of its opening in the file', async (name) => {
    const doc = await parseBytes(name, bytesOf(name))
    const lines = readFileSync(join(ROOT, EXPORTS, name), 'utf8').split(/\r\n?|\n/u)
    expect(doc.items.length).toBeGreaterThan(0)
    for (const item of doc.items) {
      const line = lines[item.line - 1] ?? ''
      expect(line, `item ${item.number} at line ${item.line}`).toMatch(/<Item\b|<MeetingAgendaItem\b|<table name="agendaitem"|^\s*\{/)
      for (const section of item.sections) expect(section.line).toBeGreaterThanOrEqual(item.line)
    }
  })
})

describe('layouts of each export, in small', () => {
  it('FirstAgenda: captioned fields, "Lukket:" titles, Afbud in the decision, Bilag; IsOpen is ignored', async () => {
    const json = JSON.stringify({
      Udvalg: { Navn: 'Økonomiudvalget' },
      Moede: {
        Dato: '2024-03-04T08:00:00+01:00', MeetingEndUtc: '2024-03-04T10:00:00+01:00', Sted: 'Byrådssalen', Navn: 'Referat',
        Moededeltagere: [{ Name: 'Anna Hansen (V)', Absent: false, ParticipationCancelled: true }, { Name: 'Bo Berg', Absent: false }]
      },
      Dagsordenpunkter: [
        {
          Punktnummer: '1', Navn: 'Budget 2025', SagsNummer: '24-001234', IsOpen: false,
          Felter: [
            { Navn: 'Forvaltningen foreslår', Html: '<p>At budgettet godkendes.</p>' },
            { Navn: 'Økonomiudvalgets beslutning den 4. marts 2024', Html: '<p>Godkendt.</p><p>Afbud: Anna Hansen</p>' }
          ],
          Bilag: [{ Navn: 'Budgetnotat', Id: 'b-17', Url: 'https://dagsorden.example.dk/bilag/b-17.pdf' }, { Navn: 'Tidsplan', Id: '00000000-0000-0000-0000-000000000000', Url: 'http://edocfarm/bilag/2' }],
          Id: 'item-uuid-1'
        },
        { Punktnummer: '2', Navn: 'Lukket: Personalesag', IsOpen: false, Felter: [{ Navn: '', Html: '<p>Drøftet.</p>' }], Bilag: [] },
        { Punktnummer: '3', Navn: 'Meddelelser', Felter: [], ItemDecision: '<p>Taget til efterretning.</p>', Bilag: null }
      ]
    }, null, 2)
    const doc = await parseExport('budget.txt', json)
    expect(doc.source.format).toBe('firstagenda-json')
    expect(doc.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2024-03-04', start: '08:00', end: '10:00', location: 'Byrådssalen' })
    expect(doc.meeting.participants.map((p) => [p.name, p.status, p.party])).toEqual([['Anna Hansen', 'absent', 'V'], ['Bo Berg', 'present', null]])
    expect(doc.toc.map((t) => [t.number, t.title, t.closed])).toEqual([['1', 'Budget 2025', false], ['2', 'Personalesag', true], ['3', 'Meddelelser', false]])
    const [budget, closed, news] = doc.items
    expect(budget).toMatchObject({
      caseNumber: '24-001234', closed: false, absent: ['Anna Hansen'],
      sourceId: 'item-uuid-1',
      // A link on the public web stays; one into the municipality's own network (a host without a domain) goes.
      attachments: [{ title: 'Budgetnotat', url: 'https://dagsorden.example.dk/bilag/b-17.pdf', sourceId: 'b-17' }, { title: 'Tidsplan', url: null, sourceId: null }],
      recommendation: 'At budgettet godkendes.', decision: { text: 'Godkendt.', outcome: 'approved' }
    })
    expect(budget?.sections.map((s) => s.kind)).toEqual(['indstilling', 'beslutning'])
    const lines = json.split('\n')
    expect(lines[budget!.line - 1]).toMatch(/^\s*\{$/)
    expect(lines[budget!.sections[1]!.line - 1]).toContain('"Html": "<p>Godkendt.</p>')
    expect(closed).toMatchObject({ number: '2', title: 'Personalesag', closed: true, text: 'Drøftet.' })
    expect(news).toMatchObject({ attachments: [], decision: { text: 'Taget til efterretning.', outcome: 'noted' } })
  })

  it('SBSYS: Windows-1252 with CR-only line ends, a forbidden character reference, upper-case captions, a non-public item', async () => {
    const xml = [
      '<?xml version="1.0" encoding="windows-1252"?>',
      '<Publication><Agendas><Agenda><Name>Økonomiudvalget</Name>',
      '<Meeting><When>04-03-2024 08:00:00</When><Where>Byrådssalen</Where><Until>04-03-2024 09:30:00</Until>',
      '<Members><MeetingMember><Name>Anna Hansen (V)</Name><ParticipationStatusAsText>NotParticipating</ParticipationStatusAsText></MeetingMember></Members></Meeting>',
      '<Committee><Name>Økonomiudvalget</Name></Committee>',
      '<Items>',
      '<Item ID="60"><Caption>Budget 2025</Caption><Case><Number>24-001234</Number></Case><IsPublic>True</IsPublic><Number>1</Number>',
      '<Fields><ItemField><Caption>SAGSFREMSTILLING</Caption><Content>&lt;p&gt;Tekst&#xC; her&lt;/p&gt;</Content></ItemField>',
      '<ItemField><Caption>ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS 2024</Caption><Content><![CDATA[<p>Godkendt.</p><p>Afbud: Anna Hansen</p>]]></Content></ItemField></Fields>',
      '<Enclosures><Enclosure ID="7"><Name>Budgetnotat</Name></Enclosure></Enclosures></Item>',
      '<Item><Caption>Personalesag</Caption><IsPublic>False</IsPublic><Number>2</Number><Fields /></Item>',
      '</Items></Agenda></Agendas></Publication>'
    ].join('\r')
    const doc = await parseExport('eksport.txt', Buffer.from(xml, 'latin1'))
    expect(doc.source.format).toBe('sbsys-xml')
    expect(doc.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2024-03-04', start: '08:00', end: '09:30', location: 'Byrådssalen' })
    expect(doc.meeting.participants).toMatchObject([{ name: 'Anna Hansen', status: 'absent', party: 'V' }])
    expect(doc.items.map((i) => [i.number, i.line, i.closed])).toEqual([['1', 7, false], ['2', 11, true]])
    expect(doc.items[0]).toMatchObject({ caseNumber: '24-001234', absent: ['Anna Hansen'], sourceId: '60', attachments: [{ title: 'Budgetnotat', url: null, sourceId: '7' }], decision: { text: 'Godkendt.', outcome: 'approved' } })
    expect(doc.items[0]?.sections.map((s) => [s.kind, s.line, s.text])).toEqual([['sagsfremstilling', 8, 'Tekst her'], ['beslutning', 9, 'Godkendt.']])
  })

  it('Acadre: absent members, item absence fields, closed access, the printed number from sort', async () => {
    const field = (name: string, value: string): string => `<field name="${name}">${value}</field>`
    const table = (name: string, fields: string[], children = ''): string => `<table name="${name}"><fields>${fields.join('')}</fields>${children}</table>`
    const member = (name: string, absent: string): string => table('member', [field('name', name), field('absent', absent), field('role', 'Medlem')])
    const bullet = (name: string, html: string, order: number): string =>
      table('bullet', [field('bulletname', name), field('bulletcontent', html.replaceAll('<', '&lt;').replaceAll('>', '&gt;')), field('bulletsortorder', String(order))])
    const item = (sort: string, name: string, access: string, bullets: string): string =>
      table('agendaitemparents', [field('sort', sort)], '\n' + table('agendaitem', [field('name', name), field('caseno', '13/1234'), field('accessname', access), field('absent', 'Bo Berg')], bullets))
    const xml = ['<?xml version="1.0"?>', '<root>' + table('agenda', [field('name', 'Referat')],
      '\n' + table('committee', [field('name', 'Teknik- og Miljøudvalget')]) +
      '\n' + table('meeting', [field('date', '2013-06-20 10:30'), field('finish', '2013-06-20 12:00'), field('location', 'Rådhuset')],
        table('meetmember', [], member('Anna Hansen (V)', '0') + member('Bo Berg (A)', '1'))) +
      '\n' + item('12', 'Vejplan', 'Åben', bullet('Beslutning i Teknik- og Miljøudvalget den 20-06-2013', '<p>Godkendt.</p>', 2) + bullet('Resumé', '<p>Kort.</p>', 1)) +
      '\n' + item('13', 'Køb af jord', 'Lukket', '')) + '</root>'].join('\n')
    const doc = await parseExport('agenda.xml', xml)
    expect(doc.source.format).toBe('acadre-xml')
    expect(doc.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2013-06-20', start: '10:30', end: '12:00', location: 'Rådhuset' })
    expect(doc.meeting.participants.map((p) => [p.name, p.status, p.party, p.role])).toEqual([['Anna Hansen', 'present', 'V', 'Medlem'], ['Bo Berg', 'absent', 'A', 'Medlem']])
    expect(doc.items.map((i) => [i.number, i.line, i.closed, i.caseNumber, i.absent])).toEqual([['12', 6, false, '13/1234', ['Bo Berg']], ['13', 8, true, '13/1234', ['Bo Berg']]])
    expect(doc.items[0]?.sections.map((s) => s.kind)).toEqual(['resume', 'beslutning'])
    expect(doc.items[0]?.decision).toMatchObject({ text: 'Godkendt.', outcome: 'approved' })
  })
})

describe('exports in other encodings', () => {
  it('an SBSYS publication saved as UTF-16 with a BOM reads as the export', async () => {
    const text = readFileSync(join(ROOT, EXPORTS, 'sbsys-ballerup-it-2013-05-15.xml'), 'utf8').replace(/^\ufeff/u, '')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const doc = await parseBytes('utf16.xml', bytes)
    expect(doc.source.format).toBe('sbsys-xml')
    expect(doc.items.map((i) => [i.number, i.line])).toEqual([['1', 350], ['2', 519], ['3', 844], ['4', 1191], ['5', 1506]])
  })
})
