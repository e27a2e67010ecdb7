import { resolve } from 'node:path'
import { InputError } from '../input/errors.js'
import { readBytes, readInput, readStream, type InputDocument, type ReadOptions } from '../input/read.js'
import type { Io } from './io.js'
import { UsageError } from './errors.js'

export const STDIN = '-'

/**
 * Expands arguments to input paths: `-` is stdin, a glob is expanded by fast-glob
 * (so quoted globs work), anything else is taken as a path and fails later if absent.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) throw new UsageError('no input files given (use - for standard input)')
  const inputs: string[] = []
  // fast-glob is loaded only when an argument needs it.
  const fg = patterns.some((p) => /[*?[\]{}()!]/.test(p)) ? (await import('fast-glob')).default : undefined
  for (const pattern of patterns) {
    if (pattern === STDIN || !fg || !fg.isDynamicPattern(pattern)) {
      inputs.push(pattern)
      continue
    }
    const matches = await fg.glob(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: true })
    if (matches.length === 0) throw new UsageError(`no files match ${pattern}`)
    inputs.push(...matches.sort())
  }
  return inputs
}

/** Reads one input (a path or stdin) to text, or throws an InputError naming it. */
export async function loadInput(input: string, io: Io, options: ReadOptions): Promise<InputDocument> {
  const bytes = input === STDIN ? await readStream(io.stdin) : await readBytes(resolve(io.cwd, input))
  return readInput(input, bytes, options)
}

/** The one-line message for a failed input. */
export function describeFailure(input: string, error: unknown): string {
  const name = input === STDIN ? '<stdin>' : input
  if (error instanceof InputError) return `referat: ${name}: ${error.message}`
  throw error
}
