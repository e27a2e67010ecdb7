#!/usr/bin/env node
// `npm run bench`: builds a corpus from the seed minutes, then prints every row of issue
// 27's table (marked [1]–[7]) with its measured value, target, ratio and verdict, from one
// run, beside figures only reported. Targets are printed, never asserted: timings belong
// here, not in tests. Comparisons (the one-pass reference, bare node, pdftotext, the other
// ways to run a batch) are measured interleaved with referat in the same run, so a busy
// machine slows both sides alike. Run from the project root after `npm run build`.
//
//   BENCH_FILES=1000 BENCH_PDFS=100 BENCH_RUNS=15 BENCH_BATCH_RUNS=3 BENCH_LARGE=50 \
//   BENCH_TEXT_SECONDS=5 BENCH_MARKUP_KB=300 BENCH_LIST=6000 npm run bench
//   BENCH_ONLY=text,startup npm run bench          (parts: see PARTS)
//   BENCH_MARKDOWN=1 npm run bench                 (also the table as Markdown, or --markdown)
import { existsSync, readdirSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { jsonBatchRows, poolRows, textBatchRows } from './batches.mjs'
import { buildCorpus } from './corpus.mjs'
import { perFormat } from './formats.mjs'
import { markupRows } from './markup.mjs'
import { ensurePdftotext } from './measure.mjs'
import { pdfRows } from './pdf-rows.mjs'
import { startupRows } from './startup.mjs'
import { header, markdown, part, row } from './table.mjs'
import { textRows } from './text.mjs'

const env = (/** @type {string} */ name, /** @type {number} */ fallback) => Number(process.env[name] ?? fallback)
const ROOT = join(import.meta.dirname, '..')
const FILES = env('BENCH_FILES', 1000)
const PDFS = env('BENCH_PDFS', 100)
const RUNS = env('BENCH_RUNS', 15)
const BATCH_RUNS = env('BENCH_BATCH_RUNS', 3)
const CORES = availableParallelism()
const BIN = join(ROOT, 'bin', 'referat.js')
const NODE = process.execPath
const DOCS = join(ROOT, '..', 'shared', 'corpus', 'docs')

/** The parts, in the order they run; BENCH_ONLY picks some by name. */
const PARTS = ['text', 'startup', 'pdf', 'batch', 'json', 'markup', 'pool', 'corpus']
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()).filter(Boolean) : PARTS
const unknown = only.filter((p) => !PARTS.includes(p))
if (unknown.length > 0) {
  console.error(`bench: unknown part ${unknown.join(', ')} in BENCH_ONLY (parts: ${PARTS.join(', ')})`)
  process.exit(2)
}
const wants = (/** @type {string} */ name) => only.includes(name)
const started = performance.now()

const corpus = await buildCorpus(ROOT, FILES, PDFS)
console.log(`referat benchmark — node ${process.version}, ${CORES} cores, corpus ${FILES} text + ${PDFS} PDF files, parts ${only.join(', ')}\n`)
header()

if (wants('text')) {
  part('text parse in process')
  textRows({ root: ROOT, textDir: corpus.text, seconds: env('BENCH_TEXT_SECONDS', 5), large: env('BENCH_LARGE', 50) })
}
if (wants('startup')) {
  part('start-up, whole process')
  startupRows({ root: ROOT, node: NODE, bin: BIN, runs: RUNS })
}
if (wants('pdf')) {
  part('PDF')
  const pdftotext = ensurePdftotext()
  pdfRows({ root: ROOT, node: NODE, bins: [['this', BIN]], pdftotext, cores: CORES, pdfs: PDFS, longPages: corpus.longPages, runs: Math.max(3, Math.round(RUNS / 3)), batchRuns: BATCH_RUNS })
}
if (wants('batch')) {
  part('text batch')
  textBatchRows({ root: ROOT, node: NODE, bin: BIN, textDir: corpus.text, runs: BATCH_RUNS })
}
if (wants('json')) {
  part('FirstAgenda JSON batch: default, in process, pool')
  jsonBatchRows({ root: ROOT, node: NODE, bin: BIN, cores: CORES, docs: DOCS, runs: BATCH_RUNS })
}
if (wants('markup')) {
  part('Markdown, Word, HTML against text')
  await markupRows({ root: ROOT, kb: env('BENCH_MARKUP_KB', 300), runs: env('BENCH_MARKUP_RUNS', 5), list: env('BENCH_LIST', 6000) })
}
if (wants('pool')) {
  part('other batches: default, in process, pool')
  poolRows({ root: ROOT, node: NODE, bin: BIN, cores: CORES, docs: DOCS, textDir: corpus.text, pdfDir: corpus.pdf, runs: BATCH_RUNS })
}
if (wants('corpus')) {
  part('real corpus documents per format')
  if (existsSync(DOCS)) {
    const { groups, unread } = await perFormat(DOCS)
    for (const [format, g] of [...groups].sort()) {
      row({ figure: `corpus ${format} (${g.files} files, ${(g.bytes / 1e6).toFixed(2)} MB), in process`, measured: `${(g.ms / (g.bytes / 1e6)).toFixed(0)} ms/MB of file` })
    }
    if (unread > 0) row({ figure: 'corpus files no reader takes yet', measured: String(unread) })
  } else {
    row({ figure: 'corpus formats', measured: `skipped: ${DOCS} not found` })
  }
}

const textMb = readdirSync(corpus.text).reduce((n, f) => n + statSync(join(corpus.text, f)).size, 0) / 1e6
console.log(`\ncorpus: ${corpus.dir} (${textMb.toFixed(1)} MB of text); ${((performance.now() - started) / 60000).toFixed(1)} min`)
if (process.env.BENCH_MARKDOWN === '1' || process.argv.includes('--markdown')) console.log(`\n${markdown()}`)
