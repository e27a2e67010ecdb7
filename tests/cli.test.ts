import { parse as parseCsv } from 'csv-parse/sync'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { Referat } from '../src/schema/document.js'
import { fakeIo } from './fake-io.js'
import { ROOT } from './helpers.js'

const SEEDS = ['direktionen-2024-11-18', 'kkr-syddanmark-2023-11-21', 'lolland-sau-2024-12-03', 'socialdirektoerforum-2025-01-24', 'styregruppe-sjaelland-2024-03-15']
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-cli-'))
  mkdirSync(join(work, 'minutes'))
  for (const seed of SEEDS) cpSync(join(ROOT, 'fixtures', `${seed}.txt`), join(work, 'minutes', `${seed}.txt`))
  writeFileSync(join(work, 'empty.txt'), '')
  writeFileSync(join(work, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]))
  writeFileSync(join(work, 'data.bin'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]))
  writeFileSync(join(work, 'novel.txt'), 'Det var en mørk og stormfuld nat.\n\nHun gik ud i haven.\n')
  writeFileSync(join(work, 'not-a-dir'), 'x')
})

async function run(args: string[], stdin = '', extra: { tty?: boolean; env?: Record<string, string> } = {}) {
  const io = fakeIo({ cwd: work, stdin, ...extra })
  const exitCode = await main(args, io)
  // Paths vary per run; the snapshot of a case should not.
  const clean = (s: string): string => s.replaceAll(work, '<work>')
  return { exitCode, stdout: clean(io.out()), stderr: clean(io.err()) }
}

