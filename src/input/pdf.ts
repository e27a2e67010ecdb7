import { InputError } from './errors.js'
import type { ReadOptions } from './read.js'

export interface PdfText {
  readonly text: string
  /** 1-based line at which each page starts in `text`. */
  readonly pageStarts: number[]
}

/**
 * PDF bytes to text with page starts. The only importer of pdf-parse, and only
 * when a PDF arrives: loading it costs ~170 ms that text runs must not pay.
 */
export async function pdfToText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfText> {
  void bytes
  void options
  throw new InputError(file, 'is a PDF; PDF input is not supported yet (convert it with pdftotext first)')
}
