import { parse, type ParseOptions } from './parse.js'
import type { Diagnostic } from './schema/document.js'

/** The diagnostics `referat validate` reports for a text. */
export function validate(text: string, options: ParseOptions = {}): Diagnostic[] {
  return parse(text, options).diagnostics
}
