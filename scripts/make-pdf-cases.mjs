#!/usr/bin/env node
// Typesets the PDF cases whose shape is in the typography or the engine, not the text:
// fixtures/cases/pdf-bold-titles.pdf, minutes whose item titles are only bold lines
// (no numbers), each followed by body text and a bold "Beslutning" line (a larger
// title, one indented line and a "Side N af M" footer give every line feature a case);
// fixtures/cases/pdf-engine-pitfalls.pdf, what PDF engines get wrong (see typesetPitfalls).
// Run once by hand (`node scripts/make-pdf-cases.mjs`) and commit the PDF; tests read
// the committed file and never run this.
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'

const CASES = join(import.meta.dirname, '..', 'fixtures', 'cases')
const MARGIN = 56
const LEADING = 14
const PAGE_HEIGHT = 841.89

/** One printed line: its text and how it is set. `gap` opens a blank line above it. */
const line = (text, { bold = false, size = 10, indent = 0, gap = false } = {}) => ({ text, bold, size, indent, gap })
const title = (text) => line(text, { bold: true, gap: true })
const body = (text, options) => line(text, options)
const decision = (text) => [line('Beslutning', { bold: true, gap: true }), body(text)]

export const BOLD_TITLES = [
  [
    line('Referat', { bold: true, size: 16 }),
    line('Bestyrelsen for Andelsboligforeningen Lindely', { gap: true }),
    body('Dato: 12. marts 2025, kl. 19.00'),
    body('Sted: Fælleshuset, Lindevej 4'),
    title('Godkendelse af dagsorden'),
    body('Formanden bød velkommen og gennemgik dagsordenen.'),
    ...decision('Dagsordenen blev godkendt uden bemærkninger.'),
    title('Regnskab for 2024'),
    body('Kassereren fremlagde regnskabet, som viser et overskud på 42.000 kr.'),
    body('Overskuddet foreslås overført til vedligeholdelseskontoen.', { indent: 24 }),
    ...decision('Regnskabet blev godkendt og sendes til generalforsamlingen.'),
    title('Vedligeholdelse af legepladsen'),
    body('Gyngestativet er slidt og skal udskiftes inden sommeren.'),
    body('Der er indhentet to tilbud fra lokale firmaer.'),
    ...decision('Bestyrelsen valgte det billigste tilbud.')
  ],
  [
    title('Fælles arbejdsdag i maj'),
    body('Arbejdsdagen holdes lørdag den 10. maj med fælles frokost.'),
    ...decision('Sekretæren sender indkaldelse ud senest 1. april.'),
    title('Eventuelt'),
    body('Intet at bemærke.'),
    ...decision('Ingen.')
  ]
]

/**
 * What an engine can get wrong, on one page: a stamp set vertically in the margin (an
 * e-signature service's), a letter-spaced title, a justified line with wide word gaps.
 */
export function typesetPitfalls(outPath) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: new Date(0), ModDate: new Date(0) } })
  const stream = createWriteStream(outPath)
  doc.pipe(stream)
  doc.font('Helvetica-Bold').fontSize(14).text('Referat', MARGIN, MARGIN + 24, { lineBreak: false, characterSpacing: 1 })
  doc.font('Helvetica').fontSize(10)
  const body = [
    'Mødet blev holdt i foreningens lokaler.',
    'Alle punkter blev behandlet, og referatet blev godkendt.',
    'Næste møde holdes efter sommerferien.'
  ]
  body.forEach((text, k) => doc.text(text, MARGIN, MARGIN + 64 + k * LEADING, { lineBreak: false }))
  doc.text('Kassereren fremlagde regnskabet', MARGIN, MARGIN + 64 + 3 * LEADING, { lineBreak: false, wordSpacing: 6 })
  doc.save().rotate(-90, { origin: [24, 600] }).fontSize(7).text('Dokumentnøgle: 7Q2LK-Z4M9P-XW81F', 24, 600, { lineBreak: false }).restore()
  doc.end()
  return new Promise((resolve) => stream.on('finish', () => resolve(1)))
}

/** Sets `pages` of lines at `outPath`, a footer "Side N af M" on each; resolves when written. */
export function typesetLines(pages, outPath) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } })
  const stream = createWriteStream(outPath)
  doc.pipe(stream)
  pages.forEach((lines, p) => {
    doc.addPage({ size: 'A4', margin: 0 })
    let y = MARGIN + 24
    for (const entry of lines) {
      if (entry.gap) y += LEADING
      doc.font(entry.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(entry.size)
      doc.text(entry.text, MARGIN + entry.indent, y, { lineBreak: false })
      y += Math.max(LEADING, entry.size * 1.4)
    }
    doc.font('Helvetica').fontSize(8).text(`Side ${p + 1} af ${pages.length}`, MARGIN, PAGE_HEIGHT - MARGIN, { lineBreak: false })
  })
  doc.end()
  return new Promise((resolve) => stream.on('finish', () => resolve(pages.length)))
}

const main = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (main) {
  console.log(`pdf-bold-titles.pdf: ${await typesetLines(BOLD_TITLES, join(CASES, 'pdf-bold-titles.pdf'))} pages`)
  console.log(`pdf-engine-pitfalls.pdf: ${await typesetPitfalls(join(CASES, 'pdf-engine-pitfalls.pdf'))} page`)
}
