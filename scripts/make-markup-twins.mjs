#!/usr/bin/env node
// Writes the same minutes as text, Markdown, HTML and Word into OUTDIR, to time the
// markup readers per MB against the text of the same content (issue 27):
//   seed-x{1,3,10}.{txt,md,html,docx}  a fixture's minutes repeated 1, 3 and 10 times
//   flat-{3000,10000,30000}.{txt,md,html,docx}  a flat list of that many lines (not minutes:
//   parseFile ends in 'not-minutes' after the whole pipeline ran; Markdown past 20,000 lines
//   and Word past 30,000 paragraphs are over budget, so Word's list stops at 29,990)
// Usage: node scripts/make-markup-twins.mjs OUTDIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'

const out = process.argv[2]
if (!out) throw new Error('usage: node scripts/make-markup-twins.mjs OUTDIR')
mkdirSync(out, { recursive: true })
const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lolland-sau-2024-12-03.txt'), 'utf8')
const ITEM = /^Punkt \d+:/u
const esc = (t) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const mdEsc = (t) => t.replace(/^(\s*)([-*+#>]|\d+[.)])(\s)/u, '$1\\$2$3').replace(/([*_`[\]<])/gu, '\\$1')
// Paragraphs (blank-line separated) with lines.
function blocks(text) { return text.split(/\n\s*\n/u).map((b) => b.split('\n').filter((l) => l.trim() !== '')).filter((b) => b.length > 0) }
function md(bs) { return bs.map((b) => b.length === 1 && ITEM.test(b[0]) ? `## ${mdEsc(b[0])}` : b.map(mdEsc).join('\n')).join('\n\n') + '\n' }
function html(bs) { return `<!doctype html>\n<html><head><title>Referat</title></head><body><main>\n` + bs.map((b) => b.length === 1 && ITEM.test(b[0]) ? `<h2>${esc(b[0])}</h2>` : `<p>${b.map(esc).join('<br>\n')}</p>`).join('\n') + '\n</main></body></html>\n' }
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const wrun = (t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`
function wpara(t, style = null, numId = null) { return `<w:p>${style || numId ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr>` : ''}${wrun(t)}</w:p>` }
async function docx(paras) {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
  const zip = new JSZip(); const fixed = { date: new Date('2024-02-14T00:00:00Z'), createFolders: false }
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`, fixed)
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`, fixed)
  zip.file('word/document.xml', document, fixed)
  zip.file('word/styles.xml', styles, fixed)
  zip.file('word/numbering.xml', numbering, fixed)
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, fixed)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
for (const k of [1, 3, 10]) {
  const text = Array(k).fill(seed).join('\n\n')
  const bs = blocks(text)
  writeFileSync(join(out, `seed-x${k}.txt`), text)
  writeFileSync(join(out, `seed-x${k}.md`), md(bs))
  writeFileSync(join(out, `seed-x${k}.html`), html(bs))
  writeFileSync(join(out, `seed-x${k}.docx`), await docx(bs.flatMap((b) => b.length === 1 && ITEM.test(b[0]) ? [wpara(b[0], 'Heading2')] : [wpara(b.join(' '))])))
}
const words = ['budget', 'rammeaftale', 'borgere', 'kommunerne', 'orientering', 'beslutning', 'udvalget', 'godkendt']
const phrase = (i) => `Punkt om ${words[i % 8]} og ${words[(i * 7) % 8]} nr. ${i}`
for (const n of [3000, 10000, 30000]) {
  const lines = Array.from({ length: n }, (_, i) => phrase(i))
  writeFileSync(join(out, `flat-${n}.txt`), 'Referat\n\n' + lines.map((l) => `- ${l}`).join('\n') + '\n')
  writeFileSync(join(out, `flat-${n}.md`), '# Referat\n\n' + lines.map((l) => `- ${l}`).join('\n') + '\n')
  writeFileSync(join(out, `flat-${n}.html`), '<!doctype html>\n<html><body><h1>Referat</h1>\n<ul>\n' + lines.map((l) => `<li>${l}</li>`).join('\n') + '\n</ul></body></html>\n')
  writeFileSync(join(out, `flat-${n}.docx`), await docx([wpara('Referat', 'Heading2'), ...lines.slice(0, 29_990).map((l, i) => wpara(l, null, i % 3 === 0 ? 2 : 1))]))
}
