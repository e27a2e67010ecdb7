import type { SourceText } from '../compile/source-text.js'
import type { Referat } from '../schema/document.js'

/** What an emitter may be told: a byte-order mark (CSV for Excel), spreadsheet-safe cells. */
export interface EmitOptions {
  readonly bom?: boolean
  /** Neutralise cells a spreadsheet would run as formulas (CSV and xlsx; default true). */
  readonly csvSafe?: boolean
  /** The document is one of several in one stream (JSON writes them as one array). */
  readonly inList?: boolean
}

/** How several documents share one stream where the format needs one value (JSON's array). */
export interface ListFrame {
  readonly open: string
  readonly separator: string
  readonly close: string
}

/**
 * One output format. A stream of documents is `header` (once, if any) and then
 * `document` for each, inside `list` where several documents must make one value;
 * a file of its own is the same with one document. A binary format (`finish`) gets
 * each document's part and builds the whole output once the parts are in.
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
  readonly list?: ListFrame
  /** Binary output (never to a terminal): the parts of all documents of one output, made into its bytes. */
  readonly finish?: (parts: readonly string[], options: EmitOptions) => Promise<Uint8Array>
}
