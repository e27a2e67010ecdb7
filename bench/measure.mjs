// Timing helpers for bench/run.mjs: whole processes (median of runs), batches
// (wall time and peak RSS via GNU time), batches into a real pipe.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Median wall time (ms) of each command over `runs` runs, interleaved (A B C A B C …)
 * so that load on a shared machine falls on all of them alike.
 */
export function timeProcesses(commands, runs, cwd) {
  const times = commands.map(() => [])
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, ...args], k) => {
      const t = performance.now()
      const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
      times[k].push(performance.now() - t)
      if (r.status !== 0 && r.status !== 2) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
    })
  }
  return times.map(median)
}

/**
 * Wall time (s) and peak RSS (MB) of one command, RSS via GNU time when it is there.
 * @param {string[]} argv
 * @param {{ cwd?: string, env?: Record<string, string> }} [options]
 */
export function timeBatch(argv, { cwd, env = {} } = {}) {
  const hasTime = existsSync('/usr/bin/time')
  const t = performance.now()
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 26 })
    : spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
  const seconds = (performance.now() - t) / 1000
  const rss = hasTime ? Number(String(r.stderr).trim().split('\n').at(-1)) / 1024 : NaN
  return { seconds, rss, status: r.status }
}

/** Runs a shell line; wall time in seconds. */
export function timeShell(line, cwd) {
  const t = performance.now()
  const r = spawnSync('sh', ['-c', line], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0) throw new Error(`${line} failed: ${r.stderr}`)
  return (performance.now() - t) / 1000
}

const quote = (/** @type {string} */ s) => `'${s.replaceAll("'", `'\\''`)}'`

/**
 * Wall time (s) and peak RSS (MB, GNU time on the writer only) of a command whose
 * stdout is a real pipe: to `cat` (a fast reader), or, with `delayMs`, to a reader
 * that pauses that long after every chunk (a slow one).
 * @param {string[]} argv
 * @param {string} cwd
 * @param {number} [delayMs]
 * @param {Record<string, string>} [env]
 */
export function toPipe(argv, cwd, delayMs = 0, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'referat-bench-'))
  const out = join(dir, 'rss')
  const slow = `process.stdin.on('data',()=>{process.stdin.pause();setTimeout(()=>process.stdin.resume(),${delayMs})})`
  const reader = delayMs > 0 ? `${quote(process.execPath)} -e ${quote(slow)}` : 'cat >/dev/null'
  const t = performance.now()
  const r = spawnSync('sh', ['-c', `/usr/bin/time -f %M -o ${quote(out)} ${argv.map(quote).join(' ')} | ${reader}`], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } })
  const seconds = (performance.now() - t) / 1000
  const rss = existsSync(out) ? Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) / 1024 : NaN
  rmSync(dir, { recursive: true, force: true })
  if (r.status !== 0) throw new Error(`${argv.join(' ')} into a pipe failed: ${r.stderr}`)
  return { seconds, rss }
}

/** pdftotext's path, installing poppler-utils (Debian) when root and it is missing. */
export function ensurePdftotext() {
  const which = () => spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim() || undefined
  if (which()) return which()
  if (process.getuid?.() !== 0) return undefined
  console.log('(installing poppler-utils for the pdftotext comparison …)')
  spawnSync('sh', ['-c', 'apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1'], { stdio: 'ignore' })
  return which()
}
