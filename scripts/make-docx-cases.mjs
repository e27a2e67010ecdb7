#!/usr/bin/env node
// Writes fixtures/cases/word-bold-titles.docx: minutes whose agenda items are set apart
// only by bold paragraphs (no numbers, no heading styles), with a Word-numbered list
// ("1." "2.") inside one item that must stay its text, and a bold title split over runs.
// Run once by hand (`node scripts/make-docx-cases.mjs`) and commit the .docx; tests read
// the committed file and never run this.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const run = (text, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
const para = (runs, numId = null) =>
  `<w:p>${numId === null ? '' : `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}${runs}</w:p>`
const bold = (text) => para(run(text, true))
const plain = (text) => para(run(text))
const numbered = (text) => para(run(text), 1)

const body = [
  bold('Referat af bestyrelsesmøde i Andelsboligforeningen Lindehaven'),
  plain('Dato: 20. august 2024 kl. 18.30'),
  plain('Til stede: Birgit Lund, Carsten Ibsen og Dorte Holm'),
  bold('Godkendelse af dagsorden'),
  plain('Dagsordenen blev godkendt.'),
  para(run('Vedligehold ', true) + run('og regnskab', true)),
  plain('Administrator har sendt halvårsregnskabet. Bestyrelsen besluttede:'),
  numbered('Regnskabet tages til efterretning'),
  numbered('Vinduerne i opgang B udskiftes i oktober'),
  plain('Dorte indhenter tilbud på maling af trappeopgange.'),
  bold('Haven'),
  plain('Havedagen holdes den 14. september. Der købes nye bænke.'),
  bold('Eventuelt'),
  plain('Intet.')
].join('')

const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`

const zip = new JSZip()
// Fixed entry dates, so the fixture's bytes do not change with the day it is made.
const fixed = { date: new Date('2024-08-20T00:00:00Z'), createFolders: false }
const add = (name, text) => zip.file(name, text, fixed)
add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`)
add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`)
add('word/document.xml', document)
add('word/numbering.xml', numbering)
add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`)

const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
writeFileSync(join(import.meta.dirname, '..', 'fixtures', 'cases', 'word-bold-titles.docx'), bytes)
