// Rows 3 and 4 of the issue's table: one long PDF as a whole process against
// `pdftotext -layout` on it, and the PDF batch against `xargs -P <cores> pdftotext
// -layout` over the same files, each pair interleaved (medians). With more than one
// bin (bench/pdf.mjs --against), every bin is timed in the same interleaving.
import { median, timeBatch, timeProcesses, timeShell } from './measure.mjs'
import { row, times } from './table.mjs'

/**
 * The PDF rows.
 * @param {{ root: string, node: string, bins: [string, string][], pdftotext: string | undefined,
 *   cores: number, pdfs: number, longPages: number, runs: number, batchRuns: number }} options
 */
export function pdfRows({ root, node, bins, pdftotext, cores, pdfs, longPages, runs, batchRuns }) {
  const label = (/** @type {string} */ name) => bins.length > 1 ? ` (${name})` : ''
  const long = 'bench/corpus/long.pdf'
  const commands = [...bins.map(([, bin]) => [node, bin, 'parse', long]), ...(pdftotext ? [[pdftotext, '-layout', long, '/dev/null']] : [])]
  const medians = timeProcesses(commands, runs, root)
  const poppler = pdftotext ? medians.at(-1) : undefined
  bins.forEach(([name], k) => row({
    issue: '3',
    figure: `one ${longPages}-page PDF, whole process${label(name)}`,
    measured: `${(medians[k] / 1000).toFixed(2)} s; pdftotext ${poppler ? `${(poppler / 1000).toFixed(3)} s` : 'missing'}`,
    target: '<= 5x pdftotext -layout',
    ratio: poppler ? `${times(medians[k], poppler)} pdftotext` : '',
    met: poppler ? medians[k] / poppler <= 5 : undefined
  }))

  const glob = 'bench/corpus/pdf/*.pdf'
  const xargs = `ls ${glob} | xargs -P ${cores} -I{} ${pdftotext} -layout {} /dev/null`
  /** @type {number[][]} */
  const seen = bins.map(() => [])
  /** @type {number[]} */
  const popplerRuns = []
  /** @type {number[][]} */
  const rss = bins.map(() => [])
  // An odd count, so the median is a run, not the slower of two.
  for (let i = 0; i < (batchRuns | 1); i++) {
    bins.forEach(([, bin], k) => {
      const r = timeBatch([node, bin, 'parse', glob, '--format', 'ndjson', '--quiet'], { cwd: root })
      seen[k].push(r.seconds)
      rss[k].push(r.rss)
    })
    if (pdftotext) popplerRuns.push(timeShell(xargs, root))
  }
  const batch = pdftotext ? median(popplerRuns) : undefined
  bins.forEach(([name], k) => {
    const s = median(seen[k])
    row({
      issue: '4',
      figure: `${pdfs}-PDF batch${label(name)}`,
      measured: `${s.toFixed(2)} s (${(pdfs / s).toFixed(1)} files/s, ${median(rss[k]).toFixed(0)} MB); xargs -P${cores} pdftotext ${batch ? `${batch.toFixed(2)} s` : 'missing'}`,
      target: `<= 2x xargs -P${cores} pdftotext`,
      ratio: batch ? `${times(s, batch)} pdftotext` : '',
      met: batch ? s / batch <= 2 : undefined
    })
  })
}
