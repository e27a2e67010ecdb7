import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { BudgetError, countLines, MAX_LINES, MAX_TEXT_CHARS, withinBudget, withinTime } from './budget.js'
import { InputError, type InputErrorCode } from './errors.js'
import { formatBytes } from './format-bytes.js'
import { readerFor } from './readers/index.js'
import type { InputDocument, ReadOptions } from './types.js'

export type { InputDocument, ReadOptions } from './types.js'
export { formatBytes } from './format-bytes.js'

/**
 * The most bytes one input may have unless `--max-size` says otherwise. Why a limit:
 * `/dev/zero` or an endless pipe would otherwise grow memory until the machine gives
 * out; minutes of thousands of pages stay far below it.
 */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

const CHUNK = 1024 * 1024

const tooLarge = (file: string, maxBytes: number, size?: number): InputError =>
  new InputError(file, `is ${size === undefined ? 'larger than' : `${formatBytes(size)}, over`} the ${formatBytes(maxBytes)} limit`, { code: 'too-large' })

/**
 * Reads a whole stream (stdin) into bytes, at most `maxBytes`: past the limit it stops
 * reading (which closes the stream) and throws, so an endless pipe ends in one line.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes = DEFAULT_MAX_BYTES, file = '-'): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
    total += buffer.length
    if (total > maxBytes) throw tooLarge(file, maxBytes)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** A file-system error while reading `path`, as one InputError. */
function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code
  const [message, why]: [string, InputErrorCode] =
    code === 'ENOENT' || code === 'ENOTDIR' ? ['no such file', 'not-found']
      : code === 'EACCES' || code === 'EPERM' ? ['permission denied', 'unreadable']
        : code === 'EISDIR' ? [DIRECTORY, 'not-a-file']
          : code === 'ELOOP' ? ['is a symbolic link that loops', 'not-found']
            : [`cannot be read (${code ?? 'unknown error'})`, 'unreadable']
  return new InputError(path, message, { code: why, cause: error })
}

/** A folder given as an input: say how to read the files in it. */
const DIRECTORY = "is a directory, not a file (to read the files in it, give a quoted glob such as 'folder/**/*.pdf')"

/**
 * Reads a file's bytes, with one-line errors for what users actually hit. Only regular
 * files are read: a FIFO would block forever on open and a device such as /dev/zero
 * never ends (pipe those to `-` instead). At most `maxBytes` are read, even from a
 * file that grows while it is read.
 */
export async function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  // Synchronous calls: a local file of minutes reads in microseconds, where each of
  // the five asynchronous calls cost a trip through the thread pool (in a 1,000-file
  // batch the main thread waited on those trips about as long as it parsed).
  let size: number
  try {
    const info = statSync(path)
    if (info.isDirectory()) throw new InputError(path, DIRECTORY, { code: 'not-a-file' })
    if (!info.isFile()) throw new InputError(path, `is a ${info.isFIFO() ? 'FIFO' : info.isSocket() ? 'socket' : 'device'}, not a regular file (pipe it to standard input instead)`, { code: 'not-a-file' })
    if (info.size > maxBytes) throw tooLarge(path, maxBytes, info.size)
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    throw unreadable(path, error)
  }
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw unreadable(path, error)
  }
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.allocUnsafeSlow(Math.min(CHUNK, Math.max(size - total, 0) + 1))
      let bytesRead: number
      try {
        bytesRead = readSync(fd, buffer, 0, buffer.length, null)
      } catch (error) {
        throw unreadable(path, error)
      }
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw tooLarge(path, maxBytes)
      chunks.push(buffer.subarray(0, bytesRead))
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
  } finally {
    closeSync(fd)
  }
}

/**
 * Bytes to an input document: the reader is chosen by content (readers/index.ts),
 * and the hash is of the bytes as read.
 */
export async function readInput(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<InputDocument> {
  if (bytes.length === 0) throw new InputError(file, 'is empty', { code: 'empty' })
  const reader = readerFor(bytes)
  if (reader.format !== 'pdf' && /\.pdf$/i.test(file)) throw new InputError(file, 'is named .pdf but is not a PDF file (no %PDF- header)', { code: 'damaged' })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  let output
  try {
    // PDFs have a time limit of their own (--timeout), enforced on their thread.
    output = await (reader.isolated ? reader.read(file, bytes, options) : withinTime(reader.read(file, bytes, options)))
    if (output.kind === 'text') {
      withinBudget('text-chars', output.text.length, MAX_TEXT_CHARS)
      withinBudget('lines', countLines(output.text, MAX_LINES), MAX_LINES)
    }
  } catch (error) {
    // Budgets are checked deep inside readers, which do not know the file's name.
    throw error instanceof BudgetError && error.file === '' ? error.of(file) : error
  }
  return { ...output, file, format: reader.format, sha256 }
}
