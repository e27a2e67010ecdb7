import { mkdir, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, relative, resolve } from 'node:path'
import { csvHeader } from '../../emit/csv.js'
import { EXTENSIONS, type Format } from '../../emit/formats.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { expandInputs, STDIN } from '../inputs.js'
import type { Io } from '../io.js'
import { mapOrdered } from '../ordered.js'
import { runParseTask, type ParseTask, type TaskResult } from '../parse-task.js'
import { taskRunner } from '../pool.js'
import { createProgress } from '../progress.js'
import { removeTempFiles } from '../write-atomic.js'
import { readOptionsOf, type CommonFlags } from './shared.js'

export interface ParseFlags extends CommonFlags {
  readonly format: Format
  readonly out?: string
  readonly bom?: boolean
}

/** `x.txt` → `DIR/x.json`; `minutes/2024/x.txt` → `DIR/minutes/2024/x.json` (inside cwd). */
export function outputPathFor(input: string, outDir: string, format: Format, cwd: string): string {
  const absolute = resolve(cwd, input === STDIN ? 'stdin' : input)
  const rel = relative(cwd, absolute)
  const mirrored = rel.startsWith('..') || isAbsolute(rel) ? basename(absolute) : rel
  const stem = mirrored.slice(0, mirrored.length - extname(mirrored).length)
  return resolve(cwd, outDir, `${stem}${EXTENSIONS[format]}`)
}

async function prepareOutDir(dir: string, cwd: string): Promise<void> {
  const path = resolve(cwd, dir)
  const info = await stat(path).catch(() => undefined)
  if (info && !info.isDirectory()) throw new UsageError(`--out ${dir} is not a directory`)
  if (!info) await mkdir(path, { recursive: true })
}

/**
 * `referat parse FILES…`: each input through the pipeline to JSON, NDJSON or CSV,
 * on stdout or one file per input in --out. A bad input is reported and skipped;
 * the exit code is 2 if any input failed. Large batches run on a worker pool;
 * output keeps the input order either way.
 */
export async function runParse(patterns: readonly string[], flags: ParseFlags, io: Io): Promise<ExitCode> {
  const inputs = await expandInputs(patterns, io.cwd)
  if (flags.out) await prepareOutDir(flags.out, io.cwd)
  const read = readOptionsOf(flags)
  const inputPaths = new Set(inputs.filter((input) => input !== STDIN).map((input) => resolve(io.cwd, input)))
  const progress = createProgress(io, inputs.length, flags.quiet ?? false)
  const runner = await taskRunner(io, inputs)
  const outDir = flags.out ? resolve(io.cwd, flags.out) : undefined
  const unregister = outDir ? io.onInterrupt?.(() => removeTempFiles(outDir)) : undefined
  const failures: string[] = []
  let wroteHeader = false
  const work = (input: string): Promise<TaskResult> => {
    const outPath = flags.out ? outputPathFor(input, flags.out, flags.format, io.cwd) : undefined
    if (outPath && inputPaths.has(outPath)) {
      return Promise.resolve({ ok: false, message: `referat: ${input}: output ${outPath} would overwrite an input; choose another --out` })
    }
    const task: ParseTask = { input, cwd: io.cwd, format: flags.format, bom: flags.bom ?? false, outPath, password: read.password, timeoutMs: read.timeoutMs }
    // Standard input can only be read here, not in a worker.
    return input === STDIN ? runParseTask(task, io) : runner.run(task)
  }
  try {
    let i = 0
    for await (const result of mapOrdered(inputs, runner.concurrency, work)) {
      progress.tick(inputs[i++]!)
      if (!result.ok) {
        failures.push(result.message)
        continue
      }
      if (flags.out) continue
      if (flags.format === 'csv' && !wroteHeader) {
        io.stdout.write(csvHeader(flags.bom ?? false))
        wroteHeader = true
      }
      io.stdout.write(result.output)
    }
  } finally {
    unregister?.()
    await runner.close()
  }
  progress.done()
  for (const failure of failures) io.stderr.write(`${failure}\n`)
  if (failures.length > 0 && !flags.quiet && inputs.length > 1) {
    io.stderr.write(`referat: ${failures.length} of ${inputs.length} inputs failed\n`)
  }
  return failures.length > 0 ? EXIT.usage : EXIT.ok
}
