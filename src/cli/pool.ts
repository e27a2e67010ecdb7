import { availableParallelism } from 'node:os'
import type { Io } from './io.js'
import type { Tinypool } from 'tinypool'
import { DEFAULT_PDF_TIMEOUT_MS, memoryMessage, timeoutMessage, WORKER_MEMORY_MB } from '../input/errors.js'
import type { Task, TaskResult } from './task.js'
import { resolve } from 'node:path'
import { watchMemory } from '../input/memory-watch.js'
import { needsIsolation } from '../input/sniff-file.js'
import { failureLine, STDIN } from './messages.js'

/** Below this many files, starting threads costs more than it saves (unless they are PDFs). */
const MIN_BATCH = 16
/** Text parses fast: below this many cores, the main thread's share eats the pool's gain. */
const MIN_CORES_FOR_TEXT = 4
/**
 * Inputs in flight when a batch runs in process: parsing is synchronous, so while one
 * file parses, the next ones are read and the last ones written (measured on 2 cores:
 * with one in flight the process waited on the disk ~40% of a 1,000-file batch).
 * A few, not many: each holds its document until the ones before it are handed over.
 */
const IN_PROCESS_IN_FLIGHT = 4

/**
 * How many worker threads a batch gains from (1: none). Measured on 2 cores: PDFs ~6× faster
 * on the pool, text within ±5% at twice the memory; text needs more cores to gain. Two PDFs
 * are enough at any batch size: in process, each would start an isolated reader thread
 * and load PDFium in it anew, where a pool thread loads it once and reads PDFs side by side.
 * Never more threads than inputs.
 */
export async function poolSize(inputs: readonly string[], cwd: string): Promise<number> {
  const threads = Math.min(availableParallelism(), inputs.length)
  if (inputs.length >= MIN_BATCH && availableParallelism() >= MIN_CORES_FOR_TEXT) return threads
  // Whether inputs need an isolated reader (PDF) is the reader table's call, by content.
  let heavy = 0
  for (const input of inputs) if (input !== STDIN && (await needsIsolation(resolve(cwd, input))) && ++heavy >= 2) return threads
  return 1
}

export interface TaskRunner {
  readonly concurrency: number
  run(task: Task): Promise<TaskResult>
  close(): Promise<void>
}

/**
 * Where a batch's tasks run: a tinypool of worker threads sized to the cores for
 * batches that gain from it (REFERAT_WORKERS overrides the size; 0 or 1 means
 * in process), otherwise in process. From TypeScript sources (tests) the worker file cannot load,
 * so batches run in process there.
 */
export async function taskRunner(io: Io, inputs: readonly string[]): Promise<TaskRunner> {
  const { runTask } = await import('./task.js')
  const requested = io.env.REFERAT_WORKERS === undefined ? undefined : Number(io.env.REFERAT_WORKERS)
  const threads = requested ?? (await poolSize(inputs, io.cwd))
  const fromSource = import.meta.url.endsWith('.ts')
  if (!Number.isFinite(threads) || threads < 2 || fromSource) {
    return { concurrency: IN_PROCESS_IN_FLIGHT, run: (task) => runTask(task, io), close: async () => undefined }
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
    run: (task) => runLimited(pool, task),
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
