import { accessSync, constants, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InputError, type InputErrorCode } from '../input/errors.js'

export const STDIN = '-'

/**
 * A file name as messages show it: `<stdin>` for `-`; a name with control characters
 * (a newline in a file name) is quoted as a JSON string, so one error stays one line.
 */
export function displayName(input: string): string {
  if (input === STDIN) return '<stdin>'
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(input) || /^\s|\s$/.test(input) ? JSON.stringify(input) : input
}

/** A line of referat's own on stderr: `referat: …`. Every error line is built here. */
export function messageLine(message: string): string {
  return `referat: ${message}`
}

/** The one line for a failed input: `referat: x.txt: no such file`. */
export function failureLine(input: string, message: string): string {
  return messageLine(`${displayName(input)}: ${message}`)
}

/** A write that failed (output side): one line, exit 2; `fatal` stops the batch (disk full). */
export class OutputError extends Error {
  constructor(message: string, readonly fatal = false, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'OutputError'
  }
}

const FATAL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS'])

/**
 * Why a folder could not be made where mkdir only says ENOENT (a missing folder on
 * a read-only file system): the nearest folder that exists is asked whether it can
 * be written, which names the real cause (EROFS, EACCES).
 */
function causeOfMissing(path: string): string {
  let dir = resolve(path)
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir)
  try {
    accessSync(dir, constants.W_OK)
    return 'ENOENT'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'ENOENT'
  }
}

/** A file-system error while writing `path` (shown as given; `absolute` is where it is), as one line. */
export function outputErrorOf(path: string, error: unknown, absolute = path): OutputError {
  const raw = (error as NodeJS.ErrnoException).code ?? ''
  const code = raw === 'ENOENT' ? causeOfMissing(absolute) : raw
  const why: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'no space left on device; stopping',
    EDQUOT: 'disk quota exceeded; stopping', EROFS: 'read-only file system; stopping',
    ENOTDIR: 'a file is in the way of a folder on its path', EEXIST: 'a file is in the way of a folder on its path',
    EISDIR: 'is a folder', ENOENT: 'a folder on its path is missing and cannot be made'
  }
  return new OutputError(`cannot write ${displayName(path)}: ${why[code] ?? `${code || 'error'}`}`, FATAL_CODES.has(code), { cause: error })
}

/** Why an input of a batch failed: an input error's code, or its output could not be written. */
export type FailureCause = InputErrorCode | 'write-failed'

/** The flag that changes the outcome, for the codes that have one: the library's messages name no flags. */
const FLAG_HINTS: Partial<Record<InputErrorCode, string>> = {
  'too-large': 'see --max-size',
  encrypted: 'give the password with --password',
  timeout: 'see --timeout'
}

/** An input error's message as the CLI prints it: with the flag that helps, where one does. */
export function inputErrorMessage(error: InputError): string {
  const hint = FLAG_HINTS[error.code]
  return hint === undefined ? error.message : `${error.message} (${hint})`
}

/**
 * The line for an error referat did not expect (a bug): the error's own first line
 * and a request to report it; the stack follows only under REFERAT_DEBUG=1. Why not
 * rethrow: one bad input must not end a batch, nor print a bundle's minified source.
 */
export function internalErrorMessage(error: unknown, debug = process.env.REFERAT_DEBUG === '1'): string {
  const first = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 200)
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ''
  return `internal error while reading: ${first}; please report it (REFERAT_DEBUG=1 shows where)${stack}`
}

/**
 * The message for an error that stopped one input (without the `referat: file:`
 * prefix), and its cause for the batch's tally: known errors in their words,
 * anything else as an internal error.
 */
export function messageOf(error: unknown): { message: string; fatal: boolean; cause: FailureCause } {
  if (error instanceof InputError) return { message: inputErrorMessage(error), fatal: false, cause: error.code }
  if (error instanceof OutputError) return { message: error.message, fatal: error.fatal, cause: 'write-failed' }
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation failed/i.test(error.message)) {
    return { message: 'is too large to put out as one document (try --format ndjson or csv, or split the file)', fatal: false, cause: 'too-large' }
  }
  return { message: internalErrorMessage(error), fatal: false, cause: 'internal' }
}

/** The one-line message for a failed input. */
export function describeFailure(input: string, error: unknown): string {
  return failureLine(input, messageOf(error).message)
}
