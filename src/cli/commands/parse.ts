import { statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { emitterFor, type Format } from '../../emit/index.js'
import { runBatch } from '../batch.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { expandInputs } from '../inputs.js'
import type { Io } from '../io.js'
import { outputErrorOf, STDIN } from '../messages.js'
import { outTargetOf, planOutputs, type OutTarget } from '../out-target.js'
import { createTempDir } from '../write-atomic.js'
import { readOptionsOf, type CommonFlags } from './shared.js'

export { outputPathFor } from '../out-target.js'

export interface ParseFlags extends CommonFlags {
  readonly format: Format
  readonly out?: string
  readonly bom?: boolean
  /** `--no-csv-safe` sets this false: formula-like CSV cells go out as they are. */
  readonly csvSafe?: boolean
  readonly keepExt?: boolean
  readonly skipExisting?: boolean
}

/**
 * `--skip-existing`: the inputs whose output is already in place and not older than
 * the input (an interrupted batch wrote whole files or none, so existing means done).
 */
function alreadyWritten(inputs: readonly string[], paths: ReadonlyMap<string, string>, cwd: string): Set<string> {
  const done = new Set<string>()
  for (const input of inputs) {
    const path = paths.get(input)
    if (input === STDIN || path === undefined) continue
    try {
      if (statSync(path).mtimeMs >= statSync(resolve(cwd, input)).mtimeMs) done.add(input)
    } catch {
      // No output yet (or the input is unreadable, which the batch reports).
    }
  }
  return done
}

/** Creates the output folder (or the output file's folder) and the batch's temporary folder in it. */
async function prepare(target: OutTarget): Promise<string | undefined> {
  if (target.kind === 'stdout') return undefined
  const dir = target.kind === 'dir' ? target.dir : dirname(target.path)
  try {
    await mkdir(dir, { recursive: true })
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
  const { inputs: all, errors, notes } = await expandInputs(patterns, io.cwd, { dot: flags.dot })
  const read = readOptionsOf(flags)
  const target = await outTargetOf(flags.out, all.length, io.cwd)
  if (flags.skipExisting && target.kind === 'stdout') throw new UsageError('--skip-existing needs --out (it skips inputs whose output file is already there)')
  const plan = await planOutputs(target, all, flags.format, io.cwd, { keepExt: flags.keepExt })
  for (const line of [...errors, ...plan.errors]) io.stderr.write(`${line}\n`)
  if (!flags.quiet) for (const line of notes) io.stderr.write(`${line}\n`)
  if (plan.errors.length > 0) return EXIT.usage
  const skip = flags.skipExisting ? alreadyWritten(all, plan.paths, io.cwd) : new Set<string>()
  const inputs = all.filter((input) => !skip.has(input))
  // A folder that cannot be made is an OutputError: one line from main, exit 2.
  const tempDir = inputs.length > 0 ? await prepare(target) : undefined
  const emitter = emitterFor(flags.format)
  const options = { bom: flags.bom ?? false, csvSafe: flags.csvSafe ?? true }
  let wroteHeader = false
  const outcome = await runBatch({
    inputs, io, quiet: flags.quiet ?? false, verb: 'parsed', summary: true, tempDir, verbose: flags.verbose, skipped: skip.size,
    resumeHint: target.kind === 'dir' ? 'run the same command with --skip-existing to go on' : undefined,
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
