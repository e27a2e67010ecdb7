import { readBytes, readInput, type InputDocument, type ReadOptions } from './input/read.js'
import { InputError } from './input/errors.js'
import { processInput, type ParseOptions } from './parse.js'
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
  if (doc.items.length === 0) throw new InputError(input.file, `no agenda items found (${NOT_MINUTES[input.format] ?? NOT_MINUTES.text})`)
  return doc
}

/** Why a file of each kind may hold no items, for the one-line message. */
const NOT_MINUTES: Partial<Record<InputDocument['format'], string>> = {
  text: 'not minutes, or a layout referat does not know',
  html: 'a web page without minutes, such as a listing page',
  pdf: 'not minutes, or a layout referat does not know'
}

/**
 * Reads and parses one file in any supported format: the library form of
 * `referat parse FILE`. Throws an InputError (one-line message naming the file)
 * for unreadable input.
 */
export async function parseFile(path: string, options: ParseOptions & ReadOptions = {}): Promise<Referat> {
  return documentOf(await readInput(path, await readBytes(path), options), options)
}
