// Row 1 of the issue's table: text parse throughput in process, warm, on distinct bench
// corpus documents, interleaved chunk by chunk with the reference single pass over the
// same documents (bench/reference-pass.mjs), so load on a shared machine falls on both
// alike. Reported beside it: a large file against one a fifth of its size (linear time).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '../dist/index.js'
import { seedTexts } from './corpus.mjs'
import { referencePass } from './reference-pass.mjs'
import { row, times } from './table.mjs'

/** Documents per timed chunk: small enough to interleave finely, large enough to time. */
const CHUNK = 8

/**
 * MB/s of `parse` and of the reference pass over the same documents: a warm-up over the
 * first chunks, then chunks of distinct documents, each parsed and then passed once,
 * until the parse has run for `seconds`.
 * @param {string[]} texts
 * @param {number} seconds
 */
export function throughput(texts, seconds) {
  const bytes = texts.map((t) => Buffer.byteLength(t))
  let sink = 0
  for (let i = 0; i < Math.min(3 * CHUNK, texts.length); i++) { parse(texts[i]); sink += referencePass(texts[i]) }
  let parseMs = 0
  let passMs = 0
  let size = 0
  for (let at = 3 * CHUNK; parseMs < seconds * 1000; at += CHUNK) {
    const chunk = Array.from({ length: CHUNK }, (_, k) => (at + k) % texts.length)
    let t = performance.now()
    for (const k of chunk) parse(texts[k])
    parseMs += performance.now() - t
    t = performance.now()
    for (const k of chunk) sink += referencePass(texts[k])
    passMs += performance.now() - t
    for (const k of chunk) size += bytes[k]
  }
  return { parse: size / 1e6 / (parseMs / 1000), pass: size / 1e6 / (passMs / 1000), mb: size / 1e6, sink }
}

/** Parse time (ms) of one text, in process. */
function timeParse(/** @type {string} */ text) {
  const t = performance.now()
  parse(text)
  return performance.now() - t
}

/**
 * The text rows.
 * @param {{ root: string, textDir: string, seconds: number, large: number }} options
 */
export function textRows({ root, textDir, seconds, large }) {
  const texts = readdirSync(textDir).sort().map((f) => readFileSync(join(textDir, f), 'utf8'))
  const r = throughput(texts, seconds)
  row({
    issue: '1',
    figure: `text parse in process, warm (${texts.length} distinct docs)`,
    measured: `${r.parse.toFixed(1)} MB/s; one-pass reference ${r.pass.toFixed(0)} MB/s (${times(r.parse, r.pass)})`,
    target: '>= 30 MB/s',
    ratio: `${times(r.parse, 30)} target`,
    met: r.parse >= 30
  })
  if (!large) return
  const seeds = seedTexts(root)
  const big = (/** @type {number} */ n) => { let s = ''; while (s.length < n) s += `${seeds.join('\n')}\n`; return s }
  const fifth = timeParse(big(large * 2e5))
  const whole = timeParse(big(large * 1e6))
  row({ figure: `${large / 5} MB text file, in process`, measured: `${(fifth / 1000).toFixed(2)} s`, ratio: '' })
  row({ figure: `${large} MB text file, in process`, measured: `${(whole / 1000).toFixed(2)} s`, ratio: `${times(whole, fifth)} the ${large / 5} MB (linear: ~5x)` })
}
