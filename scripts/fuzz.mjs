#!/usr/bin/env node
// Mutation fuzzer for every reader: `npm run fuzz -- --count 5000 --seed 7`.
//
// Takes the seed files of each format from fixtures/ (text, PDF, Word, HTML, Markdown,
// FirstAgenda JSON, SBSYS and Acadre XML), mutates them (byte flips, truncation,
// duplication, tokens repeated, nesting, and ZIP-level changes of Word files) with a
// seeded PRNG, and runs the built CLI on them in child processes (in process, as
// small batches run) under a time and memory bound. A case fails when it
// - crashes: an exit code other than 0 or 2, a signal, a stack trace or anything but
//   `referat: FILE: …` lines on stderr, or more than one line for the file;
// - hangs: still running at --timeout-ms;
// - misses its budget: finishes but takes more than --budget-ms of CPU or --memory-mb
//   (peak resident memory, both as the process itself reports them at exit).
// Cases run in batches of --batch files (one CLI run each); a batch that fails in any
// way is run again file by file, so every failure is pinned to its case. Failing
// cases are saved to --out (printed at the end) with a note of what went wrong.
// Needs the build (`npm run fuzz` builds first). Exit code 1 when anything failed.
// Options: --count N --seed S --batch N --jobs N --timeout-ms --budget-ms --memory-mb
// --out DIR --json (one JSON summary on stdout) --bin PATH (another CLI, for tests).
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import JSZip from 'jszip'

const ROOT = join(import.meta.dirname, '..')

function options(argv) {
  const defaults = { bin: join(ROOT, 'bin', 'referat.js'), count: 500, seed: 1, batch: 20, 'timeout-ms': 30_000, 'budget-ms': 20_000, 'memory-mb': 1024, jobs: availableParallelism(), out: '', json: false }
  const result = { ...defaults }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '')
    if (!(name in defaults)) throw new Error(`unknown option ${argv[i]} (known: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')})`)
    if (typeof defaults[name] === 'boolean') result[name] = true
    else result[name] = typeof defaults[name] === 'number' ? Number(argv[++i]) : argv[++i]
  }
  return result
}

/** mulberry32: a small PRNG, so a seed gives the same cases on every machine. */
function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  return { next, int, pick: (list) => list[int(list.length)], size: (max) => Math.floor(Math.exp(next() * Math.log(max))) }
}

const files = (dir, ext) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => join(dir, f))

