import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Io } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { createProgress } from '../src/cli/progress.js'
import { RULE_IDS } from '../src/schema/rule-ids.js'
import { fakeIo } from './fake-io.js'
import { ROOT, seedFixtures } from './helpers.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-tty-'))
  for (const seed of seedFixtures()) cpSync(join(ROOT, seed), join(work, seed.replace('fixtures/', '')))
})

/** stdout and stderr on one terminal: one byte stream, rendered as the screen shows it. */
function terminalIo(cwd: string): Io & { screen: () => string; raw: () => string } {
  let stream = ''
  const sink = { write: (s: string) => { stream += s } }
  const render = (): string => {
    const lines: string[] = ['']
    for (const part of stream.split(/(\r\x1b\[K|\r\n|\r|\n)/)) {
      if (part === '\n' || part === '\r\n') lines.push('')
      else if (part === '\r\x1b[K' || part === '\r') lines[lines.length - 1] = ''
      else lines[lines.length - 1] += part
    }
    return lines.join('\n')
  }
  return { ...fakeIo({ cwd, tty: true }), stdout: sink, stderr: sink, screen: render, raw: () => stream }
}

describe('on a terminal', () => {
  it('the progress bar never shares a line with the output and is gone at the end', async () => {
    const io = terminalIo(work)
    expect(await main(['parse', '*.txt', '--format', 'csv'], io)).toBe(0)
    // It was drawn...
    expect(io.raw()).toMatch(/\[=+ *\] \d\/5 +[\d.]+ files\/s +ETA /)
    const screen = io.screen()
    // ...and cleared: what is left is the CSV (header + 51 records) and the summary line.
    expect(screen).not.toMatch(/files\/s/)
    expect(screen).toMatch(/^meeting_date,meeting_body,group,/)
    expect(screen).toMatch(/\nparsed 5 files, 0 failed, \d+\.\d s\n$/)
  })

  it('no bar and no summary when stderr is not a terminal, or with --quiet', async () => {
    const piped = fakeIo({ cwd: work })
    expect(await main(['parse', '*.txt', '--format', 'csv'], piped)).toBe(0)
    expect(piped.err()).toBe('')
    const quiet = terminalIo(work)
    expect(await main(['parse', '*.txt', '--format', 'csv', '--quiet'], quiet)).toBe(0)
    expect(quiet.raw()).not.toMatch(/files\/s|parsed 5/)
  })

  it('the bar shows count, rate and time left', () => {
    let now = 0
    let written = ''
    const io = { ...fakeIo({ cwd: work, tty: true }), stderr: { write: (s: string) => { written += s } } }
    const progress = createProgress(io, 4, false, () => now)
    now = 2000
    progress.tick('a.txt')
    expect(written).toMatch(/\[=====\s+\] 1\/4  0\.5 files\/s  ETA 6 s  a\.txt$/)
    progress.done()
    expect(written.endsWith('\r\x1b[K')).toBe(true)
  })
})

describe('--help', () => {
  it.each([
    [['parse', '--help'], [/Examples:/, /-o minutes\.json/, /Exit codes:/, /--max-size/, /--no-csv-safe/]],
    [['validate', '--help'], [/Examples:/, /Exit codes:/, /Rule ids \(for --rule\):/, ...RULE_IDS.map((id) => new RegExp(`^  ${id}$`, 'm'))]],
    [['--help'], [/Examples:/, /Exit codes:/]]
  ])('%j shows examples and exit codes', async (args, patterns) => {
    const io = fakeIo({ cwd: work })
    expect(await main(args, io)).toBe(0)
    for (const pattern of patterns) expect(io.out()).toMatch(pattern)
  })
})
