#!/usr/bin/env node
// The PDF rows of `npm run bench` on their own, optionally side by side with another
// checkout's built bin (before/after a change to the PDF reader), interleaved so a
// busy machine slows every side alike. Run after `npm run build`.
//
//   node bench/pdf.mjs [--against ../other-checkout]     (BENCH_PDFS, BENCH_RUNS as for run.mjs)
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { buildCorpus } from './corpus.mjs'
import { ensurePdftotext, row, timeBatch, timeProcesses, timeShell } from './measure.mjs'

const ROOT = join(import.meta.dirname, '..')
const PDFS = Number(process.env.BENCH_PDFS ?? 100)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const CORES = availableParallelism()
const NODE = process.execPath
const at = process.argv.indexOf('--against')
const other = at > 0 ? resolve(process.argv[at + 1]) : undefined
const bins = [['this', join(ROOT, 'bin', 'referat.js')], ...(other ? [[other, join(other, 'bin', 'referat.js')]] : [])]
const pdftotext = ensurePdftotext()

const corpus = await buildCorpus(ROOT, Number(process.env.BENCH_FILES ?? 1000), PDFS)
console.log(`PDF rows — node ${process.version}, ${CORES} cores, ${PDFS} PDFs, one of ${corpus.longPages} pages\n`)
row('figure', 'measured', 'target')

const long = [...bins.map(([, bin]) => [NODE, bin, 'parse', 'bench/corpus/long.pdf']), ...(pdftotext ? [[pdftotext, '-layout', 'bench/corpus/long.pdf', '/dev/null']] : [])]
const times = timeProcesses(long, RUNS, ROOT)
const poppler = pdftotext ? times.at(-1) : undefined
bins.forEach(([name], k) => {
  const ratio = poppler ? ` = ${(times[k] / poppler).toFixed(2)}x pdftotext` : ''
  row(`one ${corpus.longPages}-page PDF, whole process (${name === 'this' ? name : 'other'})`, `${(times[k] / 1000).toFixed(2)} s${ratio}`, '<= 5x pdftotext -layout', poppler ? times[k] / poppler <= 5 : undefined)
})
if (poppler) row('pdftotext -layout, same PDF (median)', `${(poppler / 1000).toFixed(3)} s`, '-')

const popplerBatch = pdftotext ? timeShell(`ls bench/corpus/pdf/*.pdf | xargs -P ${CORES} -I{} ${pdftotext} -layout {} /dev/null`, ROOT) : undefined
for (const [name, bin] of bins) {
  const batch = timeBatch([NODE, bin, 'parse', 'bench/corpus/pdf/*.pdf', '--format', 'ndjson'], { cwd: ROOT })
  const ratio = popplerBatch ? ` = ${(batch.seconds / popplerBatch).toFixed(2)}x pdftotext` : ''
  row(`${PDFS}-file PDF batch (${name === 'this' ? name : 'other'})`, `${(PDFS / batch.seconds).toFixed(1)} files/s${ratio}, ${batch.rss.toFixed(0)} MB`, '<= 2x xargs -P pdftotext', popplerBatch ? batch.seconds / popplerBatch <= 2 : undefined)
}
if (popplerBatch) row(`xargs -P ${CORES} pdftotext -layout, same PDFs`, `${popplerBatch.toFixed(2)} s`, '-')
