#!/usr/bin/env node
// Writes fixtures/readers/word-numbered.docx: minutes whose agenda items are Word's
// automatic numbering (no digits in the text), running on across the body paragraphs
// between them; a restarted list of the same definition and a lettered list inside an
// item; a footer and a page-number field that must stay out of the output.
// Run once by hand (`node scripts/make-docx-fixture.mjs`) and commit the .docx; tests
// read the committed file and never run this.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const run = (text, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
const para = (text, { bold = false, numId = null, level = 0 } = {}) =>
  `<w:p>${numId === null ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}${run(text, bold)}</w:p>`
const item = (title) => para(title, { bold: true, numId: 1 })
const bullet = (text) => para(text, { numId: 2 })
const restarted = (text) => para(text, { numId: 3 })
const lettered = (text) => para(text, { numId: 4 })

const body = [
  para('Referat af bestyrelsesmøde 14. februar 2024', { bold: true }),
  para('Til stede: Anne Holm, Peter Lund og Sofie Krag'),
  para('Afbud: Jens Vang'),
  item('Godkendelse af dagsorden'),
  para('Dagsordenen blev godkendt.'),
  item('Økonomi og budget 2024'),
  para('Kassereren gennemgik budgettet:'),
  bullet('Vedligeholdelse af tag & facade'),
  bullet('Forsikringer'),
  para('Bestyrelsen indstiller, at'),
  restarted('regnskabet godkendes'),
  restarted('budgettet vedtages'),
  para('Budgettet blev godkendt med disse bemærkninger:'),
  lettered('taget skal efterses'),
  lettered('facaden males i 2025'),
  item('Eventuelt'),
  para('Intet.'),
  // A page-number field in the body: its code must not reach the text.
  `<w:p><w:r><w:t xml:space="preserve">Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
].join('')

const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr></w:body></w:document>`

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:r><w:t>Grundejerforeningen Skovbrynet · Fortroligt udkast</w:t></w:r></w:p></w:ftr>`

const zip = new JSZip()
// Fixed entry dates, so the fixture's bytes do not change with the day it is made.
const fixed = { date: new Date('2024-02-14T00:00:00Z') }
const add = (name, text) => zip.file(name, text, fixed)
add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>`)
add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`)
add('word/document.xml', document)
add('word/numbering.xml', numbering)
add('word/footer1.xml', footer)
add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>`)

const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
writeFileSync(join(import.meta.dirname, '..', 'fixtures', 'readers', 'word-numbered.docx'), bytes)