/** Seeds per format, and the tokens its mutations repeat and nest. */
const FORMATS = {
  text: { ext: '.txt', seeds: files('fixtures', '.txt').slice(0, 3).concat(files('fixtures/cases', '.txt').slice(0, 4)), tokens: ['\n', 'Punkt 1. ', '1. ', '\t', '\u00ad', 'Beslutning:\n', '§ 3 ', 'Afbud: '], nest: [['(', ')']] },
  pdf: { ext: '.pdf', seeds: ['fixtures/kkr-syddanmark-2023-11-21.pdf', 'fixtures/bad/truncated.pdf'], tokens: ['(', '<<', '[', 'stream\n', ' 0 obj ', '/Filter /FlateDecode '], nest: [['<<', '>>'], ['[', ']']] },
  docx: { ext: '.docx', seeds: ['fixtures/readers/word-numbered.docx'], tokens: ['<w:p>', '<w:r><w:t>x</w:t></w:r>', '<w:ilvl w:val="999999999"/>', '&amp;', '<w:tbl>'], nest: [['<w:p><w:r>', '</w:r></w:p>'], ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'], ['<w:p><w:r><w:t>x</w:t></w:r>', '</w:p>'], ['<w:t>x', '</w:t>']] },
  html: { ext: '.html', seeds: ['fixtures/readers/meeting-page.html'], tokens: ['<div>', '<p>', '<li>', '<ol>', '<table><tr><td>', '<b>', '</div>', '&amp;', '<br>', '<h2>1. Punkt</h2>'], nest: [['<div>', '</div>'], ['<ul><li>', '</li></ul>'], ['<b><i>', '</i></b>'], ['<table><tr><td>', '</td></tr></table>']] },
  markdown: { ext: '.md', seeds: ['fixtures/readers/generalforsamling.md'], tokens: ['> ', '- ', '*', '[', '`', '\n', '  ', '_', '](', '<div>', '|'], nest: [['> ', ''], ['- ', ''], ['[', ']'], ['*', '*']] },
  json: { ext: '.json', seeds: ['fixtures/exports/greve-plan-tryghed-2025-06-18.json'], tokens: ['[', '{"a":', '"', '\\', ']', ',', '<div>'], nest: [['[', ']'], ['{"a":', '}']] },
  sbsys: { ext: '.xml', seeds: ['fixtures/exports/sbsys-ballerup-it-2013-05-15.xml'], tokens: ['<x>', '<Item>', '&lt;div&gt;', '<![CDATA[', '&#xC;', '&nbsp;'], nest: [['<x>', '</x>'], ['&lt;div&gt;', '&lt;/div&gt;']] },
  acadre: { ext: '.xml', seeds: ['fixtures/exports/acadre-syddjurs-puk-2013-06-20.xml'], tokens: ['<x>', '<row>', '&lt;p&gt;', '<![CDATA[', '&#0;'], nest: [['<x>', '</x>'], ['&lt;div&gt;', '&lt;/div&gt;']] }
}

/** Byte- and text-level mutations, each `(bytes, rnd, format) → { bytes, note }`. */
const MUTATIONS = {
  flip(bytes, rnd) {
    const out = Buffer.from(bytes)
    const n = 1 + rnd.int(16)
    for (let i = 0; i < n; i++) out[rnd.int(out.length)] = rnd.int(256)
    return { bytes: out, note: `${n} bytes flipped` }
  },
  truncate(bytes, rnd) {
    const at = rnd.int(bytes.length)
    return { bytes: bytes.subarray(0, at), note: `truncated at ${at}` }
  },
  duplicate(bytes, rnd) {
    const start = rnd.int(bytes.length)
    const slice = bytes.subarray(start, start + 1 + rnd.size(8192))
    const times = rnd.size(2000)
    const at = rnd.int(bytes.length)
    return { bytes: Buffer.concat([bytes.subarray(0, at), ...Array(times).fill(slice), bytes.subarray(at)]), note: `${slice.length} bytes from ${start} ×${times} at ${at}` }
  },
  tokens(bytes, rnd, format) {
    const token = rnd.pick(format.tokens)
    const times = rnd.size(200_000)
    const at = rnd.int(bytes.length)
    return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(token.repeat(times)), bytes.subarray(at)]), note: `${JSON.stringify(token)} ×${times} at ${at}` }
  },
  nest(bytes, rnd, format) {
    const [open, close] = rnd.pick(format.nest)
    const depth = rnd.size(50_000)
    const at = rnd.int(bytes.length)
    const end = Math.min(bytes.length, at + rnd.int(4096))
    const inner = bytes.subarray(at, end)
    return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(open.repeat(depth)), inner, Buffer.from(close.repeat(depth)), bytes.subarray(end)]), note: `${JSON.stringify(open)} nested ${depth} deep at ${at}` }
  }
}

/** ZIP-level mutations of a Word file: its parts changed, dropped, grown, or its directory's sizes made to lie. */
const ZIP_MUTATIONS = {
  async part(bytes, rnd, format) {
    const zip = await JSZip.loadAsync(bytes)
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
    const name = rnd.pick(names)
    const kind = rnd.pick(['flip', 'truncate', 'duplicate', 'tokens', 'nest'])
    const mutated = MUTATIONS[kind](Buffer.from(await zip.file(name).async('uint8array')), rnd, format)
    zip.file(name, mutated.bytes)
    return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), note: `${name}: ${kind} ${mutated.note}` }
  },
  async drop(bytes, rnd) {
    const zip = await JSZip.loadAsync(bytes)
    const name = rnd.pick(Object.keys(zip.files).filter((n) => !zip.files[n].dir))
    zip.remove(name)
    return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), note: `${name} dropped` }
  },
  async numbering(bytes, rnd) {
    const zip = await JSZip.loadAsync(bytes)
    const value = rnd.pick(['999999999999', '1000000000', '-1', 'x', '4000', '1e308', '9'])
    const attribute = rnd.pick(['w:ilvl', 'w:val'])
    let changed = 0
    for (const name of ['word/numbering.xml', 'word/document.xml']) {
      const xml = await zip.file(name)?.async('string')
      if (xml) zip.file(name, xml.replace(new RegExp(`${attribute}="[^"]*"`, 'g'), (m) => (rnd.next() < 0.5 ? (changed++, `${attribute}="${value}"`) : m)))
    }
    return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), note: `${changed} ${attribute} set to ${value}` }
  },
  async sizes(bytes, rnd) {
    // The central directory's declared sizes (offset 24 of each entry) made to lie.
    const out = Buffer.from(bytes)
    let changed = 0
    for (let at = out.indexOf('PK\x01\x02'); at !== -1; at = out.indexOf('PK\x01\x02', at + 4)) {
      if (rnd.next() < 0.5) continue
      out.writeUInt32LE(rnd.pick([0, 1, 0xffffffff, rnd.int(2 ** 32)]), at + rnd.pick([20, 24]))
      changed++
    }
    return { bytes: out, note: `${changed} directory sizes changed` }
  },
  async raw(bytes, rnd, format) {
    const kind = rnd.pick(['flip', 'truncate', 'duplicate'])
    const mutated = MUTATIONS[kind](bytes, rnd, format)
    return { bytes: mutated.bytes, note: `raw ${kind} ${mutated.note}` }
  }
}

