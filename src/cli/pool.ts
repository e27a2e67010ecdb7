import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import type { Io } from './io.js'
import type { Tinypool } from 'tinypool'
import { DEFAULT_PDF_TIMEOUT_MS, memoryMessage, timeoutMessage, WORKER_MEMORY_MB } from '../input/errors.js'
import type { Task, TaskResult } from './task.js'
import { runnerChoice, type BatchShape, type RunnerChoice } from './pool-choice.js'
import { resolve } from 'node:path'
import { watchMemory } from '../input/memory-watch.js'
import { needsIsolation } from '../input/sniff-file.js'
import { failureLine, STDIN } from './messages.js'

/**
 * Inputs in flight when a batch runs in process: parsing is synchronous, so while one
 * file parses, the next ones are read and the last ones written (measured on 2 cores:
 * with one in flight the process waited on the disk ~40% of a 1,000-file batch).
 * A few, not many: each holds its document until the ones before it are handed over.
 */
const IN_PROCESS_IN_FLIGHT = 4

/**
 * In process, each PDF is read in a fresh thread (pdf-isolated.ts) that compiles PDFium
 * for that one document. There V8's baseline compiler alone is quicker: compiling hot
 * functions again with TurboFan pays back only over many pages. Measured side by side on
 * the 31-page PDF: the read in a fresh thread 206 → 130 ms; a pool thread, which reads
 * many, keeps V8's tiering (a 100-PDF batch was 1.2x slower with Liftoff only). Set
 * before any thread starts and never changed (bin/load-cli.js says why).
 */
let wasmTieringDecided = false
function compileWasmForOneDocument(): void {
  // Once per process: a CLI process runs one batch, and this comes before its first thread.
  if (wasmTieringDecided) return
  wasmTieringDecided = true
  // Unless the user's command line chose a Liftoff setting itself.
  if (!process.execArgv.some((arg) => /^--(no-)?liftoff/.test(arg))) setFlagsFromString('--liftoff-only')
}

/** What a batch holds, from each input's first bytes and size (synchronous probes: microseconds a file). */
export async function batchShape(inputs: readonly string[], cwd: string): Promise<BatchShape> {
  let isolated = 0
  let otherBytes = 0
  for (const input of inputs) {
    if (input === STDIN) continue
    const path = resolve(cwd, input)
    // Whether inputs need an isolated reader (PDF) is the reader table's call, by content.
    if (await needsIsolation(path)) isolated++
    else otherBytes += sizeOf(path)
  }
  return { files: inputs.length, isolated, otherBytes }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Where a batch's inputs run by default (see `runnerChoice` for the measurements behind it). */
export async function poolChoice(inputs: readonly string[], cwd: string): Promise<RunnerChoice> {
  return runnerChoice(await batchShape(inputs, cwd), availableParallelism())
}

/** How many worker threads a batch gets by default (1: none). */
export async function poolSize(inputs: readonly string[], cwd: string): Promise<number> {
  return Math.max(1, (await poolChoice(inputs, cwd)).threads)
}

export interface TaskRunner {
  readonly concurrency: number
  run(task: Task): Promise<TaskResult>
  close(): Promise<void>
}

/**
 * Where a batch's tasks run: a tinypool of worker threads for the inputs that gain from
 * it (`poolChoice`; REFERAT_WORKERS=n overrides with n threads for every input, 0 or 1
 * means in process), otherwise in process. From TypeScript sources (tests) the worker file cannot load,
 * so batches run in process there.
 */
export async function taskRunner(io: Io, inputs: readonly string[]): Promise<TaskRunner> {
  const { runTask } = await import('./task.js')
  const requested = io.env.REFERAT_WORKERS === undefined ? undefined : Number(io.env.REFERAT_WORKERS)
  const shape = await batchShape(inputs, io.cwd)
  const { threads, pooled } = requested === undefined ? runnerChoice(shape, availableParallelism()) : { threads: requested, pooled: 'all' }
  const fromSource = import.meta.url.endsWith('.ts')
  const inProcess = (task: Task): Promise<TaskResult> => runTask(task, io)
  if (!Number.isFinite(threads) || threads < 2 || fromSource) {
    // Not from the sources: tests run many batches, PDFs among them, in one process.
    if (shape.isolated > 0 && !fromSource) compileWasmForOneDocument()
    return { concurrency: IN_PROCESS_IN_FLIGHT, run: inProcess, close: async () => undefined }
  }
  // The named export: the bundled CLI loads tinypool with require(), where `default` is the whole module.
  const { Tinypool } = await import('tinypool')
  // A memory limit per thread, so one PDF bomb ends that thread, not the machine.
  const pool = new Tinypool({
    filename: new URL('./task.js', import.meta.url).href, minThreads: threads, maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB }
  })
  return {
    // One task per thread and no queue, so a task's time limit runs only while it runs.
    concurrency: threads,
    // A mixed batch on few cores: PDFs on the pool, the rest in process beside them.
    run: pooled === 'all' ? (task) => runLimited(pool, task) : async (task) => ((await needsIsolation(resolve(task.cwd, task.input))) ? runLimited(pool, task) : inProcess(task)),
    close: () => pool.destroy()
  }
}

/**
 * Runs a task on the pool, a PDF under its time limit. Past the limit the task is aborted,
 * which makes tinypool terminate the thread (a stuck PDFium call cannot be interrupted
 * any other way) and start a fresh one; the file is reported and the batch goes on.
 */
async function runLimited(pool: Tinypool, task: Task): Promise<TaskResult> {
  const ms = task.read.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS
  const pooled = { ...task, read: { ...task.read, isolatePdf: false } }
  // Only inputs whose reader runs isolated (PDF, by content) are timed; text never waits on a clock.
  const timed = await needsIsolation(resolve(task.cwd, task.input))
  const abort = new AbortController()
  const timeoutLine = `${timeoutMessage(ms)} (see --timeout)`
  let why = timeoutLine
  const timer = timed ? setTimeout(() => abort.abort(), ms) : undefined
  // A PDF bomb grows the process outside any heap limit: past the limit, its thread is ended too.
  const stopWatch = timed ? watchMemory(WORKER_MEMORY_MB * 1024 * 1024, () => { why = memoryMessage(); abort.abort() }) : undefined
  try {
    return (await pool.run(pooled, { signal: abort.signal })) as TaskResult
  } catch (error) {
    if (abort.signal.aborted) return { ok: false, message: failureLine(task.input, why), reason: why, fatal: false, cause: why === timeoutLine ? 'timeout' : 'out-of-memory' }
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, message: failureLine(task.input, memoryMessage()), reason: memoryMessage(), fatal: false, cause: 'out-of-memory' }
    throw error
  } finally {
    clearTimeout(timer)
    stopWatch?.()
  }
}
