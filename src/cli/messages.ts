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

/** A file-system error while writing `path`, as one line. */
export function outputErrorOf(path: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const why: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'no space left on device; stopping',
    EDQUOT: 'disk quota exceeded; stopping', EROFS: 'read-only file system; stopping',
    ENOTDIR: 'a file is in the way of a folder on its path', EEXIST: 'a file is in the way of a folder on its path',
    EISDIR: 'is a folder'
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
 * The message for an error that stopped one input (without the `referat: file:`
 * prefix), and its cause for the batch's tally. Known errors only; anything else is
 * a bug and is rethrown.
 */
export function messageOf(error: unknown): { message: string; fatal: boolean; cause: FailureCause } {
  if (error instanceof InputError) return { message: inputErrorMessage(error), fatal: false, cause: error.code }
  if (error instanceof OutputError) return { message: error.message, fatal: error.fatal, cause: 'write-failed' }
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation failed/i.test(error.message)) {
    return { message: 'is too large to put out as one document (try --format ndjson or csv, or split the file)', fatal: false, cause: 'too-large' }
  }
  throw error
}

/** The one-line message for a failed input. */
export function describeFailure(input: string, error: unknown): string {
  return failureLine(input, messageOf(error).message)
}
