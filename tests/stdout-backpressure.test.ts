import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, seedFixtures } from './helpers.js'

const FILES = 150
/** How long the reader of the pipe does not read at all, then reads a chunk per tick. */
const PAUSE_MS = 2500
/** What stdout may hold at once: its 16 KB mark plus one document (~60 KB); without backpressure, megabytes. */
const MOST_BUFFERED = 256 * 1024
/** The bound for a batch writing to a pipe. */
const MOST_RSS_MB = 200

const dir = mkdtempSync(join(tmpdir(), 'referat-backpressure-'))
const seeds = seedFixtures()
const inputs = Array.from({ length: FILES }, (_, i) => {
  const name = `d${String(i).padStart(3, '0')}.txt`
  copyFileSync(join(ROOT, seeds[i % seeds.length]!), join(dir, name))
  return name
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Resident memory of a process in MB, from /proc (0 once it is gone). */
function rssOf(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return line ? Number(line[1]) / 1024 : 0
  } catch {
    return 0
  }
}

interface Run { readonly out: string; readonly err: string; readonly peakMb: number; readonly code: number | null }

/** The built bin over the inputs with its stdout read slowly: nothing for a while, then a chunk per tick. */
function slowlyRead(env: Record<string, string>): Promise<Run> {
  const hook = join(ROOT, 'tests', 'hooks', 'stdout-watch.mjs')
  const child = spawn(process.execPath, ['--import', hook, join(ROOT, 'bin', 'referat.js'), 'parse', ...inputs, '-f', 'ndjson'], { cwd: dir, env: { ...process.env, ...env } })
  const chunks: Buffer[] = []
  let err = ''
  let peakMb = 0
  const poll = setInterval(() => { peakMb = Math.max(peakMb, rssOf(child.pid!)) }, 25)
  child.stderr.on('data', (data: Buffer) => { err += data.toString() })
  child.stdout.pause()
  setTimeout(() => {
    child.stdout.on('data', (data: Buffer) => {
      chunks.push(data)
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 1)
    })
    child.stdout.resume()
  }, PAUSE_MS)
  return new Promise((resolve) => child.on('close', (code) => {
    clearInterval(poll)
    resolve({ out: Buffer.concat(chunks).toString('utf8'), err, peakMb, code })
  }))
}

describe('stdout to a slow pipe', () => {
  for (const workers of ['1', '2']) {
    it(`waits for the reader instead of buffering documents (REFERAT_WORKERS=${workers})`, async () => {
      const run = await slowlyRead({ REFERAT_WORKERS: workers })
      expect(run.code, run.err).toBe(0)
      const most = Number(/most buffered (\d+)/.exec(run.err)?.[1])
      expect(most).toBeGreaterThan(0)
      expect(most).toBeLessThan(MOST_BUFFERED)
      expect(run.peakMb).toBeGreaterThan(0)
      expect(run.peakMb).toBeLessThan(MOST_RSS_MB)
      // Every document, whole and in input order.
      const rows = run.out.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string })
      const files = rows.map((r) => r.file).filter((file, i, all) => file !== all[i - 1])
      expect(files).toEqual(inputs)
    }, 120_000)
  }
})
