import { realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { emitterFor, type Format } from '../emit/index.js'
import { UsageError } from './errors.js'
import { displayName, failureLine, messageLine, STDIN } from './messages.js'

/** Where `parse` output goes: stdout, one file (one input), or a folder mirroring the inputs. */
export type OutTarget = { readonly kind: 'stdout' } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'dir'; readonly dir: string }

/**
 * Reads `-o`: none or `-` is stdout; an existing folder, a path ending in `/`, or a
 * new path without extension is a folder; with one input, an existing file or a new
 * path with an extension is that output file (as pdftotext and curl users expect).
 */
export async function outTargetOf(out: string | undefined, inputCount: number, cwd: string): Promise<OutTarget> {
  if (out === undefined || out === STDIN) return { kind: 'stdout' }
  const path = resolve(cwd, out)
  const info = await stat(path).catch(() => undefined)
  if (info?.isDirectory()) return { kind: 'dir', dir: path }
  const asFile = info !== undefined || (!out.endsWith('/') && !out.endsWith(sep) && extname(out) !== '')
  if (!asFile) return { kind: 'dir', dir: path }
  if (inputCount === 1) return { kind: 'file', path }
  throw new UsageError(`--out ${displayName(out)} is ${info ? 'a file' : 'a file name'}; with several inputs it must be a folder`)
}

/** How output files are named. */
export interface NamingOptions {
  /** Keep the input's extension (`x.pdf` → `x.pdf.json`), so inputs of one stem can share a folder. */
  readonly keepExt?: boolean
}

/**
 * `x.txt` → `DIR/x.json`; `minutes/2024/x.txt` → `DIR/minutes/2024/x.json` (inside cwd;
 * else the base name); with `keepExt`, `x.pdf` → `DIR/x.pdf.json`.
 */
export function outputPathFor(input: string, outDir: string, format: Format, cwd: string, naming: NamingOptions = {}): string {
  const absolute = resolve(cwd, input === STDIN ? 'stdin' : input)
  const rel = relative(cwd, absolute)
  const mirrored = rel.startsWith('..') || isAbsolute(rel) ? basename(absolute) : rel
  const stem = naming.keepExt ? mirrored : mirrored.slice(0, mirrored.length - extname(mirrored).length)
  return resolve(outDir, `${stem}${emitterFor(format).extension}`)
}

/**
 * The real path a write to `path` lands on: symbolic links resolved as far as the path
 * exists. `known` remembers folders already resolved, so a batch resolves its output
 * folder once, not once per file. Synchronous (one realpath(3) call each): a batch
 * plans thousands of paths before it starts, and nothing else runs meanwhile.
 */
export function realTarget(path: string, known?: Map<string, string>): string {
  const cached = known?.get(path)
  if (cached !== undefined) return cached
  const parent = dirname(path)
  // The parent resolved first (and remembered): the path is then at most one more call.
  const joined = parent === path ? path : join(realTarget(parent, known), basename(path))
  let real = joined
  try {
    real = realpathSync.native(joined)
  } catch {
    // Does not exist (yet): the real path of its folder and its own name.
  }
  known?.set(path, real)
  return real
}

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Each input's output path, checked before anything is written: two inputs may not
 * share an output (`a/x.txt b/x.txt`, `x.txt x.pdf`), no output may land on an input
 * (compared as real paths, so a symbolic link cannot hide it), and no output may leave
 * the folder through a symbolic link. Returns the paths, or one error line per problem.
 */
export async function planOutputs(target: OutTarget, inputs: readonly string[], format: Format, cwd: string, naming: NamingOptions = {}): Promise<{ paths: Map<string, string>; errors: string[] }> {
  const paths = new Map<string, string>()
  const errors: string[] = []
  if (target.kind === 'stdout') return { paths, errors }
  // Folders resolved once per batch; inputs and outputs each resolved once.
  const known = new Map<string, string>()
  const realInputOf = new Map<string, string>()
  const realInputs = new Map<string, string>()
  for (const input of inputs) {
    if (input === STDIN || realInputOf.has(input)) continue
    const real = realTarget(resolve(cwd, input), known)
    realInputOf.set(input, real)
    realInputs.set(real, input)
  }
  const realDir = target.kind === 'dir' ? realTarget(target.dir, known) : undefined
  const taken = new Map<string, { input: string; real: string }>()
  for (const input of inputs) {
    const path = target.kind === 'file' ? target.path : outputPathFor(input, target.dir, format, cwd, naming)
    const real = realTarget(path, known)
    const shown = displayName(relative(cwd, path) || path)
    // The same file named twice (a glob and its own name) writes the same output twice: no clash.
    const realInput = input === STDIN ? STDIN : realInputOf.get(input)!
    const earlier = taken.get(real)
    paths.set(input, path)
    if (earlier !== undefined && earlier.real === realInput) continue
    if (earlier !== undefined) errors.push(messageLine(`${displayName(earlier.input)} and ${displayName(input)} would both be written to ${shown}; nothing written (--keep-ext names outputs x.pdf.json and x.docx.json; or rename one)`))
    else if (realInputs.has(real)) errors.push(failureLine(input, `output ${shown} would overwrite the input ${displayName(realInputs.get(real)!)}; nothing written (choose another --out)`))
    else if (realDir !== undefined && !inside(realDir, real)) errors.push(failureLine(input, `output ${shown} would leave the --out folder through a symbolic link; nothing written`))
    taken.set(real, { input, real: realInput })
  }
  return { paths, errors }
}
