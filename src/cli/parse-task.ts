import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { emit } from '../emit/index.js'
import type { Format } from '../emit/formats.js'
import { documentOf } from '../parse-file.js'
import { describeFailure, loadInput } from './inputs.js'
import type { Io } from './io.js'
import { writeFileAtomic } from './write-atomic.js'

/** One input of a `parse` batch: everything a worker thread needs, as plain data. */
export interface ParseTask {
  readonly input: string
  readonly cwd: string
  readonly format: Format
  readonly bom: boolean
  /** Write here (atomically) instead of returning the output. */
  readonly outPath?: string
  readonly password?: string
  readonly timeoutMs?: number
  /** False in a pool worker: the pool enforces the time limit by ending the thread. */
  readonly isolatePdf?: boolean
}

export type TaskResult = { readonly ok: true; readonly output: string } | { readonly ok: false; readonly message: string }

const noStdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} }

/**
 * Reads, parses and emits one input. For stdout, CSV comes without its header
 * (the batch writes it once); a file in --out gets a whole CSV of its own.
 * Runs in process, or as the default export in a tinypool worker.
 */
export async function runParseTask(task: ParseTask, io?: Io): Promise<TaskResult> {
  const taskIo: Io = io ?? { stdin: noStdin, stdout: { write: () => true }, stderr: { write: () => true }, isTTY: { stdout: false, stderr: false }, cwd: task.cwd, env: {} }
  try {
    const doc = documentOf(await loadInput(task.input, taskIo, { password: task.password, timeoutMs: task.timeoutMs, isolatePdf: task.isolatePdf }))
    if (task.outPath) {
      await mkdir(dirname(task.outPath), { recursive: true })
      await writeFileAtomic(task.outPath, emit(doc, task.format, { first: true, bom: task.bom }))
      return { ok: true, output: '' }
    }
    return { ok: true, output: emit(doc, task.format, { first: false }) }
  } catch (error) {
    return { ok: false, message: describeFailure(task.input, error) }
  }
}

export default runParseTask
