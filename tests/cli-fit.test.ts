import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { rateOf, RATE_WINDOW } from '../src/cli/progress.js'
import { closest } from '../src/cli/suggest.js'
import { tallyLines, tallyOf } from '../src/cli/tally.js'
import { RULE_IDS } from '../src/schema/rule-ids.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

const SEED = 'lolland-sau-2024-12-03'
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-fit-'))
  mkdirSync(join(work, 'archive', '.old'), { recursive: true })
  cpSync(join(ROOT, 'fixtures', `${SEED}.txt`), join(work, 'archive', 'a.txt'))
  cpSync(join(ROOT, 'fixtures', `${SEED}.txt`), join(work, 'archive', '.old', 'b.txt'))
  cpSync(join(ROOT, 'fixtures', `${SEED}.txt`), join(work, 'same.txt'))
  cpSync(join(ROOT, 'fixtures', `${SEED}.pdf`), join(work, 'same.pdf'))
  mkdirSync(join(work, 'bad'))
  for (let i = 0; i < 14; i++) writeFileSync(join(work, 'bad', `scan-${String(i).padStart(2, '0')}.png`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
  writeFileSync(join(work, 'bad', 'novel.txt'), 'Det var en mørk og stormfuld nat.\n\nHun gik ud i haven.\n')
})

async function run(args: string[], extra: { tty?: boolean } = {}) {
  const io = fakeIo({ cwd: work, ...extra })
  const exitCode = await main(args, io)
  return { exitCode, stdout: io.out(), stderr: io.err() }
}

