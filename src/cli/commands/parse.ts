import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { emitterFor, type Format } from '../../emit/index.js'
import { runBatch } from '../batch.js'
import { EXIT, type ExitCode } from '../errors.js'
import { expandInputs } from '../inputs.js'
import type { Io } from '../io.js'
import { outputErrorOf } from '../messages.js'
import { outTargetOf, planOutputs, type OutTarget } from '../out-target.js'
import { createTempDir, removeStaleTempDirs } from '../write-atomic.js'
import { readOptionsOf, type CommonFlags } from './shared.js'

export { outputPathFor } from '../out-target.js'

export interface ParseFlags extends CommonFlags {
  readonly format: Format
  readonly out?: string
  readonly bom?: boolean
  /** `--no-csv-safe` sets this false: formula-like CSV cells go out as they are. */
  readonly csvSafe?: boolean
}

/** Creates the output folder (or the output file's folder) and the batch's temporary folder in it. */
async function prepare(target: OutTarget): Promise<string | undefined> {
  if (target.kind === 'stdout') return undefined
  const dir = target.kind === 'dir' ? target.dir : dirname(target.path)
  try {
    await mkdir(dir, { recursive: true })
    removeStaleTempDirs(dir)
    return await createTempDir(dir)
  } catch (error) {
    throw outputErrorOf(dir, error)
  }
}

/**
 * `referat parse FILES…`: each input through the pipeline to JSON, NDJSON or CSV, on
 * stdout, into one file (`-o x.json`, one input) or one file per input in a folder.
 * Output paths are checked before anything is written; a bad input is reported and
 * skipped; the exit code is 2 if any input failed.
 */
export async function runParse(patterns: readonly string[], flags: ParseFlags, io: Io): Promise<ExitCode> {
  const { inputs, errors } = await expandInputs(patterns, io.cwd)
  const read = readOptionsOf(flags)
  const target = await outTargetOf(flags.out, inputs.length, io.cwd)
  const plan = await planOutputs(target, inputs, flags.format, io.cwd)
  for (const line of [...errors, ...plan.errors]) io.stderr.write(`${line}\n`)
  if (plan.errors.length > 0) return EXIT.usage
  // A folder that cannot be made is an OutputError: one line from main, exit 2.
  const tempDir = inputs.length > 0 ? await prepare(target) : undefined
  const emitter = emitterFor(flags.format)
  const options = { bom: flags.bom ?? false, csvSafe: flags.csvSafe ?? true }
  let wroteHeader = false
  const outcome = await runBatch({
    inputs, io, quiet: flags.quiet ?? false, verb: 'parsed', summary: true, tempDir,
    taskOf: (input) => ({
      input, cwd: io.cwd, read,
      job: { kind: 'emit', format: flags.format, ...options, outPath: plan.paths.get(input), tempDir }
    }),
    onDone: (_input, result, progress) => {
      if (target.kind !== 'stdout') return
      progress.above(() => {
        if (!wroteHeader && emitter.header) io.stdout.write(emitter.header(options))
        wroteHeader = true
        io.stdout.write(result.output)
      })
    }
  })
  return outcome.failed > 0 || errors.length > 0 ? EXIT.usage : EXIT.ok
}
