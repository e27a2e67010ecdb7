import type { Diagnostic } from '../schema/document.js'

/** One input's outcome in `validate`: its diagnostics, or the one-line error that stopped it. */
export interface FileReport {
  readonly file: string
  readonly diagnostics: readonly Diagnostic[]
  /** Set when the file could not be read or parsed at all: the one-line reason. */
  readonly error?: string
  /** Why, as a stable code (`scanned`, `encrypted`, `not-minutes`, …; see InputError). */
  readonly errorCode?: string
}

export interface Paint {
  readonly error: (s: string) => string
  readonly warning: (s: string) => string
  readonly info: (s: string) => string
  readonly dim: (s: string) => string
}

/** The id reports give an input that could not be read (not a rule of the document: it was never parsed). */
export const INPUT_ERROR_RULE = 'input-error'

export const noPaint: Paint = { error: (s) => s, warning: (s) => s, info: (s) => s, dim: (s) => s }

/**
 * One way to report diagnostics on stdout. `file` is written per input as the batch
 * goes (in input order), `end` once after the last; `summary` asks for the count line
 * on stderr.
 */
export interface Reporter<Name extends string = string> {
  readonly name: Name
  readonly file?: (report: FileReport, paint: Paint) => string
  /** Written for an input that could not be read at all, so the report names every failed file. */
  readonly failed?: (report: FileReport, paint: Paint) => string
  readonly end?: (reports: readonly FileReport[]) => string
  readonly summary?: boolean
}