/** The cases of a run: format, seed, mutation, bytes. Deterministic in the seed. */
async function* casesOf(count, seed) {
  const rnd = prng(seed)
  const names = Object.keys(FORMATS)
  const seeds = new Map()
  for (let i = 0; i < count; i++) {
    const formatName = names[i % names.length]
    const format = FORMATS[formatName]
    const seedFile = rnd.pick(format.seeds)
    if (!seeds.has(seedFile)) seeds.set(seedFile, readFileSync(join(ROOT, seedFile)))
    const original = seeds.get(seedFile)
    const table = formatName === 'docx' && rnd.next() < 0.8 ? ZIP_MUTATIONS : MUTATIONS
    const kind = rnd.pick(Object.keys(table))
    const { bytes, note } = await table[kind](original, rnd, format)
    yield { id: `${String(i).padStart(5, '0')}-${formatName}-${kind}`, ext: format.ext, seed: basename(seedFile), note: `${kind}: ${note}`, bytes }
  }
}

/** Loaded into each CLI run (`node -r`): writes its CPU time and peak memory at exit, measured by the process itself. */
const USAGE_PRELOAD = "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.REFERAT_FUZZ_USAGE, JSON.stringify({ cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000), kb: u.maxRSS })) })\n"

/**
 * Runs the CLI on some case files (in process: REFERAT_WORKERS=1) under the bounds.
 * Budgets are judged on CPU time (wall time on a shared machine says more about the
 * neighbours); a run still going at --timeout-ms of wall time is killed as a hang,
 * as is one growing past twice --memory-mb.
 */
let runs = 0
function runCli(dir, names, opts) {
  return new Promise((resolve) => {
    const started = Date.now()
    const usageFile = join(dir, `.usage-${runs++}.json`)
    const child = spawn(process.execPath, ['-r', join(dir, '..', 'usage.cjs'), opts.bin, 'parse', ...names, '--format', 'ndjson', '--quiet'], {
      cwd: dir, env: { ...process.env, REFERAT_WORKERS: '1', REFERAT_DEBUG: '', REFERAT_FUZZ_USAGE: usageFile }, stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    let killed = false
    child.stderr.on('data', (chunk) => { if (stderr.length < 1_000_000) stderr += chunk })
    const sample = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)
        if (kb > opts['memory-mb'] * 1024 * 2) (killed = true), child.kill('SIGKILL')
      } catch { /* ended, or no /proc */ }
    }, 200)
    // A batch gets more wall time than one file; a file that needs it is found when the batch is run again file by file.
    const limit = opts['timeout-ms'] * (names.length > 1 ? 4 : 1)
    const timer = setTimeout(() => child.kill('SIGKILL'), limit)
    child.on('close', (code, signal) => {
      clearInterval(sample)
      clearTimeout(timer)
      const ms = Date.now() - started
      let usage = { cpuMs: ms, kb: killed ? opts['memory-mb'] * 2048 : 0 }
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'))
      } catch { /* killed: no report */ }
      resolve({ code: killed ? 0 : code, signal: killed ? null : signal, stderr, ms, cpuMs: usage.cpuMs, mb: Math.round(usage.kb / 1024), hung: !killed && signal === 'SIGKILL' && ms >= limit })
    })
  })
}