describe('batches that explain themselves', () => {
  it('a glob says once how many files in hidden folders it left out; --dot takes them', async () => {
    const skipped = await run(['parse', 'archive/**/*.txt', '-f', 'ndjson'])
    expect(skipped.exitCode).toBe(0)
    expect(skipped.stderr).toBe('referat: 1 file in hidden (dot) folders or with dot names left out by the glob; --dot includes them\n')
    const all = await run(['parse', 'archive/**/*.txt', '-f', 'ndjson', '--dot'])
    expect(all.stderr).toBe('')
    expect(all.stdout.trim().split('\n').length).toBe(2 * skipped.stdout.trim().split('\n').length)
  })

  it('x.pdf and x.txt in one folder: refused with a way out, and --keep-ext writes both', async () => {
    const clash = await run(['parse', 'same.txt', 'same.pdf', '--out', 'o1/'])
    expect(clash.exitCode).toBe(2)
    expect(clash.stderr).toMatch(/would both be written to o1\/same\.json; nothing written \(--keep-ext names outputs x\.pdf\.json/)
    const kept = await run(['parse', 'same.txt', 'same.pdf', '--out', 'o2/', '--keep-ext'])
    expect(kept.exitCode).toBe(0)
    expect(readdirSync(join(work, 'o2')).sort()).toEqual(['same.pdf.json', 'same.txt.json'])
  })

  it('--skip-existing resumes into --out: outputs already written (and newer) are not parsed again', async () => {
    expect((await run(['parse', 'archive/a.txt', '--out', 'o3/'])).exitCode).toBe(0)
    const out = join(work, 'o3', 'archive', 'a.json')
    writeFileSync(out, '{"kept": true}\n')
    const resumed = await run(['parse', 'archive/a.txt', 'same.txt', '--out', 'o3/', '--skip-existing'], { tty: true })
    expect(resumed.exitCode).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe('{"kept": true}\n')
    expect(readdirSync(join(work, 'o3')).sort()).toEqual(['archive', 'same.json'])
    expect(resumed.stderr).toMatch(/parsed 1 file, 0 failed, 1 skipped \(already written\), \d+\.\d s/)
    // An input changed after its output was written is parsed again.
    utimesSync(join(work, 'archive', 'a.txt'), new Date(), new Date(Date.now() + 60_000))
    await run(['parse', 'archive/a.txt', '--out', 'o3/', '--skip-existing'])
    expect(readFileSync(out, 'utf8')).toMatch(/"schemaVersion"/)
    expect((await run(['parse', 'same.txt', '--skip-existing'])).stderr).toMatch(/--skip-existing needs --out/)
  })

  it('on a terminal: the first 10 failures, then a tally by cause; parsed and failed counted apart', async () => {
    const { exitCode, stderr } = await run(['parse', 'bad/*', 'same.txt', '-f', 'ndjson'], { tty: true })
    expect(exitCode).toBe(2)
    // What a terminal shows: each line as left after the bar's last clear.
    const shown = (text: string): string[] => text.split('\n').map((line) => line.split('\x1b[K').at(-1)!).filter(Boolean)
    const lines = shown(stderr)
    const failures = lines.filter((line) => /^referat: bad\//.test(line))
    expect(failures).toHaveLength(10)
    expect(lines).toContain('referat: more files failed; they are counted below (--verbose shows each)')
    expect(lines.find((line) => line.startsWith('parsed'))).toMatch(/^parsed 1 file, 15 failed, \d+\.\d s$/)
    expect(lines.slice(-2)).toEqual(['  14 images (run OCR first)', '  1 file without agenda items (not minutes?)'])
    const verbose = await run(['parse', 'bad/*', '-f', 'ndjson', '--verbose'], { tty: true })
    expect(shown(verbose.stderr).filter((line) => /^referat: bad\//.test(line))).toHaveLength(15)
  })

  it('in a pipe every failure keeps its line, and the tally follows the summary', async () => {
    const { stderr } = await run(['parse', 'bad/*', '-f', 'ndjson'])
    const lines = stderr.split('\n').filter(Boolean)
    expect(lines.filter((line) => line.startsWith('referat: bad/'))).toHaveLength(15)
    expect(lines.at(-3)).toMatch(/^parsed 0 files, 15 failed/)
  })

  it('an interrupted batch says how far it got and how to go on', async () => {
    let interrupt: ((signal?: NodeJS.Signals) => void) | undefined
    const io = { ...fakeIo({ cwd: work }), onInterrupt: (cleanup: (signal?: NodeJS.Signals) => void) => { interrupt = cleanup; return () => undefined } }
    await main(['parse', 'archive/a.txt', '--out', 'o4/'], io)
    // stdout failing (no signal) says so itself: no interrupted line for it.
    interrupt?.()
    expect(io.err()).not.toMatch(/interrupted/)
    interrupt?.('SIGINT')
    expect(io.err()).toMatch(/^referat: interrupted after 1 of 1 files \(1 parsed, 0 failed\); run the same command with --skip-existing to go on$/m)
  })

  it('the ETA comes from a moving average of recent files, not the slow start', () => {
    // One slow first file (4 s: loading pdf.js), then a file every 0.1 s.
    const finishes = [4000, ...Array.from({ length: 30 }, (_, i) => 4100 + i * 100)]
    const recent = finishes.slice(-RATE_WINDOW)
    expect(rateOf(recent, 0, finishes.length, finishes.at(-1)!)).toBeCloseTo(10, 5)
    expect(rateOf([4000], 0, 1, 4000)).toBeCloseTo(0.25, 5)
  })

  it('tallies failures by cause, most first', () => {
    expect(tallyLines(tallyOf(['scanned', 'not-found', 'scanned', 'encrypted', 'scanned']))).toEqual([
      '  3 scanned PDFs without a usable text layer (run OCR first)', '  1 missing file', '  1 password-protected PDF (--password)'
    ])
  })

  it('suggests the closest rule id', () => {
    expect(closest('item-without-decisions', RULE_IDS)).toBe('item-without-decision')
    expect(closest('sequence', RULE_IDS)).toBe('item-number-sequence')
    expect(closest('zzzzzz', RULE_IDS)).toBeNull()
  })
})

describe('reports name every failure, PDFs by page', () => {
  it('github: an unreadable input is an error annotation on that file', async () => {
    const { exitCode, stdout } = await run(['validate', 'missing.txt', 'bad/novel.txt', '-r', 'github'])
    expect(exitCode).toBe(2)
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      '::error file=missing.txt,title=input-error (not-found)::no such file',
      '::error file=bad/novel.txt,title=input-error (not-minutes)::no agenda items found (not minutes, or a layout referat does not know)'
    ])
  })

  it('github: a finding in a PDF is on the file, with page and extracted line in title and message', async () => {
    cpSync(join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.pdf'), join(work, 'kkr.pdf'))
    const { stdout } = await run(['validate', 'kkr.pdf', '-r', 'github'])
    expect(stdout).toMatch(/^::warning file=kkr\.pdf,title=toc-title-mismatch \(page 3%2C line \d+ of the extracted text\)::page 3, line \d+ of the extracted text: Heading/m)
    expect(stdout).not.toMatch(/,line=/)
  })

  it('json: failed files with their cause code', async () => {
    const report = JSON.parse((await run(['validate', 'missing.txt', 'archive/a.txt', '-r', 'json'])).stdout)
    expect(report.files[0]).toEqual({ file: 'missing.txt', diagnostics: [], error: 'no such file', errorCode: 'not-found' })
    expect(report.totals).toMatchObject({ files: 2, failed: 1 })
  })

  it('sarif: one SARIF 2.1.0 run with a result per finding and per unreadable input', async () => {
    cpSync(join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.txt'), join(work, 'kkr.txt'))
    const { exitCode, stdout } = await run(['validate', 'kkr.txt', 'kkr.pdf', 'missing.txt', '-r', 'sarif'])
    expect(exitCode).toBe(2)
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const { driver } = log.runs[0].tool
    expect(driver.name).toBe('referat')
    const ids = driver.rules.map((rule: { id: string }) => rule.id)
    expect(ids).toEqual(expect.arrayContaining([...RULE_IDS, 'input-error']))
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>; properties?: { page?: number; code?: string } }>
    for (const result of results) expect(ids).toContain(result.ruleId)
    const text = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'kkr.txt')!
    expect(text).toMatchObject({ ruleId: 'toc-title-mismatch', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 105, startColumn: 1 } } }] })
    const pdf = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'kkr.pdf')!
    expect(pdf.properties?.page).toBe(3)
    expect(pdf.locations[0]!.physicalLocation.region).toBeUndefined()
    expect(results.find((r) => r.ruleId === 'input-error')).toMatchObject({ level: 'error', properties: { code: 'not-found' } })
  })
})

