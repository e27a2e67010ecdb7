import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { InputError } from './errors.js'
import { readerFor } from './readers/index.js'
import type { InputDocument, ReadOptions } from './types.js'

export type { InputDocument, ReadOptions } from './types.js'

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
 * Bytes to an input document: the reader is chosen by content (readers/index.ts),
 * and the hash is of the bytes as read.
 */
export async function readInput(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<InputDocument> {
  if (bytes.length === 0) throw new InputError(file, 'is empty')
  const reader = readerFor(bytes)
  if (reader.format !== 'pdf' && /\.pdf$/i.test(file)) throw new InputError(file, 'is named .pdf but is not a PDF file (no %PDF- header)')
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const output = await reader.read(file, bytes, options)
  return { ...output, file, format: reader.format, sha256 }
}
