import type { Io } from './io.js'
import { messageLine, STDIN } from './messages.js'
import { mapOrdered } from './ordered.js'
import { taskRunner } from './pool.js'
import { createProgress, type Progress } from './progress.js'
import { runTask, type Task, type TaskResult } from './task.js'
import { removeTempDir } from './write-atomic.js'

export type TaskDone = Extract<TaskResult, { ok: true }>

export interface Batch {
  readonly inputs: readonly string[]
  readonly io: Io
  readonly quiet: boolean
  /** For the summary line: `parsed 200 files, 1 failed, 3.4 s`. */
  readonly verb: string
  /** Whether to print that summary line (batches of more than one input; in pipes only after a failure). */
  readonly summary: boolean
  readonly taskOf: (input: string) => Task
  /** Called in input order for each input that worked; write stdout through `progress.above`. */
  readonly onDone: (input: string, result: TaskDone, progress: Progress) => void
  /** Called in input order for each input that failed, after its error line is printed. */
  readonly onFailed?: (input: string, message: string) => void
  /** The batch's temporary folder: removed at the end and on an interrupt. */
  readonly tempDir?: string
}

export interface BatchOutcome {
  readonly failed: number
  /** The batch stopped early (disk full): the inputs after the failing one were not done. */
  readonly stopped: boolean
}

/**
 * The one batch engine of `parse` and `validate`: runs each input's task on the worker
 * pool or in process, hands results over in input order, prints one error line per
 * failed input and goes on (or stops cleanly when an error is fatal, such as a full
 * disk), shows progress on a terminal, and ends with a summary line.
 */
export async function runBatch(batch: Batch): Promise<BatchOutcome> {
  const { inputs, io } = batch
  const started = Date.now()
  const progress = createProgress(io, inputs.length, batch.quiet)
  const runner = await taskRunner(io, inputs)
  const cleanUp = (): void => {
    progress.done()
    if (batch.tempDir) removeTempDir(batch.tempDir)
  }
  const unregister = io.onInterrupt?.(cleanUp)
  let failed = 0
  let withErrors = 0
  let done = 0
  let stopped = false
  // Standard input can only be read here, not in a worker.
  const work = (input: string): Promise<TaskResult> => (input === STDIN ? runTask(batch.taskOf(input), io) : runner.run(batch.taskOf(input)))
  try {
    for await (const result of mapOrdered(inputs, runner.concurrency, work)) {
      const input = inputs[done++]!
      progress.tick(input)
      if (result.ok) {
        if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) withErrors++
        batch.onDone(input, result, progress)
        continue
      }
      failed++
      progress.above(() => io.stderr.write(`${result.message}\n`))
      batch.onFailed?.(input, result.message)
      if (result.fatal) {
        stopped = true
        break
      }
    }
  } finally {
    unregister?.()
    cleanUp()
    await runner.close()
  }
  if (stopped && done < inputs.length) io.stderr.write(`${messageLine(`stopped after ${done} of ${inputs.length} files; the rest were not ${batch.verb}`)}\n`)
  // The summary: always on a terminal; in pipes and CI logs only when something failed
  // or a document has errors (its output was written, but is most likely wrong somewhere).
  if (batch.summary && !batch.quiet && inputs.length > 1 && (io.isTTY.stderr || failed > 0 || withErrors > 0)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const doubtful = withErrors > 0 ? `${withErrors} with errors, ` : ''
    io.stderr.write(`${batch.verb} ${done} files, ${doubtful}${failed} failed, ${seconds} s\n`)
  }
  return { failed, stopped }
}
