// Batch rows of `npm run bench`: row 5 of the issue's table (the text batch into a real
// pipe: files/s and peak RSS, and peak RSS when the pipe's reader is slow), row 6 (the
// FirstAgenda JSON batch as referat chooses against in process and the pool, interleaved),
// and, reported, `validate` against `parse` and the other kinds of batch run three ways.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { median, timeBatch, toPipe } from './measure.mjs'
import { row, times } from './table.mjs'

/** Noise allowed on a ratio whose target is 1 (runs on a shared machine vary by ±10–25 %). */
export const NOISE = 0.1

/** A folder of `count` copies of the corpus documents whose names match, cycled (a temporary folder, never the repo). */
export function copies(/** @type {string} */ docs, /** @type {RegExp} */ match, /** @type {number} */ count) {
  const names = existsSync(docs) ? readdirSync(docs).filter((f) => match.test(f)).sort() : []
  if (names.length === 0) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'))
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]
    copyFileSync(join(docs, name), join(dir, `d${String(i).padStart(4, '0')}${extname(name)}`))
  }
  return dir
}

/** Median seconds and peak RSS of the default, in process and pool runs of one batch, interleaved. */
function threeWays(/** @type {string[]} */ argv, /** @type {string} */ cwd, /** @type {number} */ cores, /** @type {number} */ runs) {
  const ways = { default: {}, 'in process': { REFERAT_WORKERS: '1' }, pool: { REFERAT_WORKERS: String(cores) } }
  /** @type {Record<string, { seconds: number, rss: number }[]>} */
  const seen = Object.fromEntries(Object.keys(ways).map((k) => [k, []]))
  const order = Object.entries(ways)
  // An odd count, so the median is a run, not the slower of two; each round starts with
  // the next way, so none is always the first after a pause (or another part's load).
  for (let i = 0; i < (runs | 1); i++) {
    for (let k = 0; k < order.length; k++) {
      const [way, env] = order[(i + k) % order.length]
      seen[way].push(timeBatch(argv, { cwd, env }))
    }
  }
  /** @type {(way: string) => { seconds: number, rss: number }} */
  const of = (way) => ({ seconds: median(seen[way].map((x) => x.seconds)), rss: median(seen[way].map((x) => x.rss)) })
  return { default: of('default'), inProcess: of('in process'), pool: of('pool') }
}

/** A parse of every file of `dir` matching `ext`, as NDJSON. */
const parseArgv = (/** @type {string} */ node, /** @type {string} */ bin, /** @type {string} */ dir, /** @type {string} */ ext) =>
  [node, bin, 'parse', join(dir, `*.${ext}`), '--format', 'ndjson', '--quiet']

/**
 * Row 5 and `validate` against `parse`.
 * @param {{ root: string, node: string, bin: string, textDir: string, runs: number }} options
 */
export function textBatchRows({ root, node, bin, textDir, runs }) {
  const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).length
  const argv = parseArgv(node, bin, textDir, 'txt')
  const fast = Array.from({ length: runs | 1 }, () => toPipe(argv, root))
  const seconds = median(fast.map((r) => r.seconds))
  const rss = median(fast.map((r) => r.rss))
  const perSecond = files / seconds
  row({ issue: '5', figure: `${files} text files, default, stdout to a pipe`, measured: `${perSecond.toFixed(0)} files/s (${seconds.toFixed(2)} s)`, target: '>= 500 files/s', ratio: `${times(perSecond, 500)} target`, met: perSecond >= 500 })
  row({ issue: '5', figure: `${files} text files, peak RSS, pipe to \`cat\``, measured: `${rss.toFixed(0)} MB`, target: '<= 200 MB', ratio: `${times(rss, 200)} target`, met: rss <= 200 })
  const slow = toPipe(argv, root, 5)
  row({ issue: '5', figure: `${files} text files, peak RSS, slow reader (5 ms/chunk)`, measured: `${slow.rss.toFixed(0)} MB (${slow.seconds.toFixed(1)} s)`, target: '<= 200 MB', ratio: `${times(slow.rss, 200)} target`, met: slow.rss <= 200 })

  // validate against parse on the same (up to) 200 files, m0000–m0199, interleaved.
  const some = join(textDir, 'm0[01]*.txt')
  const parses = []
  const validates = []
  for (let i = 0; i < (runs | 1); i++) {
    parses.push(timeBatch([node, bin, 'parse', some, '--format', 'ndjson', '--quiet'], { cwd: root }).seconds)
    validates.push(timeBatch([node, bin, 'validate', some, '--quiet'], { cwd: root }).seconds)
  }
  const [p, v] = [median(parses), median(validates)]
  row({ figure: `\`validate\` ${Math.min(200, files)} files vs \`parse\` the same`, measured: `${v.toFixed(2)} s; parse ${p.toFixed(2)} s`, ratio: `${times(v, p)} parse` })
}

