#!/usr/bin/env node
// Typesets fixtures/<name>.txt as fixtures/<name>.pdf, the way minutes systems print:
// A4, a running header and a "Side N af M" footer on every page, words hyphenated at
// line ends, and the last line of a page hyphenating into the next page, so that the
// PDF reader's furniture removal and cross-page hyphenation are exercised.
// Run once by hand (`node scripts/make-pdf-fixtures.mjs [names…]`) and commit the PDFs;
// tests read the committed files and never run this.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const SIZE = 10
const LEADING = 13
const MARGIN = 56
const PAGE = { width: 595.28, height: 841.89 }
const TOP = MARGIN + 24
const BOTTOM = PAGE.height - MARGIN - 24
const WIDTH = PAGE.width - 2 * MARGIN
const LINES_PER_PAGE = Math.floor((BOTTOM - TOP) / LEADING)

// A fixed date keeps the output byte-identical from run to run.
const doc0 = () => new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } })

/** Splits `word` so its head plus a hyphen fits in `room` points; undefined if it cannot. */
function hyphenate(doc, word, room) {
  if (!/^\p{L}{8,}[.,;:]?$/u.test(word)) return undefined
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const head = `${word.slice(0, cut)}-`
    if (doc.widthOfString(head) <= room) return [head, word.slice(cut)]
  }
  return undefined
}

/** One source line to printed lines: tab rows as cells, prose wrapped and hyphenated. */
function layoutLine(doc, line, lastOnPage) {
  if (line.trim() === '') return [{ blank: true }]
  if (line.includes('\t')) {
    const cells = line.split('\t')
    const fits = cells.every((cell) => doc.widthOfString(cell) < WIDTH / cells.length - 8)
    if (fits || /^\d{1,4}$/.test(cells.at(-1))) return layoutCells(doc, cells)
    line = cells.join('  ')
  }
  const out = []
  let current = ''
  for (const word of line.trim().split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`
    if (doc.widthOfString(candidate) <= WIDTH) {
      current = candidate
      continue
    }
    const split = hyphenate(doc, word, WIDTH - doc.widthOfString(`${current} `))
    if (split && current !== '') {
      out.push({ text: `${current} ${split[0]}` })
      current = split[1]
    } else {
      out.push({ text: current })
      current = word
    }
  }
  out.push({ text: current })
  return out.map((entry) => ({ ...entry, lastOnPage }))
}

/** A TOC row keeps its page number at the right margin; wrapped titles leave it on their last line. */
function layoutCells(doc, cells) {
  const page = /^\d{1,4}$/.test(cells.at(-1)) ? cells.at(-1) : null
  const rest = page ? cells.slice(0, -1) : cells
  if (page) {
    const title = rest.join(' ')
    const lines = layoutLine(doc, title.replace(/\.{2,}$/, ''), false)
    const last = lines.at(-1)
    last.right = page
    if (/\.{2,}$/.test(title)) last.text = `${last.text}.....`
    return lines
  }
  return [{ cells: rest }]
}

function paginate(doc, text) {
  // Each printed line remembers its source line: only a wrapped paragraph may carry a word across pages.
  const printed = text.split(/\r?\n/).flatMap((line, source) => layoutLine(doc, line, false).map((entry) => ({ ...entry, source })))
  const pages = [[]]
  for (const line of printed) {
    if (pages.at(-1).length >= LINES_PER_PAGE) pages.push([])
    pages.at(-1).push(line)
  }
  return pages
}

// What a browser would show of the markup some systems leave in their text exports.
const rendered = (text) => text.replace(/<\/?(i|b|p)>/g, '').replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1').replace(/\\([()])/g, '$1').replace(/<(https?:[^>\s]+)>/g, '$1')

function render(name) {
  return typeset(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), join(FIXTURES, `${name}.pdf`))
}

/** Typesets minutes text as a PDF at `outPath`; resolves to the page count. */
export function typeset(source, outPath) {
  const text = rendered(source)
  const title = text.split('\n').find((line) => line.trim() !== '').trim()
  const doc = doc0()
  doc.font('Helvetica').fontSize(SIZE)
  const pages = paginate(doc, text)
  // Where a paragraph runs on to the next page, its last word on the page is
  // hyphenated and finished on the next page.
  for (let p = 0; p < pages.length - 1; p++) {
    const last = pages[p].at(-1)
    const next = pages[p + 1][0]
    if (!last?.text || !next?.text || last.source !== next.source) continue
    const words = last.text.split(' ')
    const word = words.at(-1)
    const split = words.length > 1 ? hyphenate(doc, word, doc.widthOfString(word)) : undefined
    if (split) {
      last.text = [...words.slice(0, -1), split[0]].join(' ')
      next.text = `${split[1]} ${next.text}`
    }
  }
  const stream = createWriteStream(outPath)
  doc.pipe(stream)
  pages.forEach((lines, p) => {
    doc.addPage({ size: 'A4', margin: 0 })
    doc.fontSize(8).text(title, MARGIN, MARGIN, { lineBreak: false })
    doc.fontSize(SIZE)
    lines.forEach((line, i) => {
      const y = TOP + i * LEADING
      if (line.blank) return
      if (line.cells) {
        line.cells.forEach((cell, k) => doc.text(cell, MARGIN + (k * WIDTH) / line.cells.length, y, { lineBreak: false }))
        return
      }
      doc.text(line.text, MARGIN, y, { lineBreak: false })
      if (line.right) doc.text(line.right, PAGE.width - MARGIN - doc.widthOfString(line.right), y, { lineBreak: false })
    })
    doc.fontSize(8).text(`Side ${p + 1} af ${pages.length}`, MARGIN, PAGE.height - MARGIN, { lineBreak: false })
  })
  doc.end()
  return new Promise((resolve) => stream.on('finish', () => resolve(pages.length)))
}

const main = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
const names = main ? process.argv.slice(2) : ['(imported)']
if (main) {
  const all = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''))
  for (const name of names.length > 0 ? names : all) console.log(`${name}.pdf: ${await render(name)} pages`)
}

// Bad PDFs for the reader's error paths (fixtures/bad/): small, each with one fault.
async function writeDoc(path, options, draw) {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { CreationDate: new Date(0), ModDate: new Date(0) }, ...options })
  const stream = createWriteStream(path)
  doc.pipe(stream)
  draw(doc)
  doc.end()
  await new Promise((resolve) => stream.on('finish', () => resolve(undefined)))
}

if (names.length === 0) {
  const { mkdirSync, writeFileSync } = await import('node:fs')
  const bad = join(FIXTURES, 'bad')
  mkdirSync(bad, { recursive: true })
  writeFileSync(join(bad, 'empty.pdf'), '')
  writeFileSync(join(bad, 'not-a-pdf.pdf'), 'REFERAT\n\nDette er en tekstfil med et forkert navn.\n')
  const whole = readFileSync(join(FIXTURES, 'direktionen-2024-11-18.pdf'))
  writeFileSync(join(bad, 'truncated.pdf'), whole.subarray(0, 1200))
  await writeDoc(join(bad, 'password.pdf'), { userPassword: 'hemmelig', ownerPassword: 'ejer' }, (doc) => doc.text('Punkt 1: Fortroligt'))
  // A scan: only drawn shapes, no text layer.
  await writeDoc(join(bad, 'image-only.pdf'), {}, (doc) => {
    for (let i = 0; i < 20; i++) doc.rect(56 + i * 20, 100 + (i % 5) * 30, 15, 15).fill(i % 2 ? '#333' : '#999')
  })
  console.log('bad/: empty, not-a-pdf, truncated, password, image-only')
}
