// The same minutes as text, Markdown, HTML and Word, for the per-MB comparison of the
// markup readers with the text reader: the title becomes a heading, numbered lines
// (agenda items) headings (bold paragraphs in Word), every other line a paragraph, and
// a flat list of n lines under one agenda item for the linearity rows.
import JSZip from 'jszip'

const NUMBERED = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S/u
/** A table of contents' line ends in its page number, after a tab, dots or spaces. */
const TOC_LINE = /(?:\t|\.{2,}|\s)\d{1,3}\s*$/u
const isHeading = (/** @type {string} */ line) => NUMBERED.test(line) && !TOC_LINE.test(line) && line.length < 120

/** Lines of a document, blank ones dropped (markup separates paragraphs itself). */
const linesOf = (/** @type {string} */ text) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')

const escapeHtml = (/** @type {string} */ s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
/** Markdown's inline syntax escaped, and line starts that would open a block (list, heading, quote, rule). */
const escapeMarkdown = (/** @type {string} */ s) => s
  .replace(/[\\`*_[\]<>|&]/gu, (c) => `\\${c}`)
  .replace(/^([#+=-])/u, '\\$1')
  .replace(/^(\d+)([.)])/u, '$1\\$2')

/** @typedef {{ kind: 'title' | 'heading' | 'para' | 'item', text: string }} Block */

/** The blocks of a text document: its first line the title, numbered lines headings. */
export function blocksOf(/** @type {string} */ text) {
  return linesOf(text).map((line, i) => /** @type {Block} */ ({ kind: i === 0 ? 'title' : isHeading(line) ? 'heading' : 'para', text: line }))
}

/** A meeting whose agenda item 2 is a flat list of `n` lines. */
export function flatList(/** @type {number} */ n) {
  /** @type {Block[]} */
  const blocks = [
    { kind: 'title', text: 'Referat af bestyrelsesmøde 14. februar 2024' },
    { kind: 'para', text: 'Til stede: Anne Holm, Peter Lund og Sofie Krag' },
    { kind: 'heading', text: '1. Godkendelse af dagsorden' },
    { kind: 'para', text: 'Dagsordenen blev godkendt.' },
    { kind: 'heading', text: '2. Indkomne forslag' },
    { kind: 'para', text: 'Bestyrelsen har modtaget disse forslag:' }
  ]
  for (let k = 1; k <= n; k++) blocks.push({ kind: 'item', text: `Forslag nr. ${k} om vedligeholdelse af fællesarealerne i afdeling ${(k % 40) + 1}` })
  blocks.push({ kind: 'heading', text: '3. Eventuelt' }, { kind: 'para', text: 'Intet.' })
  return blocks
}

/** Text: a blank line between paragraphs (as markup separates them), list lines together. */
export function asText(/** @type {Block[]} */ blocks) {
  return `${blocks.map((b, i) => b.kind === 'item' ? `${blocks[i - 1]?.kind === 'item' ? '' : '\n'}- ${b.text}` : `\n${b.text}`).join('\n').trimStart()}\n`
}

export function asMarkdown(/** @type {Block[]} */ blocks) {
  const out = []
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'item') out.push(`${blocks[i - 1]?.kind === 'item' ? '' : '\n'}- ${escapeMarkdown(b.text)}`)
    else out.push(`\n${b.kind === 'title' ? '# ' : b.kind === 'heading' ? '## ' : ''}${escapeMarkdown(b.text)}`)
  }
  return `${out.join('\n').trimStart()}\n`
}

export function asHtml(/** @type {Block[]} */ blocks) {
  const out = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="utf-8"><title>Referat</title></head><body><main>']
  for (const [i, b] of blocks.entries()) {
    const text = escapeHtml(b.text).replaceAll('\t', ' ')
    if (b.kind === 'item') out.push(`${blocks[i - 1]?.kind === 'item' ? '' : '<ul>'}<li>${text}</li>${blocks[i + 1]?.kind === 'item' ? '' : '</ul>'}`)
    else out.push(b.kind === 'title' ? `<h1>${text}</h1>` : b.kind === 'heading' ? `<h2>${text}</h2>` : `<p>${text}</p>`)
  }
  out.push('</main></body></html>')
  return out.join('\n')
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

/** One Word paragraph: bold for titles and headings, a bullet of Word's numbering for list items, tabs as tabs. */
function paragraph(/** @type {Block} */ b) {
  const bold = b.kind === 'title' || b.kind === 'heading'
  const runs = b.text.split('\t').map((part) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeHtml(part)}</w:t></w:r>`).join('<w:r><w:tab/></w:r>')
  return `<w:p>${b.kind === 'item' ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}${runs}</w:p>`
}

/** A .docx of the blocks (bytes), built as scripts/make-docx-fixture.mjs builds one. */
export async function asDocx(/** @type {Block[]} */ blocks) {
  const zip = new JSZip()
  const fixed = { date: new Date('2024-02-14T00:00:00Z') }
  const add = (/** @type {string} */ name, /** @type {string} */ text) => zip.file(name, text, fixed)
  add('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`)
  add('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
  add('word/document.xml', `${XML}<w:document ${W}><w:body>${blocks.map(paragraph).join('')}<w:sectPr/></w:body></w:document>`)
  add('word/numbering.xml', `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`)
  add('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
