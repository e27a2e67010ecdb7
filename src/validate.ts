import { processText, type ParseOptions } from './parse.js'
import type { Diagnostic } from './schema/document.js'

/** The diagnostics `referat validate` reports for a text. */
export function validate(text: string, options: ParseOptions = {}): Diagnostic[] {
  // Text that is not minutes is a `no-items` error here, not an exception: validate reports.
  return processText(text, options).result.diagnostics
}