describe('referat (in process)', () => {
  it.each([
    { name: 'help', args: ['--help'], exitCode: 0, stdout: /Usage: referat/ },
    { name: 'version', args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
    { name: 'no command', args: [], exitCode: 2, stderr: /Usage: referat/ },
    { name: 'unknown command', args: ['frobnicate'], exitCode: 2, stderr: /unknown command/ },
    { name: 'unknown format', args: ['parse', 'minutes/kkr-syddanmark-2023-11-21.txt', '--format', 'xml'], exitCode: 2, stderr: /Allowed choices are json, ndjson, csv/ },
    { name: 'missing file', args: ['parse', 'nope.txt'], exitCode: 2, stderr: /^referat: nope\.txt: no such file\n$/ },
    { name: 'directory', args: ['parse', 'minutes'], exitCode: 2, stderr: /^referat: minutes: is a directory, not a file \(to read the files in it, give a quoted glob such as 'folder\/\*\*\/\*\.pdf'\)\n$/ },
    { name: 'empty file', args: ['parse', 'empty.txt'], exitCode: 2, stderr: /^referat: empty\.txt: is empty\n$/ },
    { name: 'binary file', args: ['parse', 'binary.bin'], exitCode: 2, stderr: /^referat: binary\.bin: is an image \(PNG\), not text: run OCR first, e\.g\. ocrmypdf or tesseract\n$/ },
    { name: 'binary, not an image', args: ['parse', 'data.bin'], exitCode: 2, stderr: /^referat: data\.bin: is a binary file, not text, PDF, Word or an export referat reads\n$/ },
    { name: 'format in capitals', args: ['parse', 'minutes/kkr-syddanmark-2023-11-21.txt', '-f', 'CSV'], exitCode: 0, stdout: /^file,meeting_date,/ },
    { name: 'unknown rule, near a real one', args: ['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', '--rule', 'item-number-sequense=off'], exitCode: 2, stderr: /unknown rule in --rule item-number-sequense=off \(did you mean item-number-sequence\?\)/ },
    { name: 'a usage error points to the command\'s help', args: ['parse', 'x.txt', '--format', 'xml'], exitCode: 2, stderr: /\(run referat parse --help for usage\)/ },
    { name: 'glob with no match', args: ['parse', 'minutes/*.doc'], exitCode: 2, stderr: /^referat: no files match minutes\/\*\.doc\n$/ },
    { name: '--out on a file, several inputs', args: ['parse', 'minutes/kkr-syddanmark-2023-11-21.txt', 'minutes/lolland-sau-2024-12-03.txt', '--out', 'not-a-dir'], exitCode: 2, stderr: /^referat: --out not-a-dir is a file; with several inputs it must be a folder\n$/ },
    { name: 'unknown rule', args: ['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', '--rule', 'nope=off'], exitCode: 2, stderr: /unknown rule/ }
  ])('$name', async ({ args, exitCode, stdout, stderr }) => {
    const result = await run(args)
    expect(result.exitCode).toBe(exitCode)
    if (stdout) expect(result.stdout).toMatch(stdout)
    if (stderr) expect(result.stderr).toMatch(stderr)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('parse prints one schema-valid JSON document', async () => {
    const { exitCode, stdout, stderr } = await run(['parse', 'minutes/lolland-sau-2024-12-03.txt'])
    expect(exitCode).toBe(0)
    expect(stderr).toBe('')
    const doc = Referat.parse(JSON.parse(stdout))
    expect(doc.items).toHaveLength(9)
    expect(doc.source.file).toBe('minutes/lolland-sau-2024-12-03.txt')
  })

  it('reads stdin from -', async () => {
    const text = readFileSync(join(ROOT, 'fixtures', 'direktionen-2024-11-18.txt'), 'utf8')
    const { exitCode, stdout } = await run(['parse', '-', '--format', 'ndjson'], text)
    expect(exitCode).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(11)
    expect(JSON.parse(stdout.split('\n')[0]!)).toMatchObject({ file: null, meeting_date: '2024-11-18', number: '1' })
  })

  it('CSV over a quoted glob: one header, one row per item (51), titles round-trip', async () => {
    const { exitCode, stdout } = await run(['parse', 'minutes/*.txt', '--format', 'csv'])
    expect(exitCode).toBe(0)
    const rows = parseCsv(stdout, { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(51)
    for (const column of ['file', 'meeting_date', 'body', 'number', 'title', 'closed', 'case_number', 'decision_outcome', 'decision', 'recommendation', 'attachments']) {
      expect(Object.keys(rows[0]!)).toContain(column)
    }
    const json = await run(['parse', 'minutes/*.txt', '--format', 'ndjson'])
    expect(rows.map((row) => row.title)).toEqual(json.stdout.trim().split('\n').map((line) => JSON.parse(line).title))
  })

  it('--bom starts CSV with a byte-order mark, once', async () => {
    const { stdout } = await run(['parse', 'minutes/*.txt', '--format', 'csv', '--bom'])
    expect(stdout.startsWith('\uFEFFfile,')).toBe(true)
    expect(stdout.slice(1)).not.toContain('\uFEFF')
  })

  it('--out writes one file per input, atomically, and leaves no temporary files', async () => {
    const { exitCode } = await run(['parse', 'minutes/*.txt', '--out', 'out'])
    expect(exitCode).toBe(0)
    const written = readdirSync(join(work, 'out', 'minutes')).sort()
    expect(written).toEqual(SEEDS.map((seed) => `${seed}.json`))
    for (const file of written) Referat.parse(JSON.parse(readFileSync(join(work, 'out', 'minutes', file), 'utf8')))
  })

  it('--out never overwrites an input', async () => {
    writeFileSync(join(work, 'minutes', 'clash.json'), readFileSync(join(ROOT, 'fixtures', 'kkr-syddanmark-2023-11-21.txt')))
    const { exitCode, stderr } = await run(['parse', 'minutes/clash.json', '--out', '.'])
    expect(exitCode).toBe(2)
    expect(stderr).toMatch(/would overwrite the input minutes\/clash\.json; nothing written/)
    expect(readFileSync(join(work, 'minutes', 'clash.json'), 'utf8')).toMatch(/^\n*REFERAT/)
  })

  it('a batch goes on past a missing file, then exits 2', async () => {
    const { exitCode, stdout, stderr } = await run(['parse', 'minutes/kkr-syddanmark-2023-11-21.txt', 'missing.txt', 'minutes/lolland-sau-2024-12-03.txt', '--format', 'ndjson'])
    expect(exitCode).toBe(2)
    expect(stdout.trim().split('\n')).toHaveLength(13 + 9)
    expect(stderr).toMatch(/^referat: missing\.txt: no such file\nparsed 2 files, 1 failed, \d+\.\d s\n$/)
  })

  it('shows progress only on a terminal', async () => {
    expect((await run(['parse', 'minutes/*.txt'])).stderr).toBe('')
    expect((await run(['parse', 'minutes/*.txt'], '', { tty: true })).stderr).toMatch(/\] 5\/5 .* files\/s +ETA/)
    expect((await run(['parse', 'minutes/*.txt', '--quiet'], '', { tty: true })).stderr).toBe('')
  })

  it('schema prints JSON Schema of the output', async () => {
    const { exitCode, stdout } = await run(['schema'])
    expect(exitCode).toBe(0)
    const schema = JSON.parse(stdout)
    expect(schema.$schema).toMatch(/json-schema/)
    expect(schema.properties.items.items.properties.decision).toBeDefined()
  })

  it('validate: the seeds pass with warnings only', async () => {
    const { exitCode, stdout, stderr } = await run(['validate', 'minutes/*.txt'])
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/^minutes\/kkr-syddanmark-2023-11-21\.txt:105:1 warning Heading "Tamarække/m)
    expect(stderr).toMatch(/^0 errors, \d+ warnings, \d+ info in 5 files\n$/)
  })

  it('validate --strict fails on warnings; --rule turns a rule off', async () => {
    expect((await run(['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', '--strict'])).exitCode).toBe(1)
    expect((await run(['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', '--strict', '--rule', 'toc-title-mismatch=off'])).exitCode).toBe(0)
  })

  it('validate: something that is not minutes is an input error, one line, exit 2', async () => {
    const { exitCode, stdout, stderr } = await run(['validate', 'novel.txt'])
    expect(exitCode).toBe(2)
    // The report names the file too (stdout is what CI reads), with the cause's id.
    expect(stdout).toBe('novel.txt error no agenda items found (not minutes, or a layout referat does not know)  input-error\n')
    expect(stderr).toMatch(/^referat: novel\.txt: no agenda items found \(not minutes, or a layout referat does not know\)\n/)
    const parsed = await run(['parse', 'novel.txt', 'minutes/kkr-syddanmark-2023-11-21.txt'])
    expect(parsed.exitCode).toBe(2)
    expect(parsed.stdout).toMatch(/"schemaVersion"/)
  })

  it('validate reporters: json and github', async () => {
    const json = JSON.parse((await run(['validate', 'novel.txt', 'minutes/kkr-syddanmark-2023-11-21.txt', '--reporter', 'json'])).stdout)
    expect(json.totals).toMatchObject({ files: 2, failed: 1 })
    expect(json.files[0].error).toMatch(/no agenda items found/)
    const github = (await run(['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', '--reporter', 'github'])).stdout
    expect(github).toMatch(/^::warning file=minutes\/kkr-syddanmark-2023-11-21\.txt,line=105,col=1,title=toc-title-mismatch::Heading/m)
  })

  it('colour only on a terminal and never with NO_COLOR', async () => {
    const args = ['validate', 'minutes/kkr-syddanmark-2023-11-21.txt']
    expect((await run(args)).stdout).not.toMatch(/\x1b\[/)
    expect((await run(args, '', { tty: true })).stdout).toMatch(/\x1b\[/)
    expect((await run(args, '', { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/)
  })
})

describe('the built bin (child process)', () => {
  const bin = join(ROOT, 'bin', 'referat.js')

  it('parses a fixture', () => {
    const out = execFileSync(process.execPath, [bin, 'parse', 'fixtures/socialdirektoerforum-2025-01-24.txt'], { cwd: ROOT, encoding: 'utf8' })
    expect(JSON.parse(out).meeting.date).toBe('2025-01-24')
  })

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const result = spawnSync(process.execPath, [bin, 'parse', 'missing.txt'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('referat: missing.txt: no such file\n')
  })

  it('a batch on the worker pool gives the same output, in the same order, as in process', () => {
    const args = [bin, 'parse', 'fixtures/*.txt', 'fixtures/*.pdf', 'fixtures/bad/empty.pdf', '--format', 'ndjson']
    const pooled = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFERAT_WORKERS: '2' } })
    const single = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFERAT_WORKERS: '1' } })
    expect(pooled.status).toBe(2)
    expect(pooled.stdout).toBe(single.stdout)
    const untimed = (s: string): string => s.replace(/, \d+\.\d s\n$/, '')
    expect(untimed(pooled.stderr)).toBe(untimed(single.stderr))
    // The five seeds as text and as PDF: 51 items each way.
    expect(pooled.stdout.trim().split('\n')).toHaveLength(2 * 51)
  })

  it('the pool gives up on a PDF past --timeout by ending its thread, and goes on', () => {
    const args = [bin, 'parse', 'fixtures/*.pdf', 'fixtures/*.txt', '--format', 'ndjson', '--timeout', '0.01']
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFERAT_WORKERS: '2' } })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^referat: fixtures\/direktionen-2024-11-18\.pdf: took longer than 0\.01 s to read; giving up \(see --timeout\)$/m)
    // The text files are not timed, and come through after the aborted PDFs.
    expect(result.stdout.trim().split('\n')).toHaveLength(51)
  })

  it('ends quietly when the pipe closes early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" parse fixtures/*.txt | head -c 10`], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toHaveLength(10)
  })
})

describe('interrupted batches', () => {
  it('--out registers that cleanup for the batch and removes it afterwards', async () => {
    let registered = 0
    let unregistered = 0
    const io = { ...fakeIo({ cwd: work }), onInterrupt: () => { registered++; return () => { unregistered++ } } }
    expect(await main(['parse', 'minutes/kkr-syddanmark-2023-11-21.txt', '--out', 'out-int'], io)).toBe(0)
    expect([registered, unregistered]).toEqual([1, 1])
  })
})

describe('output snapshots', () => {
  it.each([
    ['help', ['--help']],
    ['parse help', ['parse', '--help']],
    ['validate, compact', ['validate', 'minutes/kkr-syddanmark-2023-11-21.txt', 'novel.txt', 'missing.txt']],
    ['validate, github', ['validate', 'minutes/styregruppe-sjaelland-2024-03-15.txt', '--reporter', 'github']],
    ['parse, csv of one item', ['parse', 'minutes/direktionen-2024-11-18.txt', '--format', 'csv']]
  ])('%s', async (_, args) => {
    const result = await run(args)
    expect(result).toMatchSnapshot()
  })
})
