import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { toJson } from '../src/emit/json.js'
import { readInput } from '../src/input/read.js'
import { parse, parseLines, processInput } from '../src/parse.js'
import { parseFile } from '../src/parse-file.js'
import type { Referat } from '../src/schema/document.js'
import type { FeaturedLine, LineFeatures } from '../src/tree/line-features.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

// Structure from layout (issue 21): lines carry what their format shows, and items are
// found from typography where nothing is numbered. One fixture of our own per class.
const CASES = join(ROOT, 'fixtures', 'cases')
const markupCases = readdirSync(CASES).filter((name) => /\.(html|md|docx)$/u.test(name)).sort()
const update = process.env.UPDATE === '1'

const read = async (name: string) => readInput(name, readFileSync(join(CASES, name)))
const featuresOf = async (name: string): Promise<Array<[string, LineFeatures]>> => {
  const input = await read(name)
  if (input.kind !== 'text') throw new Error(`${name} did not give text`)
  return input.text.split('\n').map((line, i) => [line, input.features?.[i] ?? {}])
}
const items = (doc: Referat) => doc.items.map((item) => [item.number, item.title])

describe('golden markup cases', () => {
  it.each(markupCases)('%s matches its reviewed JSON', async (name) => {
    const expectedPath = join(CASES, name.replace(/\.[^.]+$/u, '.json'))
    const actual = toJson(await parseFile(`fixtures/cases/${name}`))
    if (update) writeFileSync(expectedPath, actual)
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 and review it`).toBe(true)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })
})

describe('items by typography, one class per fixture', () => {
  it.each([
    ['bold-only titles in HTML, a stray "1. Suppleant" paragraph and a bold document title over the header', 'html-bold-titles.html',
      [['1', 'Godkendelse af referat'], ['2', 'Vejbelysning på Egevej'], ['3', 'Generalforsamling 2024'], ['4', 'Eventuelt']]],
    ['bold-only titles in Word, a Word-numbered list inside one item, a title split over runs', 'word-bold-titles.docx',
      [['1', 'Godkendelse af dagsorden'], ['2', 'Vedligehold og regnskab'], ['3', 'Haven'], ['4', 'Eventuelt']]],
    ['<h2>-only titles under an <h1>, a stray "2. Budgettet …" paragraph', 'html-h2-titles.html',
      [['1', 'Valg af formand'], ['2', 'Kantinen'], ['3', 'Skolefest'], ['4', 'Eventuelt']]],
    ['minutes laid out as a table: number cell, bold title and its text in the next', 'html-table-minutes.html',
      [['1', 'Godkendelse af dagsorden'], ['2', 'Økonomi'], ['3', 'Nye baner'], ['4', 'Eventuelt']]],
    ['paragraphs marked as headings by class ("agenda-heading") and by inline font-weight', 'html-class-headings.html',
      [['1', 'Meddelelser'], ['2', 'Tilskud til bibliotekets læseklub'], ['3', 'Lokaler til foreningerne'], ['4', 'Eventuelt']]]
  ])('%s', async (_, name, expected) => {
    expect(items(await parseFile(join(CASES, name)))).toEqual(expected)
  })

  it('a Word-numbered list under a bold title stays the text of that item', async () => {
    const doc = await parseFile(join(CASES, 'word-bold-titles.docx'))
    expect(doc.items[1]!.text).toContain('1. Regnskabet tages til efterretning\n\n2. Vinduerne i opgang B udskiftes i oktober')
  })

  it('a table row gives its title and its text to one item, the run-in title without its stop', async () => {
    const doc = await parseFile(join(CASES, 'html-table-minutes.html'))
    expect(doc.items[1]!.text).toBe('Kassereren gennemgik regnskabet for 2024, der viser et overskud på 12.400 kr.\n\nRegnskabet blev godkendt.')
    expect(doc.items[1]!.decision?.outcome).toBe('approved')
  })
})

describe('readers fill the line model', () => {
  it('HTML: heading rank, whole-line bold (tag, class, style), list depth and label, table cell', async () => {
    const html = '<h1>Referat</h1><p><b>Valg</b></p><p class="x-heading">Budget</p><p style="font-weight:bold">Kasse</p>'
      + '<p>Tekst <b>fed</b></p><ol><li>Et<ol><li>Under</li></ol></li></ol><ul><li>Punkt</li></ul><table><tr><td>a</td><td>b</td></tr></table>'
    const input = await readInput('x.html', new TextEncoder().encode(html))
    if (input.kind !== 'text') throw new Error('text expected')
    const by = (text: string): LineFeatures => input.features![input.text.split('\n').findIndex((line) => line.trim() === text)]!
    expect(by('Referat')).toEqual({ headingRank: 1 })
    expect(by('Valg')).toEqual({ bold: true })
    expect(by('Budget')).toEqual({ bold: true })
    expect(by('Kasse')).toEqual({ bold: true })
    expect(by('Tekst fed')).toEqual({})
    expect(by('1. Et')).toEqual({ list: { depth: 0, label: '1.' } })
    expect(by('1. Under')).toEqual({ list: { depth: 1, label: '1.' } })
    expect(by('- Punkt')).toEqual({ list: { depth: 0, label: null } })
    expect(by('a\tb')).toEqual({ cell: { row: 0, column: 0 } })
  })

  it('Markdown: # gives the heading rank', async () => {
    const input = await readInput('x.md', new TextEncoder().encode('# Referat\n\n## Valg\n\nTekst.\n'))
    if (input.kind !== 'text') throw new Error('text expected')
    expect(input.features!.slice(0, 5)).toEqual([{ headingRank: 1 }, {}, { headingRank: 2 }, {}, {}])
  })

  it('Word: bold paragraphs are bold lines', async () => {
    const lines = await featuresOf('word-bold-titles.docx')
    expect(lines.filter(([, f]) => f.bold).map(([text]) => text)).toEqual([
      'Referat af bestyrelsesmøde i Andelsboligforeningen Lindehaven', 'Godkendelse af dagsorden', 'Vedligehold og regnskab', 'Haven', 'Eventuelt'
    ])
  })

  it('Word: numbered paragraphs carry the label Word prints and their level; bullets have no label', async () => {
    const input = await readInput('x.docx', readFileSync(join(ROOT, 'fixtures', 'readers', 'word-numbered.docx')))
    if (input.kind !== 'text') throw new Error('text expected')
    const lists = input.text.split('\n').flatMap((text, i) => (input.features?.[i]?.list ? [[text, input.features[i]!.list!.label]] : []))
    expect(lists).toEqual([
      ['1. Godkendelse af dagsorden', '1.'], ['2. Økonomi og budget 2024', '2.'], ['- Vedligeholdelse af tag & facade', null], ['- Forsikringer', null],
      ['1. regnskabet godkendes', '1.'], ['2. budgettet vedtages', '2.'], ['a) taget skal efterses', 'a)'], ['b) facaden males i 2025', 'b)'], ['3. Eventuelt', '3.']
    ])
  })

  it('Word: heading styles give the heading rank, by their English or Danish names', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    const styled = (style: string, text: string): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
    const style = (id: string, name: string): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
    zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${style('Titel', 'Titel')}${style('Overskrift2', 'Overskrift 2')}${style('Heading3', 'heading 3')}</w:styles>`)
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${styled('Titel', 'Referat')}${styled('Overskrift2', 'Valg')}${styled('Heading3', 'Noter')}<w:p><w:r><w:t>Tekst</w:t></w:r></w:p></w:body></w:document>`)
    const input = await readInput('x.docx', await zip.generateAsync({ type: 'uint8array' }))
    if (input.kind !== 'text') throw new Error('text expected')
    expect(input.text.split('\n').map((text, i) => [text, input.features?.[i]?.headingRank])).toEqual([
      ['Referat', 1], ['', undefined], ['Valg', 2], ['', undefined], ['Noter', 3], ['', undefined], ['Tekst', undefined], ['', undefined]
    ])
  })

  it('text: indentation, and pages where the text has form feeds', async () => {
    const input = await readInput('x.txt', new TextEncoder().encode('Referat\n  1. Valg\n\fSide to\n\tTekst\n'))
    if (input.kind !== 'text') throw new Error('text expected')
    expect(input.features).toEqual([{ page: 1 }, { page: 1, indent: 2 }, { page: 2 }, { page: 2, indent: 4 }, { page: 2 }])
  })

  it('the features reach the splitter aligned with the lines: `debug lines` shows them beside the class', async () => {
    const io = fakeIo({ cwd: ROOT })
    // (The table-laid-out page is read as a portal page by its repeated rows: a tree, no lines.)
    await main(['debug', 'lines', 'fixtures/cases/html-bold-titles.html'], io)
    const line = io.out().split('\n').find((l) => l.endsWith('Vejbelysning på Egevej'))
    expect(line).toMatch(/^\s+14\s+text\s+\[bold\] Vejbelysning på Egevej$/u)
  })
})

describe('typography in the splitter, whatever the reader', () => {
  // What a PDF reader hands over: bold lines of body size, a larger title, no numbers.
  const pdfLike: FeaturedLine[] = [
    { text: 'Referat af møde i Vejlauget', features: { bold: true, size: 1.5, page: 1 } },
    { text: 'Dato: 5. juni 2024', features: { page: 1 } },
    { text: '', features: {} },
    { text: 'Vedligehold af stierne', features: { bold: true, size: 1, page: 1 } },
    { text: 'Stierne ryddes i juli.', features: { size: 1, page: 1 } },
    { text: 'Ny bænk ved søen, betalt af lauget og', features: { bold: true, page: 1 } },
    { text: 'kommunen i fællesskab', features: { bold: true, page: 2 } },
    { text: 'Bænken sættes op i august.', features: { page: 2 } },
    { text: 'Eventuelt', features: { bold: true, page: 2 } },
    { text: 'Intet.', features: { page: 2 } }
  ]

  it('bold lines followed by body text are the items, numbered by position; a wrapped title stays one', () => {
    expect(items(parseLines(pdfLike))).toEqual([['1', 'Vedligehold af stierne'], ['2', 'Ny bænk ved søen, betalt af lauget og kommunen i fællesskab'], ['3', 'Eventuelt']])
  })

  it('the same lines without features give what the text alone shows', () => {
    const text = pdfLike.map((line) => line.text).join('\n')
    // Without features nothing marks a title: not minutes, for parseLines as for parse.
    expect(() => parseLines(pdfLike.map((line) => ({ text: line.text, features: {} })))).toThrow(expect.objectContaining({ code: 'not-minutes' }))
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'not-minutes' }))
  })

  it('under a numbered agenda, bold titles that match its entries are the items, with the agenda\'s numbers', () => {
    const plain = (text: string): FeaturedLine => ({ text, features: {} })
    const bold = (text: string): FeaturedLine => ({ text, features: { bold: true } })
    const lines = [
      plain('Indkaldelse til bestyrelsesmøde'), plain(''), plain('Dagsorden:'), plain('1. Valg af dirigent'), plain('2. Nyt tag på garagerne'),
      plain('3. Eventuelt'), plain(''), bold('Valg af dirigent'), plain('Jens blev valgt.'), plain(''), bold('Nyt tag på garagerne'),
      plain('Tilbuddet blev godkendt.'), plain(''), bold('Eventuelt'), plain('Intet.')
    ]
    const doc = parseLines(lines)
    expect(items(doc)).toEqual([['1', 'Valg af dirigent'], ['2', 'Nyt tag på garagerne'], ['3', 'Eventuelt']])
    expect(doc.items.map((item) => item.line)).toEqual([8, 11, 14])
    expect(doc.diagnostics.filter((d) => d.rule.startsWith('toc'))).toEqual([])
    // The text alone shows only the agenda.
    expect(parse(lines.map((line) => line.text).join('\n')).items.map((item) => item.line)).toEqual([4, 5, 6])
  })

  it('numbered items with their text are never taken for an agenda, though bold lines repeat their titles', () => {
    const plain = (text: string): FeaturedLine => ({ text, features: {} })
    const bold = (text: string): FeaturedLine => ({ text, features: { bold: true } })
    const lines = [
      plain('Referat'), plain(''), plain('1. Valg af dirigent'), plain('Jens blev valgt.'), plain(''), plain('2. Nyt tag'),
      plain('Tilbuddet blev godkendt.'), plain(''), plain('3. Eventuelt'), plain('Intet.'), plain(''),
      bold('Valg af dirigent'), plain('Se punkt 1.'), plain(''), bold('Nyt tag'), plain('Se punkt 2.')
    ]
    expect(parseLines(lines).items.map((item) => item.line)).toEqual([3, 6, 9])
  })

  it('a tight numbered list in the last of the <h2> items stays its text', async () => {
    const html = '<h2>Valg</h2><p>Anne blev valgt.</p><h2>Budget</h2><p>Bestyrelsen besluttede:</p><ol><li>Regnskabet godkendes</li><li>Kontingentet hæves</li></ol>'
    const doc = processInput(await readInput('x.html', new TextEncoder().encode(html))).result
    expect(items(doc)).toEqual([['1', 'Valg'], ['2', 'Budget']])
    expect(doc.items[1]!.text).toContain('1. Regnskabet godkendes\n2. Kontingentet hæves')
  })

  it('never overrides a numbered chain of headings', () => {
    const lines: FeaturedLine[] = [
      { text: 'Referat', features: { bold: true } },
      { text: '', features: {} },
      { text: '1. Valg', features: {} }, { text: 'Tekst.', features: {} }, { text: '', features: {} },
      { text: 'Bemærkning', features: { bold: true } }, { text: 'Tekst.', features: {} }, { text: '', features: {} },
      { text: 'Note', features: { bold: true } }, { text: 'Tekst.', features: {} }, { text: '', features: {} },
      { text: '2. Budget', features: {} }, { text: 'Tekst.', features: {} }, { text: '', features: {} },
      { text: '3. Eventuelt', features: {} }, { text: 'Intet.', features: {} }
    ]
    expect(items(parseLines(lines))).toEqual([['1', 'Valg'], ['2', 'Budget'], ['3', 'Eventuelt']])
  })
})

describe('a PDF whose item titles are bold lines only (PDFium features through the splitter)', () => {
  it('finds the items by typography, numbered by position, with their decisions', async () => {
    const doc = await parseFile(join(CASES, 'pdf-bold-titles.pdf'))
    expect(doc.source.format).toBe('pdf')
    expect(items(doc)).toEqual([
      ['1', 'Godkendelse af dagsorden'], ['2', 'Regnskab for 2024'], ['3', 'Vedligeholdelse af legepladsen'],
      ['4', 'Fælles arbejdsdag i maj'], ['5', 'Eventuelt']
    ])
    expect(doc.items.map((item) => item.decision?.text)).toEqual([
      'Dagsordenen blev godkendt uden bemærkninger.', 'Regnskabet blev godkendt og sendes til generalforsamlingen.',
      'Bestyrelsen valgte det billigste tilbud.', 'Sekretæren sender indkaldelse ud senest 1. april.', 'Ingen.'
    ])
    expect(doc.meeting).toMatchObject({ body: 'Andelsboligforeningen Lindely', date: '2025-03-12', start: '19:00' })
  })
})
