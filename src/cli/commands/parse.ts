import { mkdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path'
import { emit, EXTENSIONS, type Format } from '../../emit/index.js'
import { parse } from '../../parse.js'
import type { Referat } from '../../schema/document.js'
import { EXIT, UsageError, type ExitCode } from '../errors.js'
import { describeFailure, expandInputs, loadInput, STDIN } from '../inputs.js'
import type { Io } from '../io.js'
import { createProgress } from '../progress.js'
import { writeFileAtomic } from '../write-atomic.js'
import { documentOf, readOptionsOf, type CommonFlags } from './shared.js'

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
 * the exit code is 2 if any input failed.
 */
export async function runParse(patterns: readonly string[], flags: ParseFlags, io: Io): Promise<ExitCode> {
  const inputs = await expandInputs(patterns, io.cwd)
  if (flags.out) await prepareOutDir(flags.out, io.cwd)
  const inputPaths = new Set(inputs.filter((input) => input !== STDIN).map((input) => resolve(io.cwd, input)))
  const progress = createProgress(io, inputs.length, flags.quiet ?? false)
  const failures: string[] = []
  let first = true
  for (const input of inputs) {
    progress.tick(input)
    let doc: Referat
    try {
      doc = documentOf(await loadInput(input, io, readOptionsOf(flags)), parse)
    } catch (error) {
      failures.push(describeFailure(input, error))
      continue
    }
    if (flags.out) {
      const target = outputPathFor(input, flags.out, flags.format, io.cwd)
      if (inputPaths.has(target)) {
        failures.push(`referat: ${input}: output ${target} would overwrite an input; choose another --out`)
        continue
      }
      await mkdir(dirname(target), { recursive: true })
      await writeFileAtomic(target, emit(doc, flags.format, { first: true, bom: flags.bom ?? false }))
    } else {
      io.stdout.write(emit(doc, flags.format, { first, bom: flags.bom ?? false }))
      first = false
    }
  }
  progress.done()
  for (const failure of failures) io.stderr.write(`${failure}\n`)
  if (failures.length > 0 && !flags.quiet && inputs.length > 1) {
    io.stderr.write(`referat: ${failures.length} of ${inputs.length} inputs failed\n`)
  }
  return failures.length > 0 ? EXIT.usage : EXIT.ok
}

