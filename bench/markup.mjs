// Row 7 of the issue's table: Markdown, Word and HTML per MB against text per MB, on
// the same minutes in each format (bench/markup-docs.mjs), hundreds of KB so reader
// start-up does not dominate, timed with parseFile warm in this process, the formats
// interleaved run by run (medians). Per MB means per MB of the minutes' text, the same
// for every format, so the ratio is the time against text's for the same content.
// Beside it, each format's linearity: a flat list of n lines against one of 3n.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFile } from '../dist/index.js'
import { seedTexts } from './corpus.mjs'
import { median } from './measure.mjs'
import { asDocx, asHtml, asMarkdown, asText, blocksOf, flatList } from './markup-docs.mjs'
import { row, times } from './table.mjs'

/** @typedef {import('./markup-docs.mjs').Block} Block */

const FORMATS = /** @type {const} */ ([['text', 'txt'], ['Markdown', 'md'], ['Word', 'docx'], ['HTML', 'html']])

/** Writes the blocks in every format into `dir` as `<name>.<ext>`; the paths by format. */
async function writeAll(/** @type {string} */ dir, /** @type {string} */ name, /** @type {Block[]} */ blocks) {
  const bytes = { txt: asText(blocks), md: asMarkdown(blocks), html: asHtml(blocks), docx: await asDocx(blocks) }
  /** @type {Record<string, string>} */
  const paths = {}
  for (const [, ext] of FORMATS) {
    paths[ext] = join(dir, `${name}.${ext}`)
    writeFileSync(paths[ext], bytes[ext])
  }
  return paths
}

/** Milliseconds of one parseFile, and the document's item count. */
async function timeFile(/** @type {string} */ path) {
  const t = performance.now()
  const doc = await parseFile(path)
  return { ms: performance.now() - t, items: doc.items.length }
}

/** One meeting of about `kb` KB: the first seed's, its items running on with the other seeds' (past their headers). */
function minutesOf(/** @type {string} */ root, /** @type {number} */ kb) {
  const seeds = seedTexts(root)
  const more = seeds.slice(1).flatMap((seed) => seed.split('\n').slice(12))
  let text = seeds[0]
  for (let at = 0; Buffer.byteLength(text) < kb * 1000; at = (at + 150) % more.length) text += `\n${more.slice(at, at + 150).join('\n')}`
  return text
}

/**
 * The markup rows.
 * @param {{ root: string, kb: number, runs: number, list: number }} options
 */
export async function markupRows({ root, kb, runs, list }) {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'))
  try {
    const blocks = blocksOf(minutesOf(root, kb))
    const mb = Buffer.byteLength(asText(blocks)) / 1e6
    const paths = await writeAll(dir, 'minutes', blocks)
    /** @type {Record<string, number[]>} */
    const ms = {}
    /** @type {Record<string, number>} */
    const items = {}
    // Warm: each reader loaded and its code run once before anything is timed.
    for (const [, ext] of FORMATS) { items[ext] = (await timeFile(paths[ext])).items; ms[ext] = [] }
    for (let i = 0; i < (runs | 1); i++) for (const [, ext] of FORMATS) ms[ext].push((await timeFile(paths[ext])).ms)
    const perMb = (/** @type {string} */ ext) => median(ms[ext]) / mb
    row({ figure: `text, ${(mb * 1000).toFixed(0)} KB of minutes, in process`, measured: `${perMb('txt').toFixed(0)} ms/MB (${items.txt} items)`, ratio: '' })
    for (const [name, ext] of FORMATS.slice(1)) {
      row({
        issue: '7',
        figure: `${name}, the same minutes, in process`,
        measured: `${perMb(ext).toFixed(0)} ms/MB (${items[ext]} items); text ${perMb('txt').toFixed(0)}`,
        target: '<= 2x text per MB',
        ratio: `${times(perMb(ext), perMb('txt'))} text`,
        met: perMb(ext) / perMb('txt') <= 2
      })
    }
    if (!list) return
    const small = await writeAll(dir, 'list-n', flatList(list))
    const large = await writeAll(dir, 'list-3n', flatList(3 * list))
    const warm = await writeAll(dir, 'list-warm', flatList(Math.max(10, list / 10)))
    for (const [, ext] of FORMATS) await timeFile(warm[ext])
    for (const [name, ext] of FORMATS) {
      const n = (await timeFile(small[ext])).ms
      const n3 = (await timeFile(large[ext])).ms
      const ratio = n3 / n
      row({
        issue: ext === 'txt' ? undefined : '7',
        figure: `${name}: flat list of ${list} vs ${3 * list} lines`,
        measured: `${(n / 1000).toFixed(2)} s vs ${(n3 / 1000).toFixed(2)} s`,
        target: ext === 'txt' ? '-' : 'linear: <= 3.5x',
        ratio: `${times(n3, n)} the ${list}`,
        met: ext === 'txt' ? undefined : ratio <= 3.5
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
