import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { internalErrorMessage, messageOf } from '../src/cli/messages.js'
import { MAX_DEPTH, MAX_ELEMENTS, MAX_MARKDOWN_LINES, MAX_MARKDOWN_MARKS } from '../src/input/budget.js'
import { checkJsonBudget } from '../src/input/exports/json-budget.js'
import { checkMarkdownBudget } from '../src/input/html/markdown-budget.js'
import { parseHtml } from '../src/input/html/parse-html.js'
import { readInput } from '../src/input/read.js'
import { checkZipBudget } from '../src/input/zip-budget.js'
import { ROOT } from './helpers.js'
import { docx, HOSTILE, numberedDocx, paragraph } from './hostile-files.js'

// Every input of the hostile-input audit (issue 20) through the built CLI, in process
// as small batches run: exit 0 or 2, at most one line naming the file, within 30 s and
// 1 GB. Peak memory is read by a preload that reports the process's maxRSS at exit.
const bin = join(ROOT, 'bin', 'referat.js')
const BOUND_MS = 30_000
const BOUND_KB = 1024 * 1024
const heavy = process.env.REFERAT_HEAVY_TESTS === '1'
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'referat-budgets-'))
  writeFileSync(join(work, 'rss.cjs'), "process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)))\n")
})

interface Run { status: number | null; signal: string | null; stdout: string; stderr: string; ms: number; kb: number }

function runBin(args: string[], env: Record<string, string> = {}, cwd = work): Promise<Run> {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', join(work, 'rss.cjs'), bin, ...args], {
      cwd, env: { ...process.env, REFERAT_WORKERS: '1', ...env, RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS)
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, kb })
    })
  })
}

describe('hostile inputs end in one line or are read, in bounded time and memory', () => {
  it.each(HOSTILE.map((file) => [file.name, file] as const))('%s', async (name, file) => {
    if (file.heavy && !heavy) return
    writeFileSync(join(work, name), file.bytes())
    const run = await runBin(['parse', name, '--format', 'ndjson'])
    expect(run.signal).toBeNull()
    expect(run.kb).toBeLessThan(BOUND_KB)
    if (file.expect === null) {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
    } else {
      expect(run.status).toBe(2)
      expect(run.stderr.split('\n')).toHaveLength(2)
      expect(run.stderr.slice(`referat: ${name}: `.length)).toMatch(file.expect)
      expect(run.stderr.startsWith(`referat: ${name}: `)).toBe(true)
    }
    rmSync(join(work, name))
  }, 60_000)

  it('Word numbering with huge starts and Roman numbers: labels bounded, never thousands of letters', async () => {
    const labels = async (name: string, bytes: Buffer): Promise<string> => {
      writeFileSync(join(work, name), bytes)
      const run = await runBin(['debug', 'lines', name])
      expect(run.status).toBe(0)
      return run.stdout
    }
    // Past Roman numerals' range the number prints as digits; within it, as numerals.
    expect(await labels('r4000.docx', numberedDocx({ start: '4000', format: 'upperRoman' }))).toMatch(/ 4000\. Budget\n[\s\S]* 4001\. Eventuelt\n/)
    expect(await labels('r3.docx', numberedDocx({ start: '3', format: 'upperRoman' }))).toMatch(/ III\. Budget\n[\s\S]* IV\. Eventuelt\n/)
    // A start no list reaches gives no label from numbering.xml: the list is counted as Word's fallback does.
    expect(await labels('huge.docx', numberedDocx({ start: '999999999999', format: 'lowerRoman' }))).toMatch(/ 1\. Budget\n[\s\S]* 2\. Eventuelt\n/)
    // A level Word does not have gets no label.
    expect(await labels('level.docx', numberedDocx({ ilvl: '1000000000' }))).toMatch(/ {2}Budget\n/)
  })
})