/** What went wrong with one file's run, or null. */
function verdict(result, name, opts) {
  if (result.hung) return { kind: 'hang', why: `still running after ${opts['timeout-ms']} ms` }
  if (result.signal || (result.code !== 0 && result.code !== 2)) return { kind: 'crash', why: `exit ${result.code ?? result.signal}: ${result.stderr.slice(0, 300)}` }
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  if (lines.some((line) => !line.startsWith(`referat: ${name}: `))) return { kind: 'crash', why: `stderr not one referat line: ${result.stderr.slice(0, 300)}` }
  if (lines.length > 1) return { kind: 'crash', why: `${lines.length} lines on stderr` }
  if (result.code === 2 && lines.length === 0) return { kind: 'crash', why: 'exit 2 without a line' }
  if (result.cpuMs > opts['budget-ms'] || result.mb > opts['memory-mb']) return { kind: 'budget', why: `${result.cpuMs} ms of CPU, ${result.mb} MB` }
  return null
}

/** Whether a batch run looks clean: then no file needs a run of its own. */
function batchClean(result, names, opts) {
  if (result.hung || result.signal || (result.code !== 0 && result.code !== 2)) return false
  if (result.cpuMs > opts['budget-ms'] || result.mb > opts['memory-mb']) return false
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  const counts = new Map()
  for (const line of lines) {
    const name = names.find((n) => line.startsWith(`referat: ${n}: `))
    if (name === undefined) return false
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts.values()].every((n) => n === 1) && (result.code === 0) === (lines.length === 0)
}

async function main() {
  const opts = options(process.argv.slice(2))
  const started = Date.now()
  const work = mkdtempSync(join(tmpdir(), 'referat-fuzz-'))
  writeFileSync(join(work, 'usage.cjs'), USAGE_PRELOAD)
  const out = opts.out || join(tmpdir(), `referat-fuzz-seed-${opts.seed}`)
  const failures = []
  let done = 0
  let refused = 0
  const batches = []
  let batch = []
  for await (const c of casesOf(opts.count, opts.seed)) {
    batch.push(c)
    if (batch.length === opts.batch) batches.push(batch), (batch = [])
  }
  if (batch.length > 0) batches.push(batch)
  const runBatch = async (cases, index) => {
    const dir = join(work, `b${index}`)
    mkdirSync(dir)
    const names = cases.map((c) => `${c.id}${c.ext}`)
    cases.forEach((c, i) => writeFileSync(join(dir, names[i]), c.bytes))
    const result = await runCli(dir, names, opts)
    if (batchClean(result, names, opts)) refused += result.stderr.split('\n').filter((line) => line !== '').length
    else {
      for (const [i, c] of cases.entries()) {
        const single = await runCli(dir, [names[i]], opts)
        const bad = verdict(single, names[i], opts)
        if (single.code === 2) refused++
        if (bad) {
          failures.push({ ...bad, id: c.id, file: names[i], seed: c.seed, note: c.note, ms: single.ms, cpuMs: single.cpuMs, mb: single.mb })
          mkdirSync(out, { recursive: true })
          writeFileSync(join(out, names[i]), c.bytes)
          writeFileSync(join(out, `${names[i]}.txt`), `${bad.kind}: ${bad.why}\nseed file: ${c.seed}\nmutation: ${c.note}\n`)
        }
      }
    }
    rmSync(dir, { recursive: true, force: true })
    done += cases.length
    if (!opts.json && process.stderr.isTTY) process.stderr.write(`\r${done}/${opts.count} cases, ${failures.length} failed`)
  }
  let next = 0
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, async () => {
    while (next < batches.length) {
      const index = next++
      await runBatch(batches[index], index)
    }
  }))
  rmSync(work, { recursive: true, force: true })
  const count = (kind) => failures.filter((f) => f.kind === kind).length
  const summary = { cases: opts.count, seed: opts.seed, read: opts.count - refused, refused, crashes: count('crash'), hangs: count('hang'), budgetMisses: count('budget'), seconds: Math.round((Date.now() - started) / 100) / 10, reproducers: failures.length > 0 ? out : null, failures }
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`)
  else {
    if (process.stderr.isTTY) process.stderr.write('\n')
    for (const f of failures) process.stdout.write(`${f.kind}: ${f.file} (${f.seed}; ${f.note}): ${f.why}\n`)
    process.stdout.write(`${summary.cases} cases (seed ${summary.seed}; ${summary.read} read, ${summary.refused} refused with one line): ${summary.crashes} crashes, ${summary.hangs} hangs, ${summary.budgetMisses} budget misses, ${summary.seconds} s${failures.length > 0 ? `; reproducers in ${out}` : ''}\n`)
  }
  process.exitCode = failures.length > 0 ? 1 : 0
}

await main()
