import { lstat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readBytes, readInput, readStream, type InputDocument, type ReadOptions } from '../input/read.js'
import type { Io } from './io.js'
import { UsageError } from './errors.js'
import { displayName, messageLine, STDIN } from './messages.js'

export { STDIN } from './messages.js'

/** The inputs of a batch, and one error line per argument that named nothing. */
export interface Expanded {
  readonly inputs: string[]
  readonly errors: string[]
  /** Lines to say once (files a glob left out because they are in hidden folders). */
  readonly notes: string[]
}

const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false)

/**
 * Expands arguments to input paths: `-` is stdin; an existing path is that path, even
 * with `?` or `[` in its name (never re-globbed); otherwise a glob is expanded by
 * fast-glob (so quoted globs work), and one that matches nothing is an error line
 * while the batch goes on. Anything else is taken as a path and fails when read.
 */
export async function expandInputs(patterns: readonly string[], cwd: string, options: { readonly dot?: boolean } = {}): Promise<Expanded> {
  if (patterns.length === 0) throw new UsageError('no input files given (use - for standard input)')
  const inputs: string[] = []
  const errors: string[] = []
  let hidden = 0
  // fast-glob is loaded only when an argument needs it.
  const fg = patterns.some((p) => /[*?[\]{}()!]/.test(p)) ? (await import('fast-glob')).default : undefined
  for (const pattern of patterns) {
    if (pattern === STDIN || !fg || !fg.isDynamicPattern(pattern) || (await exists(resolve(cwd, pattern)))) {
      inputs.push(pattern)
      continue
    }
    const dot = options.dot === true
    const matches = await fg.glob(pattern, { cwd, onlyFiles: true, dot, followSymbolicLinks: true })
    // A glob passes over hidden folders (.git, but also a real archive's .old/): count what it skipped.
    if (!dot) hidden += (await fg.glob(pattern, { cwd, onlyFiles: true, dot: true, followSymbolicLinks: true })).length - matches.length
    if (matches.length === 0) errors.push(messageLine(`no files match ${displayName(pattern)}${hidden > 0 ? ' outside hidden folders' : ''}`))
    inputs.push(...matches.sort())
  }
  const notes = hidden > 0 ? [messageLine(`${hidden} file${hidden === 1 ? '' : 's'} in hidden (dot) folders or with dot names left out by the glob; --dot includes them`)] : []
  if (inputs.filter((input) => input === STDIN).length > 1) throw new UsageError('standard input (-) can be read only once')
  return { inputs, errors, notes }
}

/** What reading an input may be told besides the reader's options. */
export interface LoadOptions extends ReadOptions {
  readonly maxBytes?: number
}

/** Reads one input (a path or stdin) to text, or throws an InputError naming it. */
export async function loadInput(input: string, io: Io, options: LoadOptions): Promise<InputDocument> {
  const bytes = input === STDIN ? await readStream(io.stdin, options.maxBytes) : await readBytes(resolve(io.cwd, input), options.maxBytes)
  return readInput(input, bytes, options)
}
