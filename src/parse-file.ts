import { readBytes, readInput, type InputDocument, type ReadOptions } from './input/read.js'
import { processInput, requireItems, type ParseOptions } from './parse.js'
import type { Referat } from './schema/document.js'

/**
 * Parses a read input: the reader's output with its name, format and hash.
 * A file without a single agenda item (a portal's listing page, an unknown export,
 * a letter) is not minutes: an InputError, as unreadable input is (CONTRACT 1.1).
 */
export function documentOf(input: InputDocument, options: ParseOptions = {}): Referat {
  const doc = processInput(input, {
    file: input.file === '-' ? null : input.file, format: input.format, sha256: input.sha256, ...options
  }).result
  return requireItems(doc, input.file, input.format)
}

/**
 * Reads and parses one file in any supported format: the library form of
 * `referat parse FILE`. Throws an InputError (one-line message naming the file)
 * for unreadable input.
 */
export async function parseFile(path: string, options: ParseOptions & ReadOptions = {}): Promise<Referat> {
  return documentOf(await readInput(path, await readBytes(path), options), options)
}

/**
 * Parses minutes already in memory (a fetched page, an upload): the reader is chosen
 * by content, as for files; `name` is what `source.file` and errors call it (a name
 * ending in `.pdf` must hold a PDF). Throws an InputError with a `code` as parseFile does.
 */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions & ReadOptions & { readonly name?: string } = {}): Promise<Referat> {
  const name = options.name ?? '<bytes>'
  return documentOf(await readInput(name, bytes, options), { ...options, file: options.file ?? options.name ?? null })
}
