import { describe, expect, it } from 'vitest'
import { readInput } from '../src/input/read.js'
import { sectionsOfField } from '../src/input/exports/field-sections.js'
import { blocksOfHtml } from '../src/input/exports/html-blocks.js'
import { locateJson } from '../src/input/exports/locate-json.js'
import { dateTimeOf, participantOf } from '../src/input/exports/meeting-fields.js'
import { cleanXml, parseXml, xmlTextOf } from '../src/input/exports/xml-document.js'
import { xmlRootName } from '../src/input/exports/sniff.js'
import { documentOf } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import { sectionKindOf } from '../src/tree/section-kind.js'

const at = { start: { line: 7, column: 1 }, end: { line: 7, column: 1 } }

async function parseExport(bytes: Uint8Array | string): Promise<Referat> {
  return documentOf(await readInput('export', typeof bytes === 'string' ? Buffer.from(bytes) : bytes))
}

describe('captions reach section kinds through the shared lexicon', () => {
  it.each([
    ['Resume', 'resume'], ['Resumé', 'resume'], ['Sammendrag', 'resume'],
    ['Fremstilling', 'sagsfremstilling'], ['Sagsbeskrivelse', 'sagsfremstilling'], ['SAGSFREMSTILLING', 'sagsfremstilling'],
    ['Supplerende Sagsfremstilling', 'supplerende-sagsfremstilling'],
    ['Indstilling', 'indstilling'], ['Forvaltningens indstilling', 'indstilling'], ['Forvaltningen foreslår', 'indstilling'],
    ['Administrationen indstiller', 'indstilling'],
    ['Beslutning', 'beslutning'], ['Økonomiudvalgets beslutning den 4. marts 2024', 'beslutning'],
    ['Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 20-06-2013', 'beslutning'],
    ['ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS 2024', 'beslutning'], ['Beslutning Økonomiudvalget 04-03-2024', 'beslutning'],
    ['BESLUTNING BYRÅDET DEN 12. MARTS 2024', 'beslutning'],
    ['Baggrund', 'baggrund'], ['Bilag', 'bilag'],
    ['Økonomiske konsekvenser', 'oekonomi'], ['Økonomiske konsekvenser og finansiering', 'oekonomi'],
    ['Økonomi og organisatoriske konsekvenser', 'oekonomi'], ['Lovgrundlag', 'lovgrundlag'],
    ['Tidligere behandling', 'behandling'], ['Sagens forløb', 'behandling'],
    ['Beslutningen træffes af', 'other'], ['Sagsprocedure', 'other'], ['Høring', 'other']
  ])('%s → %s', (caption, kind) => {
    expect(sectionKindOf(caption)).toBe(kind)
  })

  it.each(['Model A:', 'Tidsplan', 'Beslutningen blev truffet enstemmigt.', 'Økonomien er god, og der er penge nok til projektet.'])(
    '%s is not a known caption', (caption) => expect(sectionKindOf(caption)).toBeUndefined()
  )
})

describe('field HTML as blocks', () => {
  it.each([
    ['<h3>Beslutning</h3><span>Godkendt.<br><br>Afbud: Kenneth Jerkel</span>',
      [['heading', 'Beslutning'], ['text', 'Godkendt.'], ['text', 'Afbud: Kenneth Jerkel']]],
    ['<div><strong>Baggrund</strong></div><div>Tekst med <b>fed</b> ord.</div>',
      [['bold', 'Baggrund'], ['text', 'Tekst med fed ord.']]],
    ['<p>Linje et<br>linje&nbsp;to</p>', [['text', 'Linje et\nlinje to']]],
    ['<p><strong>Økonomiske<br>konsekvenser</strong></p><p>Ingen <span> </span> <span> </span>udgifter.</p>',
      [['bold', 'Økonomiske konsekvenser'], ['text', 'Ingen udgifter.']]],
    ['<ol><li>Godkendt</li><li><p>Anbefales</p></li></ol><ul><li>punkt</li></ul>',
      [['text', '1. Godkendt'], ['text', '2. Anbefales'], ['text', '• punkt']]],
    ['<ol start="1" style="list-style-type: upper-alpha"><li>\n\t\tFørste</li></ol>', [['text', 'A. Første']]],
    ['<table><tr><td><div>Pulje</div></td><td>100 kr.</td></tr></table>', [['text', 'Pulje | 100 kr.']]],
    ['<script>x()</script><style>p{}</style><p>Synlig</p>', [['text', 'Synlig']]]
  ])('%s', (html, blocks) => {
    expect(blocksOfHtml(html).map((b) => [b.kind, b.text])).toEqual(blocks)
  })
})

