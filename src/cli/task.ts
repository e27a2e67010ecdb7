import { mkdirSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { emitterFor, type Format } from '../emit/index.js'
import { documentOf } from '../parse-file.js'
import type { RuleId, RuleSetting } from '../rules/index.js'
import type { Diagnostic } from '../schema/document.js'
import { loadInput, type LoadOptions } from './inputs.js'
import type { Io } from './io.js'
import { failureLine, messageOf, outputErrorOf, STDIN } from './messages.js'
import { writeFileAtomic } from './write-atomic.js'

/** `parse`: emit the document, to the batch's stdout or (atomically) to `outPath`. */
export interface EmitJob {
  readonly kind: 'emit'
  readonly format: Format
  readonly bom: boolean
  readonly csvSafe: boolean
  readonly outPath?: string
  readonly tempDir?: string
}

/** `validate`: run the rules (with the command line's settings) and return the diagnostics. */
export interface CheckJob {
  readonly kind: 'check'
  readonly rules: Partial<Record<RuleId, RuleSetting>>
}

/** One input of a batch: everything a worker thread needs, as plain data. */
export interface Task {
  readonly input: string
  readonly cwd: string
  readonly read: LoadOptions
  readonly job: EmitJob | CheckJob
}

export type TaskResult =
  | { readonly ok: true; readonly output: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly message: string; readonly fatal: boolean }

const noStdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} }

async function writeOutput(task: Task, job: EmitJob, outPath: string, content: string): Promise<void> {
  // At most the input's permission bits: a private input gives a private output.
  const mode = task.input === STDIN ? undefined : statSync(resolve(task.cwd, task.input)).mode & 0o666
  const write = (): Promise<void> => writeFileAtomic(outPath, content, { tempDir: job.tempDir, mode })
  try {
    // The output's folder is made when the write finds it missing: a batch into one folder makes it once.
    await write().catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
      mkdirSync(dirname(outPath), { recursive: true })
      return write()
    })
  } catch (error) {
    throw outputErrorOf(relative(task.cwd, outPath) || outPath, error, outPath)
  }
}

/**
 * Reads, parses and emits or checks one input. For stdout, output comes without its
 * header (the batch writes it once); a file of its own gets header and all.
 * Runs in process, or as the default export in a tinypool worker.
 */
export async function runTask(task: Task, io?: Io): Promise<TaskResult> {
  const taskIo: Io = io ?? { stdin: noStdin, stdout: { write: () => true }, stderr: { write: () => true }, isTTY: { stdout: false, stderr: false }, cwd: task.cwd, env: {} }
  try {
    const read = await loadInput(task.input, taskIo, task.read)
    const { job } = task
    if (job.kind === 'check') {
      return { ok: true, output: '', diagnostics: documentOf(read, { rules: job.rules }).diagnostics }
    }
    const doc = documentOf(read)
    const emitter = emitterFor(job.format)
    const options = { bom: job.bom, csvSafe: job.csvSafe }
    const body = emitter.document(doc, options)
    if (job.outPath === undefined) return { ok: true, output: body, diagnostics: doc.diagnostics }
    await writeOutput(task, job, job.outPath, `${emitter.header?.(options) ?? ''}${body}`)
    return { ok: true, output: '', diagnostics: doc.diagnostics }
  } catch (error) {
    const { message, fatal } = messageOf(error)
    return { ok: false, message: failureLine(task.input, message), fatal }
  }
}

export default runTask
