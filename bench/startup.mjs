// Row 2 of the issue's table: `referat parse one.txt` as a whole process against a bare
// `node -e ''`, medians of interleaved runs (A B C A B C …); `--help` reported beside it.
import { timeProcesses } from './measure.mjs'
import { row, times } from './table.mjs'

/**
 * The start-up rows.
 * @param {{ root: string, node: string, bin: string, runs: number }} options
 */
export function startupRows({ root, node, bin, runs }) {
  const one = 'fixtures/kkr-syddanmark-2023-11-21.txt'
  const [bare, help, parse] = timeProcesses([
    [node, '-e', ''],
    [node, bin, '--help'],
    [node, bin, 'parse', one]
  ], runs, root)
  row({ issue: '2', figure: '`referat parse one.txt`, whole process', measured: `${parse.toFixed(0)} ms; bare \`node -e ''\` ${bare.toFixed(0)} ms`, target: "<= 1.5x bare node", ratio: `${times(parse, bare)} bare`, met: parse / bare <= 1.5 })
  row({ figure: '`referat --help`, whole process', measured: `${help.toFixed(0)} ms`, ratio: `${times(help, bare)} bare` })
}
