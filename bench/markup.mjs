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

/** Why a reader refused a file, in a few words (an input budget, say), or the error's first line. */
function refusal(/** @type {unknown} */ error) {
  const e = /** @type {{ code?: string, reason?: string, limit?: number, message?: string }} */ (error)
  return e.code ? `refused: ${e.code}${e.reason ? ` ${e.reason}` : ''}${e.limit ? ` (limit ${e.limit})` : ''}` : String(e.message ?? error).split('\n')[0]
}

/** Medians (ms) of each path's parseFile over `runs` interleaved rounds, after a warm-up; a refusal ends its path's timing. */
async function timeAll(/** @type {string[]} */ paths, /** @type {number} */ runs) {
  const seen = paths.map(() => /** @type {number[]} */ ([]))
  /** @type {(string | undefined)[]} */
  const refused = paths.map(() => undefined)
  /** @type {number[]} */
  const items = []
  for (let i = -1; i < runs; i++) {
    for (const [k, path] of paths.entries()) {
      if (refused[k]) continue
      try {
        const r = await timeFile(path)
        // Round -1 warms: each reader loaded and its code run once before anything is timed.
        if (i < 0) items[k] = r.items
        else seen[k].push(r.ms)
      } catch (error) {
        refused[k] = refusal(error)
      }
    }
  }
  return paths.map((_, k) => ({ ms: refused[k] ? NaN : median(seen[k]), items: items[k], refused: refused[k] }))
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
    await sameMinutes(dir, root, kb, runs)
    if (list) await flatLists(dir, list, Math.min(3, runs))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Row 7 proper: each markup format's ms per MB of minutes against text's. */
async function sameMinutes(/** @type {string} */ dir, /** @type {string} */ root, /** @type {number} */ kb, /** @type {number} */ runs) {
  const blocks = blocksOf(minutesOf(root, kb))
  const mb = Buffer.byteLength(asText(blocks)) / 1e6
  const paths = await writeAll(dir, 'minutes', blocks)
  const [text, ...markup] = await timeAll(FORMATS.map(([, ext]) => paths[ext]), runs | 1)
  const textPerMb = text.ms / mb
  row({ figure: `text, ${(mb * 1000).toFixed(0)} KB of minutes, in process`, measured: text.refused ?? `${textPerMb.toFixed(0)} ms/MB (${text.items} items)` })
  markup.forEach((r, k) => {
    const perMb = r.ms / mb
    row({
      issue: '7',
      figure: `${FORMATS[k + 1][0]}, the same minutes, in process`,
      measured: r.refused ?? `${perMb.toFixed(0)} ms/MB (${r.items} items); text ${textPerMb.toFixed(0)}`,
      target: '<= 2x text per MB',
      ratio: r.refused ? '' : `${times(perMb, textPerMb)} text`,
      met: !r.refused && perMb / textPerMb <= 2
    })
  })
}

/** Linearity per format: a flat list of n lines against one of 3n, interleaved (medians of up to 3: the 3n Markdown list took 12 s once). */
async function flatLists(/** @type {string} */ dir, /** @type {number} */ list, /** @type {number} */ runs) {
  const small = await writeAll(dir, 'list-n', flatList(list))
  const large = await writeAll(dir, 'list-3n', flatList(3 * list))
  for (const [name, ext] of FORMATS) {
    const [n, n3] = await timeAll([small[ext], large[ext]], runs | 1)
    const markup = ext !== 'txt'
    const refused = n.refused ?? n3.refused
    row({
      issue: markup ? '7' : undefined,
      figure: `${name}: flat list of ${list} vs ${3 * list} lines`,
      measured: refused ?? `${(n.ms / 1000).toFixed(2)} s vs ${(n3.ms / 1000).toFixed(2)} s`,
      target: markup ? 'linear: <= 3.5x' : '-',
      ratio: refused ? '' : `${times(n3.ms, n.ms)} the ${list}`,
      met: markup ? !refused && n3.ms / n.ms <= 3.5 : undefined
    })
  }
}
