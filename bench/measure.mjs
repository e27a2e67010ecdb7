// Timing helpers for bench/run.mjs: whole processes (median of runs), batches
// (wall time and peak RSS via GNU time), and the table row every figure prints as.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * One row: figure, measured value, target, and whether it is met. `ratio` (measured
 * over target, lower is better) is printed beside the verdict so misses show by how much.
 */
export function row(what, value, target = '-', verdict) {
  const mark = verdict === undefined ? '' : verdict ? 'met' : 'MISSED'
  console.log(`${what.padEnd(50)} ${value.padStart(30)}   ${target.padEnd(26)} ${mark}`)
}

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

/** pdftotext's path, installing poppler-utils (Debian) when root and it is missing. */
export function ensurePdftotext() {
  const which = () => spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).stdout.trim() || undefined
  if (which()) return which()
  if (process.getuid?.() !== 0) return undefined
  console.log('(installing poppler-utils for the pdftotext comparison …)')
  spawnSync('sh', ['-c', 'apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1'], { stdio: 'ignore' })
  return which()
}
