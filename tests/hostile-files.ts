/**
 * Hostile inputs of every reader, generated (nothing this large is committed): each
 * one crashed, hung or ate memory before the input budget (src/input/budget.ts).
 * `heavy` ones take seconds to refuse or read and run under REFERAT_HEAVY_TESTS=1;
 * every class has a light one in the default run.
 */
import { crc32, deflateRawSync } from 'node:zlib'

export interface HostileFile {
  readonly name: string
  readonly bytes: () => Buffer
  /** What stderr must say (after `referat: NAME: `); null: the file is read (exit 0). */
  readonly expect: RegExp | null
  readonly heavy?: boolean
}

interface ZipEntry {
  readonly name: string
  readonly data: Buffer
  /** A size to declare instead of the real one (a lying directory). */
  readonly declared?: number
}

/** A ZIP of deflated entries, written by hand so tests can make sizes lie. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const data = deflateRawSync(entry.data, { level: 9 })
    const size = entry.declared ?? entry.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(entry.data), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(entry.data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    directory.push(central, name)
    offset += local.length + name.length + data.length
  }
  const dir = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
const DOC_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'

export const paragraph = (text: string, numbered?: { ilvl: string; numId: string }): string =>
  `<w:p>${numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${numbered.ilvl}"/><w:numId w:val="${numbered.numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`

/** A Word file of some body XML, with a numbering part when given. */
export function docx(body: string | Buffer, numbering?: string, declared?: number): Buffer {
  const document = Buffer.isBuffer(body) ? body : Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(DOC_RELS) },
    { name: 'word/document.xml', data: document, declared },
    ...(numbering ? [{ name: 'word/numbering.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`) }] : [])
  ])
}

/** Minutes with two numbered items, in Word's automatic numbering of one level. */
export function numberedDocx(level: { ilvl?: string; start?: string; format?: string }): Buffer {
  const ilvl = level.ilvl ?? '0'
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start ?? '1'}"/><w:numFmt w:val="${level.format ?? 'decimal'}"/><w:lvlText w:val="%${Math.min(9, Number(ilvl) + 1) || 1}."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
  const body = [
    paragraph('Referat af bestyrelsesmøde 14. februar 2024'),
    paragraph('1. Godkendelse af dagsorden'), paragraph('Godkendt.'),
    paragraph('Budget', { ilvl, numId: '1' }), paragraph('Vedtaget.'),
    paragraph('Eventuelt', { ilvl, numId: '1' }), paragraph('Intet.')
  ].join('')
  return docx(body, numbering)
}

const lines = (n: number, line: string): string => line.repeat(n)
/** A numbering part, so that the list labels read document.xml (they skip a file without one). */
const ONE_LIST = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'