describe('budgets just inside their limits pass', () => {
  it('JSON nested to the limit is read; one level more is refused', () => {
    expect(() => checkJsonBudget(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).not.toThrow()
    expect(() => checkJsonBudget(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toThrow(/nested more than 512 levels/)
    // Brackets inside strings are text, not nesting.
    expect(() => checkJsonBudget(`["${'['.repeat(10_000)}"]`)).not.toThrow()
  })

  it('HTML nested close to the limit parses; elements are counted before parsing', () => {
    const deep = `${'<div>'.repeat(MAX_DEPTH - 10)}x`
    expect(parseHtml(deep, { fragment: true }).children).toHaveLength(1)
    expect(() => parseHtml('<p>x'.repeat(MAX_ELEMENTS + 1), { fragment: true })).toThrow(/more than 100,000 elements/)
    expect(() => parseHtml('<p>x'.repeat(MAX_ELEMENTS - 10), { fragment: true })).not.toThrow()
  })

  it('Markdown: lines and marks per paragraph, counted afresh after a blank line', () => {
    expect(() => checkMarkdownBudget('x\n'.repeat(MAX_MARKDOWN_LINES - 1))).not.toThrow()
    expect(() => checkMarkdownBudget('x\n'.repeat(MAX_MARKDOWN_LINES + 1))).toThrow(/more than 20,000 lines of Markdown/)
    const marks = `**${'*'.repeat(MAX_MARKDOWN_MARKS / 2 - 4)}**\n`
    expect(() => checkMarkdownBudget(`${marks}\n${marks}\n${marks}`)).not.toThrow()
    expect(() => checkMarkdownBudget(`${marks}${marks}${marks}`)).toThrow(/more than 2,000 emphasis or link marks/)
    // List bullets at the start of lines are containers, not emphasis.
    expect(() => checkMarkdownBudget('* x\n'.repeat(5_000))).not.toThrow()
  })

  it('a Word file is checked part by part: declared sizes, actual sizes, paragraphs', () => {
    expect(() => checkZipBudget(docx(paragraph('Tekst')))).not.toThrow()
    expect(() => checkZipBudget(docx(paragraph('Tekst'), undefined, 2 ** 31))).toThrow(/inflates to more than 64 MB/)
    expect(() => checkZipBudget(docx(paragraph('Tekst').repeat(30_001)))).toThrow(/more than 30,000 paragraphs/)
    expect(() => checkZipBudget(Buffer.from('PK\x03\x04 not a zip'))).toThrow(/no ZIP directory/)
  })

  it('readInput names the file in a budget line thrown deep in a reader', async () => {
    await expect(readInput('deep.json', Buffer.from(`{"Dagsordenpunkter":${'['.repeat(600)}${']'.repeat(600)}}`))).rejects.toMatchObject({ file: 'deep.json' })
  })
})

describe('errors referat did not expect', () => {
  it('are one line asking for a report; the stack only under REFERAT_DEBUG=1', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')")
    expect(messageOf(error)).toEqual({ message: "internal error while reading: TypeError: Cannot read properties of undefined (reading 'x'); please report it (REFERAT_DEBUG=1 shows where)", fatal: false, cause: 'internal' })
    expect(internalErrorMessage(error, true).split('\n').length).toBeGreaterThan(2)
    expect(internalErrorMessage('a\nb', false)).not.toMatch(/\n/)
  })
})

const GOOD = ['fixtures/kkr-syddanmark-2023-11-21.txt', 'fixtures/kkr-syddanmark-2023-11-21.pdf', 'fixtures/readers/word-numbered.docx', 'fixtures/readers/meeting-page.html', 'fixtures/readers/generalforsamling.md', 'fixtures/exports/greve-plan-tryghed-2025-06-18.json', 'fixtures/exports/sbsys-ballerup-it-2013-05-15.xml', 'fixtures/exports/acadre-syddjurs-puk-2013-06-20.xml']

describe('in process and on the pool, a mixed batch gives the same result', () => {
  it('same stdout, stderr, exit code and output files', async () => {
    const batch = join(work, 'mixed')
    mkdirSync(batch, { recursive: true })
    const names: string[] = []
    for (const [i, path] of GOOD.entries()) {
      const name = `${i}-good-${path.split('/').at(-1)}`
      cpSync(join(ROOT, path), join(batch, name))
      names.push(name)
      const hostile = HOSTILE.filter((file) => !file.heavy)[i]
      if (hostile) {
        writeFileSync(join(batch, `${i}-bad-${hostile.name}`), hostile.bytes())
        names.push(`${i}-bad-${hostile.name}`)
      }
    }
    const inProcess = await runBin(['parse', ...names, '--format', 'ndjson'], { REFERAT_WORKERS: '1' }, batch)
    const pooled = await runBin(['parse', ...names, '--format', 'ndjson'], { REFERAT_WORKERS: '2' }, batch)
    expect(inProcess.status).toBe(2)
    expect(pooled.status).toBe(inProcess.status)
    expect(pooled.stdout).toBe(inProcess.stdout)
    // The summary line's time differs between runs; everything else is equal, the tally by cause too.
    const tally = (stderr: string): string[] => stderr.split('\n').filter((line) => /^ {2}\d+ /.test(line))
    const lines = (stderr: string): string[] => stderr.split('\n').filter((line) => !/^parsed \d+ files?/.test(line) && !/^ {2}\d+ /.test(line))
    expect(lines(pooled.stderr)).toEqual(lines(inProcess.stderr))
    expect(tally(pooled.stderr)).toEqual(tally(inProcess.stderr))
    const refused = HOSTILE.filter((file) => !file.heavy).slice(0, GOOD.length).filter((file) => file.expect !== null)
    expect(lines(inProcess.stderr).filter(Boolean)).toHaveLength(refused.length)
    // Into folders: the same files with the same bytes.
    await runBin(['parse', ...names, '--out', 'a'], { REFERAT_WORKERS: '1' }, batch)
    await runBin(['parse', ...names, '--out', 'b'], { REFERAT_WORKERS: '2' }, batch)
    const a = readdirSync(join(batch, 'a')).sort()
    expect(readdirSync(join(batch, 'b')).sort()).toEqual(a)
    expect(a.length).toBeGreaterThanOrEqual(GOOD.length)
    for (const file of a) expect(readFileSync(join(batch, 'b', file), 'utf8')).toBe(readFileSync(join(batch, 'a', file), 'utf8'))
  }, 120_000)
})

describe('output folders', () => {
  it('temporary folders of runs that were killed are removed on the next run; live ones and others stay', async () => {
    const out = join(work, 'out')
    mkdirSync(out, { recursive: true })
    // A pid no process has (pids stay below 2^22 on Linux), this process's, and a look-alike.
    const dead = join(out, '.referat-tmp-4999999-AbC123')
    const live = join(out, `.referat-tmp-${process.pid}-XyZ789`)
    const other = join(out, '.referat-tmp-notes')
    for (const dir of [dead, live, other]) mkdirSync(dir)
    cpSync(join(ROOT, GOOD[0]!), join(work, 'seed.txt'))
    const run = await runBin(['parse', 'seed.txt', '--out', 'out'])
    expect(run.status).toBe(0)
    expect(existsSync(dead)).toBe(false)
    expect(existsSync(live)).toBe(true)
    expect(existsSync(other)).toBe(true)
    expect(readdirSync(out).filter((name) => name.startsWith('.referat-tmp-')).sort()).toEqual(['.referat-tmp-notes', `.referat-tmp-${process.pid}-XyZ789`].sort())
  })

  // Mounting a read-only file system needs root; elsewhere this is skipped.
  const canMount = process.platform === 'linux' && process.getuid?.() === 0
  it.skipIf(!canMount)('--out into a missing folder on a read-only file system names the cause, not ENOENT', async () => {
    const ro = join(work, 'ro')
    mkdirSync(ro, { recursive: true })
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', ro]).status !== 0) return
    try {
      cpSync(join(ROOT, GOOD[0]!), join(work, 'seed.txt'))
      const run = await runBin(['parse', 'seed.txt', '--out', 'ro/missing/out'])
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(`referat: cannot write ${join(work, 'ro/missing/out')}: read-only file system; stopping\n`)
    } finally {
      spawnSync('umount', [ro])
    }
  })
})

describe('the fuzzer', () => {
  it('a short run over every format finds no crash, hang or budget miss', () => {
    // Batches of 50 files: four CLI runs, so the run costs what parsing costs, not process starts.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fuzz.mjs'), '--count', '200', '--batch', '50', '--seed', '20', '--json'], { encoding: 'utf8', timeout: 300_000 })
    const summary = JSON.parse(result.stdout) as { cases: number; read: number; refused: number; crashes: number; hangs: number; budgetMisses: number; failures: unknown[] }
    expect(summary.failures).toEqual([])
    expect(summary).toMatchObject({ cases: 200, crashes: 0, hangs: 0, budgetMisses: 0 })
    // Both outcomes occur: the mutations reach the readers, not only the sniffers.
    expect(summary.read).toBeGreaterThan(10)
    expect(summary.refused).toBeGreaterThan(10)
  }, 330_000)

  it('reports a CLI that crashes, prints a stack or hangs, and saves the reproducers', () => {
    // A stand-in CLI: a stack trace for HTML, exit 1 for Markdown, a hang for JSON.
    const fake = join(work, 'fake-cli.cjs')
    writeFileSync(fake, [
      "const files = process.argv.slice(3).filter((a) => !a.startsWith('--') && a !== 'ndjson')",
      "if (files.some((f) => f.endsWith('.json'))) setTimeout(() => {}, 60_000)",
      "else if (files.some((f) => f.endsWith('.html'))) { console.error('TypeError: x\\n    at f (cli.cjs:1:2)'); process.exit(2) }",
      "else if (files.some((f) => f.endsWith('.md'))) process.exit(1)"
    ].join('\n'))
    const out = join(work, 'fuzz-out')
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'fuzz.mjs'), '--bin', fake, '--count', '16', '--seed', '3', '--timeout-ms', '5000', '--out', out, '--json'], { encoding: 'utf8', timeout: 120_000 })
    const summary = JSON.parse(result.stdout) as { crashes: number; hangs: number; reproducers: string; failures: Array<{ kind: string; file: string }> }
    expect(result.status).toBe(1)
    expect(summary.crashes).toBe(4)
    expect(summary.hangs).toBe(2)
    expect(summary.reproducers).toBe(out)
    for (const failure of summary.failures) expect(existsSync(join(out, failure.file))).toBe(true)
  }, 150_000)
})