describe('a field as sections', () => {
  const sections = (html: string, caption: string | null = null) => {
    const content = sectionsOfField({ caption, html, position: at })
    return { ...content, sections: content.sections.map((s) => [s.kind, s.heading, s.children.map((c) => c.value).join(' / ')]) }
  }

  it('opens a section per heading and per known bold caption; other bold lines stay text', () => {
    const html = '<h3>Sagsbeskrivelse</h3><p><strong>Baggrund</strong></p><p>Før.</p><p><strong>Model A:</strong></p><p>Efter.</p>'
    expect(sections(html).sections).toEqual([
      ['sagsfremstilling', 'Sagsbeskrivelse', ''],
      ['baggrund', 'Baggrund', 'Før. / Model A: / Efter.']
    ])
  })

  it('takes Afbud and Fraværende lines out of the text into absent', () => {
    const result = sections('<h3>Beslutning</h3><span>Godkendt.<br><br>Fraværende: Anne Hansen og Bo Berg</span>')
    expect(result.sections).toEqual([['beslutning', 'Beslutning', 'Godkendt.']])
    expect(result.absent).toEqual(['Anne Hansen', 'Bo Berg'])
  })

  it('drops an empty field but keeps an empty heading that others follow', () => {
    expect(sections('', 'Beslutning').sections).toEqual([])
    expect(sections('<h3>Fremstilling</h3><h4>Resume</h4><p>Kort.</p><h4></h4>').sections).toEqual([
      ['sagsfremstilling', 'Fremstilling', ''], ['resume', 'Resume', 'Kort.']
    ])
  })

  it('reads prose set as a heading element as text, and text before any heading as loose', () => {
    const result = sections('<p>Punktet udgår.</p><h4>Resume</h4><h4>Udvalget holder møde med Seniorrådet. Det sker to gange om året.</h4>')
    expect(result.loose.map((t) => t.value)).toEqual(['Punktet udgår.'])
    expect(result.sections).toEqual([['resume', 'Resume', 'Udvalget holder møde med Seniorrådet. Det sker to gange om året.']])
  })

  it('reads a paragraph opening with a known caption as a heading, except as the lead-in of its own kind', () => {
    expect(sections('<p><b>Beslutning:</b> Godkendt.</p><p>Baggrund</p><p>Tekst.</p>').sections).toEqual([
      ['beslutning', 'Beslutning', 'Godkendt.'], ['baggrund', 'Baggrund', 'Tekst.']
    ])
    expect(sections('<p>Administrationen indstiller:</p><p>1. at det godkendes</p>', 'Indstilling').sections).toEqual([
      ['indstilling', 'Indstilling', 'Administrationen indstiller: / 1. at det godkendes']
    ])
  })

  it('does not open a caption twice when the field repeats it as a heading', () => {
    expect(sections('<h3>Beslutning</h3><p>Godkendt.</p>', 'Beslutning').sections).toEqual([['beslutning', 'Beslutning', 'Godkendt.']])
  })

  it('gives every node the field position', () => {
    const { sections: [section] } = sectionsOfField({ caption: 'Indstilling', html: '<p>At det godkendes.</p>', position: at })
    expect(section?.position?.start.line).toBe(7)
    expect(section?.children[0]?.position?.start.line).toBe(7)
  })
})

describe('export values', () => {
  it.each([
    ['2022-01-12T16:30:00+01:00', { date: '2022-01-12', start: '16:30' }],
    ['15-05-2013 16:30:00', { date: '2013-05-15', start: '16:30' }],
    ['2013-06-20 10:30', { date: '2013-06-20', start: '10:30' }],
    ['01-01-2010 00:00:00', { date: '2010-01-01', start: null }],
    ['2024-03-04T07:00:00Z', { date: '2024-03-04', start: '08:00' }],
    ['2024-06-30T22:30:00.000Z', { date: '2024-07-01', start: '00:30' }],
    ['snart', { date: null, start: null }]
  ])('%s', (value, expected) => expect(dateTimeOf(value)).toEqual(expected))

  it.each([
    ['Steen  Fris (C)', { name: 'Steen Fris', party: 'C' }],
    ['Hans-Jørgen Kirstein (UP2)', { name: 'Hans-Jørgen Kirstein', party: 'UP2' }],
    ['Udvalget for plan (udvikling og kultur)', { name: 'Udvalget for plan (udvikling og kultur)', party: null }]
  ])('member %s', (raw, expected) => expect(participantOf(raw, 'present')).toMatchObject(expected))

  it('locates JSON values by pointer, with their lines in the text', () => {
    const text = '{\n  "a": [\n    {"b": "x\\"y"},\n    2\n  ],\n  "c/d": null\n}'
    const spans = locateJson(text)
    expect(text.slice(spans.get('/a/0/b')!.start, spans.get('/a/0/b')!.end)).toBe('"x\\"y"')
    expect(text.slice(spans.get('/a/1')!.start, spans.get('/a/1')!.end)).toBe('2')
    expect(text.slice(spans.get('/c~1d')!.start, spans.get('/c~1d')!.end)).toBe('null')
    expect(spans.get('')).toEqual({ start: 0, end: text.length })
  })

  it.each([
    ['<?xml version="1.0"?>\n<!-- x --><Publication>', 'Publication'],
    ['\ufeff<root><table name="agenda">', 'root'],
    ['{"Dagsordenpunkter": []}', undefined]
  ])('root element of %j', (head, name) => expect(xmlRootName(head)).toBe(name))
})

describe('XML as exports write it', () => {
  it('keeps line numbers through CR-only line ends and forbidden character references', () => {
    const document = parseXml(cleanXml('<a>\r<b>x&#xC;y &#12; z</b>\r\n<c><![CDATA[&nbsp;]]>&nbsp;</c></a>'))
    const [b, c] = document.children[0]!.children
    expect([b?.line, b?.text]).toEqual([2, 'x y   z'])
    expect([c?.line, c?.text]).toEqual([3, '&nbsp;&nbsp;'])
  })

  it('honours a windows-1252 declaration and reads UTF-8 otherwise', () => {
    // Ø as one byte, then "–" and "€" as Windows-1252 writes them (0x96, 0x80).
    const latin = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a>Økonomi ', 'latin1'), Buffer.from([0x96, 0x20, 0x80]), Buffer.from('</a>')])
    expect(xmlTextOf(latin)).toMatchObject({ text: expect.stringContaining('Økonomi – €'), encoding: 'windows-1252' })
    expect(xmlTextOf(Buffer.from('<?xml version="1.0" encoding="utf-8"?><a>Økonomi</a>')).text).toContain('Økonomi')
  })
})
