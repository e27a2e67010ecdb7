import { readBytes, toInputText, type InputText, type ReadOptions } from './input/read.js'
import { parse, type ParseOptions } from './parse.js'
import type { Diagnostic, Referat } from './schema/document.js'

/**
 * Parses a loaded input and records the reader's repairs (encoding, mojibake)
 * as info diagnostics, so nothing is changed silently.
 */
export function documentOf(input: InputText, options: ParseOptions = {}): Referat {
  const doc = parse(input.text, {
    file: input.file === '-' ? null : input.file, format: input.format, sha256: input.sha256, pageStarts: input.pageStarts, ...options
  })
  if (input.repairs.length === 0 || options.rules?.['input-repaired'] === 'off') return doc
  const repairs = input.repairs.map((message): Diagnostic => ({
    severity: 'info', rule: 'input-repaired', message, line: null, column: null, item: null
  }))
  return { ...doc, diagnostics: [...repairs, ...doc.diagnostics] }
}

/**
 * Reads and parses one file, text or PDF: the library form of `referat parse FILE`.
 * Throws an InputError (one-line message naming the file) for unreadable input.
 */
export async function parseFile(path: string, options: ParseOptions & ReadOptions = {}): Promise<Referat> {
  return documentOf(await toInputText(path, await readBytes(path), options), options)
}

/** The diagnostics `referat validate` reports for a text. */
export function validate(text: string, options: ParseOptions = {}): Diagnostic[] {
  return parse(text, options).diagnostics
}