export const HOSTILE: readonly HostileFile[] = [
  // Text
  { name: 'long-item.txt', bytes: () => Buffer.from(`Referat\n\n1. Godkendelse af dagsorden\n\n${lines(130_000, 'Tekst i punktet.\n')}\n2. Eventuelt\n\nIntet.\n`), expect: null, heavy: true },
  { name: 'long-item-light.txt', bytes: () => Buffer.from(`Referat\n\n1. Godkendelse af dagsorden\n\n${lines(20_000, 'Tekst i punktet.\n')}\n2. Eventuelt\n\nIntet.\n`), expect: null },
  { name: 'huge-text.txt', bytes: () => Buffer.from(`Referat\n\n1. Punkt\n\n${lines(3_600_000, 'Tekst om et punkt. ')}\n`), expect: /^has more than 64 MB of text/, heavy: true },
  { name: 'many-lines.txt', bytes: () => Buffer.from('x\n'.repeat(600_000)), expect: /^has more than 500,000 lines of text/ },
  // FirstAgenda JSON
  { name: 'deep.json', bytes: () => Buffer.from(`{"Dagsordenpunkter":[{"Navn":"x","Felter":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`), expect: /^is nested more than 512 levels deep/ },
  // HTML
  { name: 'p300k.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1>${'<p>x'.repeat(300_000)}</body></html>`), expect: /^has more than 100,000 elements/ },
  { name: 'ol1m.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1><ol>${'<li>x'.repeat(1_000_000)}</ol></body></html>`), expect: /^has more than 100,000 elements/ },
  { name: 'divs.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`), expect: /^has more than 100,000 elements/ },
  { name: 'deep-divs.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`), expect: /^is nested more than 512 levels deep/ },
  { name: 'text-page.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1><p>${lines(1_000_000, 'Tekst om et punkt. ')}</p></body></html>`), expect: /^is more than 16 MB of markup/ },
  { name: 'big-page.html', bytes: () => Buffer.from(`<!doctype html><html><body><h1>Referat</h1><p>${lines(5_000_000, 'tekst ')}</p>${lines(400_000, '<span>x</span>')}</body></html>`), expect: /^is more than 16 MB of markup/, heavy: true },
  // Markdown
  { name: 'list.md', bytes: () => Buffer.from(`# Referat\n\n${lines(100_000, '- x\n')}`), expect: /^has more than 20,000 lines of Markdown/ },
  { name: 'stars.md', bytes: () => Buffer.from(`# Referat\n\n${'*'.repeat(100_000)}ord${'*'.repeat(100_000)}\n`), expect: /^has a paragraph with more than 2,000 emphasis or link marks/ },
  { name: 'brackets.md', bytes: () => Buffer.from(`# Referat\n\n${'['.repeat(100_000)}\n`), expect: /^has a paragraph with more than 2,000 emphasis or link marks/ },
  { name: 'blockquote.md', bytes: () => Buffer.from(`# Referat\n\n${Array.from({ length: 2_000 }, (_, i) => `${'>'.repeat(i + 1)} x\n`).join('')}`), expect: /^is nested more than 512 levels deep|^has more than 100,000 quote and list marks/ },
  // SBSYS: a field of 100,000 nested <div>s
  { name: 'sbsys-divs.xml', bytes: () => Buffer.from(`<?xml version="1.0" encoding="utf-8"?><Publication><Agendas><Agenda><Name>Udvalg</Name><Items><Item><Number>1</Number><Caption>Punkt</Caption><Fields><ItemField><Caption>Beslutning</Caption><Content>${'&lt;div&gt;'.repeat(100_000)}x${'&lt;/div&gt;'.repeat(100_000)}</Content></ItemField></Fields></Item></Items></Agenda></Agendas></Publication>`), expect: /^is nested more than 512 levels deep/ },
  { name: 'sbsys-deep.xml', bytes: () => Buffer.from(`<?xml version="1.0"?><Publication><Agendas><Agenda>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</Agenda></Agendas></Publication>`), expect: /^is nested more than 512 levels deep/ },
  // Word
  { name: 'inflate-bomb.docx', bytes: () => docx(Buffer.from(`<w:document ${W}><w:body>${lines(4_500_000, paragraph('Tekst i et afsnit der gentages.'))}</w:body></w:document>`)), expect: /^inflates to more than 64 MB \(a zip bomb\?\)/, heavy: true },
  { name: 'declared-bomb.docx', bytes: () => docx(paragraph('x'), undefined, 0xffff_ffff), expect: /^inflates to more than 64 MB \(a zip bomb\?\)/ },
  { name: 'lying-bomb.docx', bytes: () => docx(Buffer.alloc(70 * 1024 * 1024, 0x20), undefined, 1000), expect: /^inflates to more than 64 MB \(a zip bomb\?\)/ },
  { name: 'paragraphs.docx', bytes: () => docx(lines(200_000, paragraph('Tekst.'))), expect: /^has more than 30,000 paragraphs/ },
  // Text at every level of a deep nesting: each piece was kept once per open paragraph and open w:t (a 2 KB file crashed V8).
  { name: 'nested-text.docx', bytes: () => docx(`<w:p><w:r>${lines(17_000, '<w:t>x')}${lines(17_000, '</w:t>')}</w:r></w:p>`, ONE_LIST), expect: /^is nested more than 512 levels deep/ },
  { name: 'nested-paragraphs.docx', bytes: () => docx(`${paragraph('Referat')}${lines(29_000, '<w:p><w:r><w:t>Punkt om budget</w:t></w:r>')}${lines(29_000, '</w:p>')}`, ONE_LIST), expect: /^is nested more than 512 levels deep/ },
  { name: 'nested-text-shallow.docx', bytes: () => docx(`${paragraph('Referat')}${lines(400, '<w:p><w:r><w:t>Punkt om budget</w:t></w:r>')}${lines(400, '</w:p>')}`, ONE_LIST), expect: /^no agenda items found/ },
  { name: 'ilvl.docx', bytes: () => numberedDocx({ ilvl: '1000000000' }), expect: null },
  { name: 'start.docx', bytes: () => numberedDocx({ start: '999999999999', format: 'upperRoman' }), expect: null },
  { name: 'roman.docx', bytes: () => numberedDocx({ start: '5000', format: 'lowerRoman' }), expect: null },
  // Found by the fuzzer: mammoth's XML parser is quadratic in the elements a damaged part sets aside.
  { name: 'rels-soup.docx', bytes: () => zip([{ name: '_rels/.rels', data: Buffer.from(`${RELS.slice(0, 110)}${'<w:ilvl w:val="9"/>'.repeat(60_000)}${RELS.slice(110)}`) }, { name: 'word/document.xml', data: Buffer.from(`<w:document ${W}><w:body>${paragraph('1. Punkt')}</w:body></w:document>`) }]), expect: /^is not a readable Word file/ },
  { name: 'malformed.docx', bytes: () => docx(`${paragraph('1. Punkt')}${lines(5_000, '<w:p><w:r><w:t a="1" a="2">x</w:t></w:r></w:p>')}`, '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0" w:ilvl="1">'.repeat(2_000)), expect: /^is not a readable Word file/ }
]
