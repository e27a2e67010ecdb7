#!/usr/bin/env node
// `npm run bench`: builds a corpus from the seed minutes, then measures referat and
// prints each figure next to its target, from one run. Targets are printed, never
// asserted: timings belong here, not in tests. Run from the project root after
// `npm run build`. Comparisons (bare node, pdftotext) run interleaved with referat
// in the same run, so a busy machine slows both sides alike.
//
//   BENCH_FILES=1000 BENCH_PDFS=100 BENCH_RUNS=15 BENCH_LARGE=50 BENCH_BATCH_RUNS=3 npm run bench
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Bench } from 'tinybench'
import { parse } from '../dist/index.js'
import { buildCorpus, seedTexts } from './corpus.mjs'
import { perFormat } from './formats.mjs'
import { ensurePdftotext, row, timeBatch, timeProcesses, timeShell } from './measure.mjs'
import { batchRows } from './batches.mjs'

const ROOT = join(import.meta.dirname, '..')
const FILES = Number(process.env.BENCH_FILES ?? 1000)
const PDFS = Number(process.env.BENCH_PDFS ?? 100)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
/** Size (MB) of the large-file linearity check, against a fifth of it; 0 skips it. */
const LARGE = Number(process.env.BENCH_LARGE ?? 50)
const CORES = availableParallelism()
const BIN = join(ROOT, 'bin', 'referat.js')
const NODE = process.execPath
const DOCS = join(ROOT, '..', 'shared', 'corpus', 'docs')
const x = (a, b) => `${(a / b).toFixed(2)}x`

const corpus = await buildCorpus(ROOT, FILES, PDFS)
console.log(`referat benchmark — node ${process.version}, ${CORES} cores, corpus ${FILES} text + ${PDFS} PDF files\n`)
row('figure', 'measured', 'target')

// 1. In-process parse throughput on text: distinct corpus documents, one per iteration,
// so nothing is measured on a text the parser has just seen.
const texts = readdirSync(corpus.text).sort().map((f) => readFileSync(join(corpus.text, f), 'utf8'))
const meanBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length
let next = 0
const bench = new Bench({ time: 3000 })
bench.add('parse one corpus document', () => { parse(texts[next++ % texts.length]) })
await bench.run()
// tinybench 6 reports latency statistics; older result shapes had `mean` at the top.
const result = /** @type {{ latency?: { mean: number }, mean?: number }} */ (bench.tasks[0].result)
const perRun = result.latency?.mean ?? result.mean
const mbps = meanBytes / 1e6 / (perRun / 1000)
row('in-process parse throughput, text', `${mbps.toFixed(1)} MB/s`, '>= 50 MB/s', mbps >= 50)

// 1b. Large inputs: parse time must grow linearly with size.
const seeds = seedTexts(ROOT)
const big = (bytes) => { let s = ''; while (s.length < bytes) s += `${seeds.join('\n')}\n`; return s }
const timeParse = (text) => { const t = performance.now(); parse(text); return performance.now() - t }
if (LARGE) {
  const ten = timeParse(big(LARGE * 2e5))
  const fifty = timeParse(big(LARGE * 1e6))
  row(`${LARGE / 5} MB file, in process`, `${(ten / 1000).toFixed(2)} s`, '- (reported)')
  row(`${LARGE} MB file, in process`, `${(fifty / 1000).toFixed(2)} s (${x(fifty, ten)} the ${LARGE / 5} MB)`, `linear: ~5x the ${LARGE / 5} MB`, fifty / ten < 6.5)
}

// 2. Whole-process start-up, interleaved with bare node.
const [bare, help, one] = timeProcesses([
  [NODE, '-e', ''],
  [NODE, BIN, '--help'],
  [NODE, BIN, 'parse', 'fixtures/kkr-syddanmark-2023-11-21.txt']
], RUNS, ROOT)
row("bare `node -e ''` (median)", `${bare.toFixed(0)} ms`, '-')
row('`referat --help` (median)', `${help.toFixed(0)} ms = ${x(help, bare)} bare`, '<= 1.3x bare node', help / bare <= 1.3)
row('`referat parse one.txt` (median)', `${one.toFixed(0)} ms = ${x(one, bare)} bare`, '<= 1.3x bare node', one / bare <= 1.3)

