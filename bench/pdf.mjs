#!/usr/bin/env node
// The PDF rows of `npm run bench` on their own, optionally side by side with another
// checkout's built bin (before/after a change to the PDF reader), interleaved so a
// busy machine slows every side alike. Run after `npm run build`.
//
//   node bench/pdf.mjs [--against ../other-checkout]     (BENCH_PDFS, BENCH_RUNS, BENCH_BATCH_RUNS as for run.mjs)
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { buildCorpus } from './corpus.mjs'
import { ensurePdftotext } from './measure.mjs'
import { pdfRows } from './pdf-rows.mjs'
import { header } from './table.mjs'

const ROOT = join(import.meta.dirname, '..')
const PDFS = Number(process.env.BENCH_PDFS ?? 100)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const CORES = availableParallelism()
const at = process.argv.indexOf('--against')
const other = at > 0 ? resolve(process.argv[at + 1]) : undefined
/** @type {[string, string][]} */
const bins = [['this', join(ROOT, 'bin', 'referat.js')], ...(other ? /** @type {[string, string][]} */ ([['other', join(other, 'bin', 'referat.js')]]) : [])]
const pdftotext = ensurePdftotext()

const corpus = await buildCorpus(ROOT, Number(process.env.BENCH_FILES ?? 1000), PDFS)
console.log(`PDF rows — node ${process.version}, ${CORES} cores, ${PDFS} PDFs, one of ${corpus.longPages} pages${other ? `; other: ${other}` : ''}\n`)
header()
pdfRows({ root: ROOT, node: process.execPath, bins, pdftotext, cores: CORES, pdfs: PDFS, longPages: corpus.longPages, runs: RUNS, batchRuns: Number(process.env.BENCH_BATCH_RUNS ?? 3) })
