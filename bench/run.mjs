#!/usr/bin/env node
// `npm run bench`: builds a corpus from the seed minutes, then measures referat and
// prints each figure next to its target. Targets are printed, never asserted: timings
// belong here, not in tests. Run from the project root after `npm run build`.
//
//   BENCH_FILES=1000 BENCH_PDFS=100 npm run bench
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { Bench } from 'tinybench'
import { parse } from '../dist/index.js'
import { typeset } from '../scripts/make-pdf-fixtures.mjs'

const ROOT = join(import.meta.dirname, '..')
const CORPUS = join(ROOT, 'bench', 'corpus')
const FILES = Number(process.env.BENCH_FILES ?? 1000)
const PDFS = Number(process.env.BENCH_PDFS ?? 100)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const BIN = join(ROOT, 'bin', 'referat.js')
const seeds = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const row = (what, value, target, ok) => console.log(`${what.padEnd(44)} ${value.padStart(16)}   target ${target.padEnd(22)} ${ok === undefined ? '' : ok ? 'met' : 'MISSED'}`)

/** Varies a seed so that no two corpus files are the same: dates, a title word, the numbering start. */
function variant(text, k) {
  const day = String((k % 28) + 1).padStart(2, '0')
  return text
    .replace(/\b(\d{1,2})\. (januar|marts|november|december)/g, `${Number(day)}. $2`)
    .replace(/\b\d{2}-(\d{2})-(\d{4})\b/g, `${day}-$1-$2`)
    .replace(/Eventuelt/g, k % 2 ? 'Eventuelt' : 'Evt.')
    .replace(/Godkendelse af/g, k % 3 ? 'Godkendelse af' : 'Godkendelse af det')
}

async function buildCorpus() {
  const marker = join(CORPUS, `.built-${FILES}-${PDFS}`)
  if (existsSync(marker)) return
  rmSync(CORPUS, { recursive: true, force: true })
  mkdirSync(join(CORPUS, 'text'), { recursive: true })
  mkdirSync(join(CORPUS, 'pdf'), { recursive: true })
  for (let k = 0; k < FILES; k++) writeFileSync(join(CORPUS, 'text', `m${String(k).padStart(4, '0')}.txt`), variant(seeds[k % seeds.length], k))
  for (let k = 0; k < PDFS; k++) await typeset(variant(seeds[k % seeds.length], k), join(CORPUS, 'pdf', `m${String(k).padStart(4, '0')}.pdf`))
  writeFileSync(marker, '')
}

/** Median wall time (ms) of a whole process over RUNS runs. */
function timeProcess(cmd, args) {
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    times.push(performance.now() - t)
    if (r.status !== 0 && r.status !== 2) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  }
  return median(times)
}

/** Wall time (s) and peak RSS (MB) of one run, via GNU time when it is there. */
function timeBatch(args, env = {}) {
  const hasTime = existsSync('/usr/bin/time')
  const t = performance.now()
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
  const seconds = (performance.now() - t) / 1000
  const rss = hasTime ? Number(String(r.stderr).trim().split('\n').at(-1)) / 1024 : NaN
  return { seconds, rss }
}

function ensurePdftotext() {
  const found = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim()
  if (found) return found
  if (process.getuid?.() !== 0) return undefined
  console.log('(installing poppler-utils for the pdftotext comparison …)')
  const ok = spawnSync('sh', ['-c', 'apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1'], { stdio: 'ignore' }).status === 0
  return ok ? spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim() || undefined : undefined
}

await buildCorpus()
console.log(`referat benchmark — node ${process.version}, ${cpus().length} cores, corpus ${FILES} text + ${PDFS} PDF files\n`)

// 1. In-process parse throughput on text: distinct corpus documents, one per iteration,
// so nothing is measured on a text the parser has just seen.
const corpusTexts = readdirSync(join(CORPUS, 'text')).sort().map((f) => readFileSync(join(CORPUS, 'text', f), 'utf8'))
const meanBytes = corpusTexts.reduce((n, t) => n + Buffer.byteLength(t), 0) / corpusTexts.length
let next = 0
const bench = new Bench({ time: 3000 })
bench.add('parse one corpus document', () => { parse(corpusTexts[next++ % corpusTexts.length]) })
await bench.run()
const perRun = bench.tasks[0].result.latency?.mean ?? bench.tasks[0].result.mean
const mbps = meanBytes / 1e6 / (perRun / 1000)
row('in-process parse throughput (text)', `${mbps.toFixed(1)} MB/s`, '>= 20 MB/s', mbps >= 20)

