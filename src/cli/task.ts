import { mkdirSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { emitterFor, type Format } from '../emit/index.js'
import { documentOf, documentWithSource } from '../parse-file.js'
import type { RuleId, RuleSetting } from '../rules/index.js'
import type { Diagnostic } from '../schema/document.js'
import { loadInput, type LoadOptions } from './inputs.js'
import type { Io } from './io.js'
import { failureLine, messageOf, outputErrorOf, STDIN, type FailureCause } from './messages.js'
import { writeFileAtomic } from './write-atomic.js'

/** `parse`: emit the document, to the batch's stdout or (atomically) to `outPath`. */
export interface EmitJob {
  readonly kind: 'emit'
  readonly format: Format
  readonly bom: boolean
  readonly csvSafe: boolean
  /** One of several documents in one stream (JSON writes an array). */
  readonly inList: boolean
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
  | { readonly ok: false; readonly message: string; readonly reason: string; readonly fatal: boolean; readonly cause: FailureCause }

const noStdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} }

async function writeOutput(task: Task, job: EmitJob, outPath: string, content: string | Uint8Array): Promise<void> {
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
 * header or list frame (the batch writes them once; a binary format's part is built
 * into the output at the end); a file of its own gets header and all.
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
    const emitter = emitterFor(job.format)
    const { doc, source } = emitter.wantsSource ? documentWithSource(read) : { doc: documentOf(read), source: undefined }
    const options = { bom: job.bom, csvSafe: job.csvSafe, inList: job.inList }
    await emitter.load?.()
    if (job.outPath === undefined) return { ok: true, output: emitter.document(doc, options, source), diagnostics: doc.diagnostics }
    // A file of its own holds one document, never in a list; a binary format is built whole.
    const own = { ...options, inList: false }
    const body = emitter.document(doc, own, source)
    const content = emitter.finish ? await emitter.finish([body], own) : `${emitter.header?.(own) ?? ''}${body}`
    await writeOutput(task, job, job.outPath, content)
    return { ok: true, output: '', diagnostics: doc.diagnostics }
  } catch (error) {
    const { message, fatal, cause } = messageOf(error)
    return { ok: false, message: failureLine(task.input, message), reason: message, fatal, cause }
  }
}

export default runTask
