/**
 * What readers take and give. Every reader ends in one of two shapes: text for the
 * splitter (with a map back to source lines when lines moved), or a ready tree
 * (structured exports, whose structure needs no guessing).
 */
import type { Source } from '../schema/document.js'
import type { LineFeatures } from '../tree/line-features.js'
import type { RootNode } from '../tree/types.js'

export type SourceFormat = Source['format']

export interface ReadOptions {
  readonly password?: string
  /** Milliseconds a PDF may take before it is given up. */
  readonly timeoutMs?: number
  /**
   * Read PDFs in a thread of their own (default), so the time limit can stop them.
   * A worker pool that enforces the limit itself reads them in place.
   */
  readonly isolatePdf?: boolean
}

/** Facts a reader records about what it did to the input; rules turn them into messages. */
export type ReadFact =
  | { readonly kind: 'decoded'; readonly encoding: string }
  | { readonly kind: 'mojibake-repaired'; readonly count: number }
  | { readonly kind: 'ligatures-lost'; readonly line: number | null; readonly example: string }

export interface TextOutput {
  readonly kind: 'text'
  readonly text: string
  /** 1-based lines at which pages start (PDF). */
  readonly pageStarts?: readonly number[]
  /** For each text line (index 0 = line 1), the 1-based line in the file as read. */
  readonly lineMap?: readonly number[]
  /**
   * For each text line (index 0 = line 1), what the format showed about it (the line
   * model, `tree/line-features.ts`); absent where the reader knows only the text.
   */
  readonly features?: readonly LineFeatures[]
  readonly facts: readonly ReadFact[]
}

export interface TreeOutput {
  readonly kind: 'tree'
  /** Positions in the tree point at lines of the file as read. */
  readonly tree: RootNode
  readonly facts: readonly ReadFact[]
}

export type ReaderOutput = TextOutput | TreeOutput

/** The start of a file, for sniffing: raw bytes and the same read as Latin-1 text. */
export interface Probe {
  readonly bytes: Uint8Array
  readonly head: string
}

/** One input format: how to recognise it by content and how to read it. */
export interface Reader {
  readonly format: SourceFormat
  /** True when the content is this format; never decided by the file name alone. */
  sniff(probe: Probe): boolean
  /** Runs in a thread of its own under the time limit (a PDFium call cannot be interrupted otherwise). */
  readonly isolated: boolean
  read(file: string, bytes: Uint8Array, options: ReadOptions): Promise<ReaderOutput>
}

/** A read input, ready for the pipeline. */
export type InputDocument = ReaderOutput & {
  readonly file: string
  readonly format: SourceFormat
  readonly sha256: string
}