// 1b. Large inputs: parse time must grow linearly with size.
const big = (bytes) => { let s = ''; while (s.length < bytes) s += `${seeds.join('\n')}\n`; return s }
const timeParse = (text) => { const t = performance.now(); parse(text); return performance.now() - t }
const ten = timeParse(big(10e6))
const fifty = timeParse(big(50e6))
row('10 MB file, in process', `${(ten / 1000).toFixed(2)} s`, '- (reported)')
row('50 MB file, in process', `${(fifty / 1000).toFixed(2)} s (${(fifty / ten).toFixed(1)}x)`, 'linear: ~5x the 10 MB', fifty / ten < 6.5)

// 2. Whole-process start-up.
const bare = timeProcess(process.execPath, ['-e', ''])
const help = timeProcess(process.execPath, [BIN, '--help'])
const one = timeProcess(process.execPath, [BIN, 'parse', 'fixtures/kkr-syddanmark-2023-11-21.txt'])
row("bare `node -e ''` (median)", `${bare.toFixed(0)} ms`, '-')
row('`referat --help` (median)', `${help.toFixed(0)} ms (${(help / bare).toFixed(2)}x)`, '<= 1.5x bare node', help / bare <= 1.5)
row('`referat parse one.txt` (median)', `${one.toFixed(0)} ms (${(one / bare).toFixed(2)}x)`, '- (reported)')

// 3. The text batch, on the worker pool and in process.
const pattern = `bench/corpus/text/*.txt`
// The default chooses the pool or not by cores and input kinds; both are measured.
const chosen = timeBatch(['parse', pattern, '--format', 'ndjson'])
const pooled = timeBatch(['parse', pattern, '--format', 'ndjson'], { REFERAT_WORKERS: String(cpus().length) })
row(`${FILES}-file text batch, default (files/s)`, `${(FILES / chosen.seconds).toFixed(0)} files/s`, '>= 500 files/s', FILES / chosen.seconds >= 500)
row(`${FILES}-file text batch, default (peak RSS)`, `${chosen.rss.toFixed(0)} MB`, '<= 200 MB', chosen.rss <= 200)
row(`${FILES}-file text batch, forced pool`, `${(FILES / pooled.seconds).toFixed(0)} files/s, ${pooled.rss.toFixed(0)} MB`, '- (reported)')

// 4. PDFs against a pdftotext loop over the same files.
const pdfs = readdirSync(join(CORPUS, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => join(CORPUS, 'pdf', f))
const pdfBatch = timeBatch(['parse', 'bench/corpus/pdf/*.pdf', '--format', 'ndjson'])
row(`${pdfs.length}-file PDF batch`, `${(pdfs.length / pdfBatch.seconds).toFixed(1)} files/s`, '-', undefined)
const pdftotext = ensurePdftotext()
if (pdftotext) {
  const t = performance.now()
  for (const pdf of pdfs) execFileSync(pdftotext, ['-layout', pdf, '-'], { stdio: ['ignore', 'ignore', 'ignore'] })
  const loop = (performance.now() - t) / 1000
  row('PDF batch vs pdftotext loop', `${(pdfBatch.seconds / loop).toFixed(2)}x (${loop.toFixed(1)} s)`, '<= 2x pdftotext', pdfBatch.seconds / loop <= 2)
} else {
  console.log('PDF batch vs pdftotext loop: SKIPPED (pdftotext not found and poppler-utils could not be installed)')
}
console.log(`\ncorpus: ${CORPUS} (${(readdirSync(join(CORPUS, 'text')).reduce((n, f) => n + statSync(join(CORPUS, 'text', f)).size, 0) / 1e6).toFixed(1)} MB of text)`)
