// Batch rows of `npm run bench`: whether the default choice of in process or the worker
// pool is never the slower one (each kind of batch run three ways, interleaved), and
// the peak memory of a batch whose stdout goes to a pipe with a slow reader.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, row, timeBatch } from './measure.mjs'

/** A folder of `count` copies of the corpus documents whose names match, cycled (a temporary folder, never the repo). */
function copies(docs, match, count) {
  const names = existsSync(docs) ? readdirSync(docs).filter((f) => match.test(f)).sort() : []
  if (names.length === 0) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'))
  for (let i = 0; i < count; i++) copyFileSync(join(docs, names[i % names.length]), join(dir, `d${String(i).padStart(4, '0')}${names[i % names.length].slice(names[i % names.length].lastIndexOf('.'))}`))
  return dir
}

/** Median seconds and peak RSS of the default, in process and pool runs of one batch, interleaved. */
function threeWays(argv, cwd, cores, runs) {
  const ways = { default: {}, 'in process': { REFERAT_WORKERS: '1' }, pool: { REFERAT_WORKERS: String(cores) } }
  const seen = Object.fromEntries(Object.keys(ways).map((k) => [k, []]))
  // An odd count, so the median is a run, not the slower of two.
  for (let i = 0; i < (runs | 1); i++) for (const [way, env] of Object.entries(ways)) seen[way].push(timeBatch(argv, { cwd, env }))
  return Object.fromEntries(Object.entries(seen).map(([way, r]) => [way, { seconds: median(r.map((x) => x.seconds)), rss: median(r.map((x) => x.rss)) }]))
}

/**
 * Peak RSS (MB) and seconds of a batch writing NDJSON to a pipe whose reader takes a
 * pause of `delayMs` after every chunk (GNU time on the writer only).
 */
function toSlowPipe(argv, cwd, delayMs) {
  const out = join(mkdtempSync(join(tmpdir(), 'referat-bench-')), 'rss')
  const quote = (s) => `'${s.replaceAll("'", `'\\''`)}'`
  const reader = `process.stdin.on('data',()=>{process.stdin.pause();setTimeout(()=>process.stdin.resume(),${delayMs})})`
  const t = performance.now()
  spawnSync('sh', ['-c', `/usr/bin/time -f %M -o ${quote(out)} ${argv.map(quote).join(' ')} | ${quote(process.execPath)} -e ${quote(reader)}`], { cwd, stdio: 'ignore' })
  const seconds = (performance.now() - t) / 1000
  const rss = Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) / 1024
  rmSync(join(out, '..'), { recursive: true, force: true })
  return { seconds, rss }
}

export function batchRows({ root, bin, node, cores, docs, textDir, pdfDir, runs }) {
  const json = copies(docs, /^greve.*\.json$/, 369)
  const html = copies(docs, /\.html$/, 150)
  const kinds = [
    ['text files', textDir, '*.txt'],
    ['PDF files', pdfDir, '*.pdf'],
    ...(json ? [['FirstAgenda JSON files', json, '*.json']] : []),
    ...(html ? [['HTML pages', html, '*.html']] : [])
  ]
  for (const [what, dir, glob] of kinds) {
    const count = readdirSync(dir).filter((f) => f.endsWith(glob.slice(1))).length
    const r = threeWays([node, bin, 'parse', join(dir, glob), '--format', 'ndjson', '--quiet'], root, cores, runs)
    const faster = Math.min(r['in process'].seconds, r.pool.seconds)
    const ratio = r.default.seconds / faster
    row(`${count} ${what}: default / the faster way`, `${ratio.toFixed(2)}x (in process ${r['in process'].seconds.toFixed(1)} s, pool ${r.pool.seconds.toFixed(1)} s)`, 'pool never slower: <= 1x', ratio <= 1.1)
    row(`${count} ${what}: RSS default/in process/pool`, `${r.default.rss.toFixed(0)} / ${r['in process'].rss.toFixed(0)} / ${r.pool.rss.toFixed(0)} MB`, '- (reported)')
  }
  const slow = toSlowPipe([node, bin, 'parse', join(textDir, '*.txt'), '--format', 'ndjson', '--quiet'], root, 5)
  const files = readdirSync(textDir).length
  row(`${files}-file text batch to a slow pipe, peak RSS`, `${slow.rss.toFixed(0)} MB = ${(slow.rss / 200).toFixed(2)}x target (${slow.seconds.toFixed(1)} s)`, '<= 200 MB', slow.rss <= 200)
  for (const dir of [json, html]) if (dir) rmSync(dir, { recursive: true, force: true })
}
