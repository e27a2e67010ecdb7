// The table `npm run bench` prints: one row per figure with its measured value, target,
// the ratio the target bounds and the verdict, printed as it is measured (a long run
// shows progress) and kept for the Markdown table at the end (BENCH_MARKDOWN=1).

/**
 * @typedef {object} Row
 * @property {string} figure what is measured
 * @property {string} measured the value, with what it was compared to
 * @property {string} [target] the target, or '-' for a reported figure
 * @property {string} [ratio] the ratio the target bounds (to the comparison or to the target)
 * @property {boolean} [met] undefined for a reported figure
 * @property {string} [issue] the row of the issue's table this is, when it is one
 */

/** @type {Row[]} */
export const rows = []

const WIDTHS = [56, 64, 30, 18]

/** Times `a / b` as `2.03x`. */
export const times = (a, b) => `${(a / b).toFixed(2)}x`

/** The verdict word of a row. */
const verdict = (/** @type {Row} */ r) => r.met === undefined ? 'reported' : r.met ? 'met' : 'MISSED'

/** Prints the header of the console table. */
export function header() {
  console.log(`${'figure'.padEnd(WIDTHS[0])} ${'measured'.padEnd(WIDTHS[1])} ${'target'.padEnd(WIDTHS[2])} ${'ratio'.padEnd(WIDTHS[3])} verdict`)
  console.log('-'.repeat(WIDTHS.reduce((a, b) => a + b + 1, 0) + 8))
}

/** Records one row and prints it. */
export function row(/** @type {Row} */ r) {
  rows.push(r)
  const figure = r.issue ? `[${r.issue}] ${r.figure}` : r.figure
  console.log(`${figure.padEnd(WIDTHS[0])} ${r.measured.padEnd(WIDTHS[1])} ${(r.target ?? '-').padEnd(WIDTHS[2])} ${(r.ratio ?? '').padEnd(WIDTHS[3])} ${verdict(r)}`)
}

/** A line between the parts of the table (the part's name), so a subset run reads alike. */
export function part(/** @type {string} */ name) {
  console.log(`\n· ${name}`)
}

/** The rows as a Markdown table, ready for the README. */
export function markdown() {
  const cell = (/** @type {string} */ s) => s.replaceAll('|', '\\|')
  const lines = ['| # | figure | measured | target | ratio | verdict |', '| --- | --- | --- | --- | --- | --- |']
  for (const r of rows) lines.push(`| ${r.issue ?? ''} | ${cell(r.figure)} | ${cell(r.measured)} | ${cell(r.target ?? '-')} | ${cell(r.ratio ?? '')} | ${verdict(r).toLowerCase()} |`)
  return lines.join('\n')
}