// 3. The text batch as referat runs it by default, and forced onto the worker pool.
const textGlob = 'bench/corpus/text/*.txt'
const chosen = timeBatch([NODE, BIN, 'parse', textGlob, '--format', 'ndjson'], { cwd: ROOT })
const pooled = timeBatch([NODE, BIN, 'parse', textGlob, '--format', 'ndjson'], { cwd: ROOT, env: { REFERAT_WORKERS: String(CORES) } })
row(`${FILES}-file text batch, default`, `${(FILES / chosen.seconds).toFixed(0)} files/s`, '>= 1000 files/s', FILES / chosen.seconds >= 1000)
row(`${FILES}-file text batch, default, peak RSS`, `${chosen.rss.toFixed(0)} MB`, '<= 200 MB', chosen.rss <= 200)
row(`${FILES}-file text batch, forced pool`, `${(FILES / pooled.seconds).toFixed(0)} files/s, ${pooled.rss.toFixed(0)} MB`, '- (reported)')

// 4. validate against parse on the same 200 files (m0000–m0199).
const two = 'bench/corpus/text/m0[01]*.txt'
const parse200 = timeBatch([NODE, BIN, 'parse', two, '--format', 'ndjson'], { cwd: ROOT })
const validate200 = timeBatch([NODE, BIN, 'validate', two, '--quiet'], { cwd: ROOT })
row(`\`validate\` ${Math.min(200, FILES)} files vs \`parse\` the same`, `${validate200.seconds.toFixed(2)} s = ${x(validate200.seconds, parse200.seconds)} parse`, '<= 1.3x parse', validate200.seconds / parse200.seconds <= 1.3)

// 5. PDFs against pdftotext -layout with the same parallelism.
const pdfs = readdirSync(corpus.pdf).filter((f) => f.endsWith('.pdf')).map((f) => join('bench/corpus/pdf', f))
const pdfBatch = timeBatch([NODE, BIN, 'parse', 'bench/corpus/pdf/*.pdf', '--format', 'ndjson'], { cwd: ROOT })
const pdftotext = ensurePdftotext()
if (pdftotext) {
  const poppler = timeShell(`ls bench/corpus/pdf/*.pdf | xargs -P ${CORES} -I{} ${pdftotext} -layout {} /dev/null`, ROOT)
  row(`${pdfs.length}-file PDF batch vs pdftotext (xargs -P ${CORES})`, `${(pdfs.length / pdfBatch.seconds).toFixed(1)} files/s = ${x(pdfBatch.seconds, poppler)} (${poppler.toFixed(1)} s)`, '<= 1.5x pdftotext', pdfBatch.seconds / poppler <= 1.5)
} else {
  row(`${pdfs.length}-file PDF batch`, `${(pdfs.length / pdfBatch.seconds).toFixed(1)} files/s`, 'pdftotext missing: skipped')
}
const longArgs = [[NODE, BIN, 'parse', 'bench/corpus/long.pdf'], ...(pdftotext ? [[pdftotext, '-layout', 'bench/corpus/long.pdf', '/dev/null']] : [])]
const [longPdf, longPoppler] = timeProcesses(longArgs, Math.max(3, Math.round(RUNS / 3)), ROOT)
row(`one ${corpus.longPages}-page PDF, whole process (median)`, `${(longPdf / 1000).toFixed(2)} s${longPoppler ? ` (pdftotext ${(longPoppler / 1000).toFixed(2)} s)` : ''}`, '<= 0.3 s', longPdf <= 300)

// 5b. Batches: the default choice of in process or pool against both, per kind of input,
// and peak memory with stdout to a slow pipe.
batchRows({ root: ROOT, bin: BIN, node: NODE, cores: CORES, docs: DOCS, textDir: corpus.text, pdfDir: corpus.pdf, runs: Number(process.env.BENCH_BATCH_RUNS ?? 3) })

// 6. Each input format of the real corpus, per MB, when the corpus is there.
if (existsSync(DOCS)) {
  const { groups, unread } = await perFormat(DOCS)
  for (const [format, g] of [...groups].sort()) {
    row(`corpus ${format} (${g.files} files, ${(g.bytes / 1e6).toFixed(2)} MB), in process`, `${(g.ms / (g.bytes / 1e6)).toFixed(0)} ms/MB`, '- (reported)')
  }
  if (unread > 0) row('corpus files no reader takes yet', String(unread), '-')
} else {
  row('corpus formats', 'skipped', `${DOCS} not found`)
}
console.log(`\ncorpus: ${corpus.dir} (${(readdirSync(corpus.text).reduce((n, f) => n + statSync(join(corpus.text, f)).size, 0) / 1e6).toFixed(1)} MB of text)`)
