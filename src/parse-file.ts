import { readBytes, readInput, type InputDocument, type ReadOptions } from './input/read.js'
import { processInput, type ParseOptions } from './parse.js'
import type { Referat } from './schema/document.js'

/** Parses a read input: the reader's output with its name, format and hash. */
export function documentOf(input: InputDocument, options: ParseOptions = {}): Referat {
  return processInput(input, {
    file: input.file === '-' ? null : input.file, format: input.format, sha256: input.sha256, ...options
  }).result
}

/**
 * Reads and parses one file in any supported format: the library form of
 * `referat parse FILE`. Throws an InputError (one-line message naming the file)
 * for unreadable input.
 */
export async function parseFile(path: string, options: ParseOptions & ReadOptions = {}): Promise<Referat> {
  return documentOf(await readInput(path, await readBytes(path), options), options)
}
