#!/usr/bin/env node
// The PDF engines side by side: PDFium as WebAssembly (@embedpdf/pdfium, what referat
// reads with) and pdf.js (pdfjs-dist 5.4, what it read with before; a devDependency
// kept for this comparison). Both engines' runs go through referat's own page layout
// (dist/input/pdf/pdf-layout.js), so only the engines differ: the lines are diffed per
// PDF, and each engine is timed per page, cold (first document in the process, engine
// load included) and warm (best of RUNS). Exit 1 when any PDF's lines differ.
//
//   npm run build && node scripts/pdf-engines.mjs [--dump DIR] [files…]
// Default files: every fixture PDF and ../shared/corpus/docs/*.pdf (when present).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const RUNS = Number(process.env.RUNS ?? 5)
const args = process.argv.slice(2)
const dumpAt = args.indexOf('--dump')
const dump = dumpAt >= 0 ? args.splice(dumpAt, 2)[1] : undefined
const pdfsIn = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f)).sort() : [])
const files = args.length > 0 ? args : [...pdfsIn(join(ROOT, 'fixtures')), ...pdfsIn(join(ROOT, '..', 'shared', 'corpus', 'docs'))]

const { layoutPages, joinPages } = await import('../dist/input/pdf/pdf-layout.js')
const { pdfToText } = await import('../dist/input/pdf/pdf-to-text.js')

// pdf.js as referat read with it: text items only, no fonts, eval off, in this thread.
let pdfjs
async function loadPdfjs() {
  if (pdfjs) return pdfjs
  const push = Array.prototype.push
  const [module] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')])
  Array.prototype.push = push
  pdfjs = module
  return module
}

async function readPdfjs(file, bytes) {
  const { getDocument } = await loadPdfjs()
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, disableFontFace: true, useSystemFonts: false })
  try {
    const doc = await task.promise
    const pages = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const { items } = await page.getTextContent()
      pages.push(items.filter((item) => typeof item.str === 'string' && item.transform).map((item) => ({
        str: item.str, x: item.transform[4], y: item.transform[5], width: item.width ?? 0, height: item.height || Math.abs(item.transform[3] ?? 10)
      })))
      page.cleanup()
    }
    const text = joinPages(layoutPages(pages)).text
    if (text.replace(/\f/g, '').trim() === '') throw new Error('has no text layer')
    return { text, pages: pages.length }
  } catch (error) {
    throw new Error(/password/i.test(error.message) ? 'is password-protected' : /no text layer/.test(error.message) ? 'has no text layer' : 'is not a readable PDF')
  } finally {
    await task.destroy()
  }
}

async function readPdfium(file, bytes) {
  try {
    const { text, pageStarts } = await pdfToText(basename(file), bytes)
    return { text, pages: pageStarts.length }
  } catch (error) {
    throw new Error(/password/i.test(error.message) ? 'is password-protected' : /no text layer/.test(error.message) ? 'has no text layer' : 'is not a readable PDF')
  }
}

const attempt = async (read, file, bytes) => { try { return await read(file, bytes) } catch (error) { return { error: error.message } } }

let same = 0
let pagesTotal = 0
const warm = { pdfjs: 0, pdfium: 0 }
const cold = { pdfjs: 0, pdfium: 0 }
for (const [k, file] of files.entries()) {
  const bytes = new Uint8Array(readFileSync(file))
  const time = async (read) => { const t = performance.now(); const out = await attempt(read, file, bytes); return [out, performance.now() - t] }
  // The first file's first read loads each engine: its time is the cold figure.
  const [a, coldA] = await time(readPdfjs)
  const [b, coldB] = await time(readPdfium)
  if (k === 0) Object.assign(cold, { pdfjs: coldA, pdfium: coldB })
  let warmA = Infinity
  let warmB = Infinity
  for (let r = 0; r < RUNS; r++) {
    warmA = Math.min(warmA, (await time(readPdfjs))[1])
    warmB = Math.min(warmB, (await time(readPdfium))[1])
  }
  const pages = a.pages ?? 0
  if (pages > 0 && RUNS > 0) { pagesTotal += pages; warm.pdfjs += warmA; warm.pdfium += warmB }
  const linesA = (a.text ?? `! ${a.error}`).split('\n')
  const linesB = (b.text ?? `! ${b.error}`).split('\n')
  const differing = linesA.flatMap((line, i) => (line === linesB[i] ? [] : [i + 1]))
  if (linesA.length !== linesB.length && differing.length === 0) differing.push(Math.min(linesA.length, linesB.length) + 1)
  if (differing.length === 0) same++
  const perPage = (ms) => (pages > 0 && RUNS > 0 ? `${(ms / pages).toFixed(1)} ms/p` : '-')
  console.log(`${differing.length === 0 ? 'same' : `DIFF ${differing.length} lines`}\t${pages}p\tpdf.js ${perPage(warmA)}\tPDFium ${perPage(warmB)}\t${file.replace(`${ROOT}/`, '')}`)
  for (const line of differing.slice(0, 3)) console.log(`\t${line}: pdf.js ${JSON.stringify(linesA[line - 1])}\n\t${line}: PDFium ${JSON.stringify(linesB[line - 1])}`)
  if (dump) {
    for (const [engine, lines] of [['pdfjs', linesA], ['pdfium', linesB]]) {
      mkdirSync(join(dump, engine), { recursive: true })
      writeFileSync(join(dump, engine, `${basename(file)}.txt`), lines.join('\n'))
    }
  }
}
console.log(`\n${same}/${files.length} PDFs give the same lines with both engines`)
console.log(`cold, first PDF with the engine's load: pdf.js ${cold.pdfjs.toFixed(0)} ms, PDFium ${cold.pdfium.toFixed(0)} ms`)
if (pagesTotal > 0) console.log(`warm, per page over ${pagesTotal} pages: pdf.js ${(warm.pdfjs / pagesTotal).toFixed(2)} ms, PDFium ${(warm.pdfium / pagesTotal).toFixed(2)} ms (${(warm.pdfjs / warm.pdfium).toFixed(2)}x)`)
process.exitCode = same === files.length ? 0 : 1
