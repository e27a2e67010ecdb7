import type { Io } from './io.js'
import { messageLine, STDIN, type FailureCause } from './messages.js'
import { mapOrdered } from './ordered.js'
import { taskRunner } from './pool.js'
import { createProgress, type Progress } from './progress.js'
import { runTask, type Task, type TaskResult } from './task.js'
import { tallyLines, tallyOf } from './tally.js'
import { removeTempDir } from './write-atomic.js'

export type TaskDone = Extract<TaskResult, { ok: true }>
export type TaskFailed = Extract<TaskResult, { ok: false }>

export interface Batch {
  readonly inputs: readonly string[]
  readonly io: Io
  readonly quiet: boolean
  /** For the summary line: `parsed 200 files, 1 failed, 3.4 s`. */
  readonly verb: string
  /** Whether to print that summary line (batches of more than one input; in pipes only after a failure). */
  readonly summary: boolean
  readonly taskOf: (input: string) => Task
  /**
   * Called in input order for each input that worked; write stdout through `progress.above`.
   * A promise holds up the batch until it settles (stdout's backpressure: see `drained`).
   */
  readonly onDone: (input: string, result: TaskDone, progress: Progress) => void | Promise<void>
  /** Called in input order for each input that failed, after its error line is printed. */
  readonly onFailed?: (input: string, failure: TaskFailed, progress: Progress) => void
  /** The batch's temporary folder: removed at the end and on an interrupt. */
  readonly tempDir?: string
  /** Every failed input's line even on a terminal (otherwise the first few, then the tally). */
  readonly verbose?: boolean
  /** Inputs left out before the batch (`--skip-existing`), for the summary. */
  readonly skipped?: number
  /** What to say after an interrupt about picking the batch up again. */
  readonly resumeHint?: string
}

/** On a terminal, failed inputs shown one line each before the rest wait for the tally (`--verbose`: all). */
export const SHOWN_FAILURES = 10

export interface BatchOutcome {
  readonly failed: number
  /** The batch stopped early (disk full): the inputs after the failing one were not done. */
  readonly stopped: boolean
  /** Why inputs failed, counted. */
  readonly causes: ReadonlyMap<FailureCause, number>
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
  let failed = 0
  let withErrors = 0
  let done = 0
  let stopped = false
  const causes: FailureCause[] = []
  const unregister = io.onInterrupt?.((signal) => {
    cleanUp()
    // stdout failing (a closed pipe, a full disk) says so itself; a batch waiting on it is not interrupted.
    if (signal === undefined) return
    io.stderr.write(`${messageLine(`interrupted after ${done} of ${inputs.length} files (${done - failed} ${batch.verb}, ${failed} failed)${batch.resumeHint ? `; ${batch.resumeHint}` : ''}`)}\n`)
  })
  // A terminal shows the first failures and then counts; pipes and CI logs get every line.
  const showAll = batch.verbose === true || !io.isTTY.stderr
  // Standard input can only be read here, not in a worker.
  const work = (input: string): Promise<TaskResult> => (input === STDIN ? runTask(batch.taskOf(input), io) : runner.run(batch.taskOf(input)))
  try {
    for await (const result of mapOrdered(inputs, runner.concurrency, work)) {
      const input = inputs[done++]!
      progress.tick(input)
      if (result.ok) {
        if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) withErrors++
        await batch.onDone(input, result, progress)
        continue
      }
      failed++
      causes.push(result.cause)
      if (showAll || failed <= SHOWN_FAILURES) progress.above(() => io.stderr.write(`${result.message}\n`))
      else if (failed === SHOWN_FAILURES + 1) progress.above(() => io.stderr.write(`${messageLine('more files failed; they are counted below (--verbose shows each)')}\n`))
      batch.onFailed?.(input, result, progress)
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
  const counts = tallyOf(causes)
  if (batch.summary && !batch.quiet && inputs.length + (batch.skipped ?? 0) > 1 && (io.isTTY.stderr || failed > 0 || withErrors > 0)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const parsed = done - failed
    const doubtful = withErrors > 0 ? `, ${withErrors} with errors` : ''
    const skipped = batch.skipped ? `, ${batch.skipped} skipped (already written)` : ''
    io.stderr.write(`${batch.verb} ${parsed} file${parsed === 1 ? '' : 's'}${doubtful}, ${failed} failed${skipped}, ${seconds} s\n`)
    if (failed > 1) io.stderr.write(`${tallyLines(counts).join('\n')}\n`)
  }
  return { failed, stopped, causes: counts }
}
