import { statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { emitterFor, type EmitOptions, type Emitter, type Format } from '../../emit/index.js'
import { runBatch } from '../batch.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { expandInputs } from '../inputs.js'
import { drained, type Io } from '../io.js'
import { outputErrorOf, STDIN } from '../messages.js'
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
    removeStaleTempDirs(dir)
    return await createTempDir(dir)
  } catch (error) {
    throw outputErrorOf(dir, error)
  }
}

/**
 * Writes a batch's documents to stdout as one stream: the header once, several
 * documents inside the format's list frame (one JSON array), a binary format's
 * parts built into one output at the end. Nothing at all if no document came.
 */
function streamWriter(emitter: Emitter, options: EmitOptions, io: Io): { add: (output: string) => boolean; end: () => Promise<void> } {
  const parts: string[] = []
  const frame = options.inList ? emitter.list : undefined
  let written = 0
  return {
    add: (output) => {
      if (emitter.finish) {
        parts.push(output)
        return true
      }
      io.stdout.write(written++ === 0 ? `${emitter.header?.(options) ?? ''}${frame?.open ?? ''}` : frame?.separator ?? '')
      // Whether stdout wants more now (false: its buffer is full, wait for 'drain').
      return io.stdout.write(output) !== false
    },
    end: async () => {
      if (emitter.finish) {
        if (parts.length > 0) io.stdout.write(await emitter.finish(parts, options))
      } else if (frame) {
        // Several inputs make one array even when some failed: `[]` when all did.
        io.stdout.write(`${written === 0 ? frame.open : ''}${frame.close}`)
      }
    }
  }
}

/**
 * `referat parse FILES…`: each input through the pipeline to JSON, NDJSON, CSV or xlsx, on
 * stdout, into one file (`-o x.json`, one input) or one file per input in a folder.
 * Output paths are checked before anything is written; a bad input is reported and
 * skipped; the exit code is 2 if any input failed.
 */
export async function runParse(patterns: readonly string[], flags: ParseFlags, io: Io): Promise<ExitCode> {
  if (emitterFor(flags.format).finish && (flags.out === undefined || flags.out === STDIN) && io.isTTY.stdout) {
    throw new UsageError(`--format ${flags.format} is a binary file and is not written to a terminal: write it with -o FILE.${flags.format} (or --out DIR for one file per input), or redirect stdout to a file`)
  }
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
  const many = inputs.length > 1
  const options = { bom: flags.bom ?? false, csvSafe: flags.csvSafe ?? true, inList: many && emitter.list !== undefined }
  const stream = target.kind === 'stdout' ? streamWriter(emitter, options, io) : undefined
  const outcome = await runBatch({
    inputs, io, quiet: flags.quiet ?? false, verb: 'parsed', summary: true, tempDir, verbose: flags.verbose, skipped: skip.size,
    resumeHint: target.kind === 'dir' ? 'run the same command with --skip-existing to go on' : undefined,
    taskOf: (input) => ({
      input, cwd: io.cwd, read,
      job: { kind: 'emit', format: flags.format, ...options, outPath: plan.paths.get(input), tempDir }
    }),
    onDone: (_input, result, progress) => {
      if (!stream) return undefined
      let wantsMore = true
      progress.above(() => { wantsMore = stream.add(result.output) })
      // A slow reader of the pipe holds up the batch, so documents never pile up in memory.
      return drained(io.stdout, wantsMore)
    }
  })
  await stream?.end()
  return outcome.failed > 0 || errors.length > 0 ? EXIT.usage : EXIT.ok
}
