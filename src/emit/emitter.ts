import type { SourceText } from '../compile/source-text.js'
import type { Referat } from '../schema/document.js'

/** What an emitter may be told: a byte-order mark (CSV for Excel), spreadsheet-safe cells. */
export interface EmitOptions {
  readonly bom?: boolean
  /** Neutralise cells a spreadsheet would run as formulas (CSV; default true). */
  readonly csvSafe?: boolean
}

/**
 * One output format. A stream of documents is `header` (once, if any) and then
 * `document` for each; a file of its own is the same with one document.
 */
export interface Emitter<Name extends string = string> {
  readonly format: Name
  /** File extension for `--out`, with the dot. */
  readonly extension: string
  readonly header?: (options: EmitOptions) => string
  /** `source` is given where `wantsSource` is set: the text the document was read from. */
  readonly document: (doc: Referat, options: EmitOptions, source?: SourceText) => string
  /** The emitter shows the source text (the review page): the caller must pass it. */
  readonly wantsSource?: boolean
  /** Loads what `document` needs, before its first call: heavy libraries load only when used. */
  readonly load?: () => Promise<void>
}
