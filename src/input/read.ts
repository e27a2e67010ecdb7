import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { decode, hasBom, looksBinary } from './decode.js'
import { InputError } from './errors.js'
import { repairMojibake } from './mojibake.js'
import type { Source } from '../schema/document.js'

export interface InputText {
  readonly file: string
  readonly text: string
  readonly format: Source['format']
  readonly sha256: string
  readonly pageStarts?: readonly number[]
  /** Things the reader fixed on the way in, reported as info diagnostics. */
  readonly repairs: readonly string[]
}

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

const isPdf = (bytes: Uint8Array): boolean =>
  bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-'

/** Reads a whole stream (stdin) into bytes. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** Reads a file's bytes, with one-line errors for what users actually hit. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file')
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : 'cannot be read'
    throw new InputError(path, why, { cause: error })
  }
}

/**
 * Bytes to text plus what the parser needs to know about them: PDF or text,
 * the hash of the bytes, the page starts of a PDF, and any repairs made.
 */
export async function toInputText(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<InputText> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (bytes.length === 0) throw new InputError(file, 'is empty')
  if (isPdf(bytes)) {
    const pdf = options.isolatePdf === false
      ? await (await import('./pdf.js')).pdfToText(file, bytes, options)
      : await (await import('./pdf-isolated.js')).pdfToTextIsolated(file, bytes, options)
    return { file, text: pdf.text, format: 'pdf', sha256, pageStarts: pdf.pageStarts, repairs: [] }
  }
  if (/\.pdf$/i.test(file)) throw new InputError(file, 'is named .pdf but is not a PDF file (no %PDF- header)')
  if (!hasBom(bytes) && looksBinary(bytes)) throw new InputError(file, 'is a binary file, not text or PDF')
  const decoded = decode(bytes)
  const { text, repaired } = repairMojibake(decoded.text)
  const repairs = [
    ...(decoded.encoding !== 'utf-8' ? [`Decoded as ${decoded.encoding}`] : []),
    ...(repaired > 0 ? [`Repaired ${repaired} mis-decoded character sequence(s) (e.g. "Ã¸" for "ø")`] : [])
  ]
  if (text.trim() === '') throw new InputError(file, 'has no text')
  return { file, text, format: 'text', sha256, repairs }
}