/**
 * Row 6: the FirstAgenda JSON batch three ways.
 * @param {{ root: string, node: string, bin: string, cores: number, docs: string, runs: number }} options
 */
export function jsonBatchRows({ root, node, bin, cores, docs, runs }) {
  const dir = copies(docs, /^greve.*\.json$/, 369)
  if (!dir) {
    row({ issue: '6', figure: '369 FirstAgenda JSON files', measured: `skipped: no greve*.json in ${docs}` })
    return
  }
  try {
    const r = threeWays(parseArgv(node, bin, dir, 'json'), root, cores, runs)
    const ratio = r.default.seconds / r.inProcess.seconds
    row({
      issue: '6',
      figure: '369 FirstAgenda JSON files: default vs in process',
      measured: `default ${r.default.seconds.toFixed(2)} s; in process ${r.inProcess.seconds.toFixed(2)} s; pool ${r.pool.seconds.toFixed(2)} s`,
      target: `<= 1x in process (+${NOISE * 100}% noise)`,
      ratio: `${times(r.default.seconds, r.inProcess.seconds)} in process`,
      met: ratio <= 1 + NOISE
    })
    row({ figure: '369 FirstAgenda JSON files: peak RSS', measured: `default ${r.default.rss.toFixed(0)} / in process ${r.inProcess.rss.toFixed(0)} / pool ${r.pool.rss.toFixed(0)} MB`, ratio: `pool ${times(r.pool.seconds, r.inProcess.seconds)} in process` })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Reported: the text, PDF and HTML batches three ways (the forced pool among them),
 * the default against the faster of in process and pool.
 * @param {{ root: string, node: string, bin: string, cores: number, docs: string, textDir: string, pdfDir: string, runs: number }} options
 */
export function poolRows({ root, node, bin, cores, docs, textDir, pdfDir, runs }) {
  const html = copies(docs, /\.html$/, 150)
  /** @type {[string, string, string][]} */
  const kinds = [['text files', textDir, 'txt'], ['PDFs', pdfDir, 'pdf'], ...(html ? /** @type {[string, string, string][]} */ ([['HTML pages', html, 'html']]) : [])]
  try {
    for (const [what, dir, ext] of kinds) {
      const count = readdirSync(dir).filter((f) => f.endsWith(`.${ext}`)).length
      const r = threeWays(parseArgv(node, bin, dir, ext), root, cores, runs)
      const faster = Math.min(r.inProcess.seconds, r.pool.seconds)
      row({
        figure: `${count} ${what}: default / in process / pool`,
        measured: `${r.default.seconds.toFixed(2)} / ${r.inProcess.seconds.toFixed(2)} / ${r.pool.seconds.toFixed(2)} s; ${r.default.rss.toFixed(0)} / ${r.inProcess.rss.toFixed(0)} / ${r.pool.rss.toFixed(0)} MB`,
        ratio: `${times(r.default.seconds, faster)} the faster`
      })
    }
  } finally {
    if (html) rmSync(html, { recursive: true, force: true })
  }
}
