/**
 * Why an input could not be read, as a stable code a program can switch on
 * (messages may be reworded; codes are the API).
 */
export const INPUT_ERROR_CODES = [
  'not-found', 'not-a-file', 'unreadable', 'too-large', 'empty', 'binary', 'image',
  'encrypted', 'wrong-password', 'scanned', 'damaged', 'not-minutes', 'timeout',
  'out-of-memory', 'over-budget', 'internal'
] as const
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number]

/**
 * An input that cannot be read as minutes: one line for the user, exit code 2.
 * The message names no command-line flag (the library has none); the CLI adds
 * its own hint from the code.
 */
export class InputError extends Error {
  readonly code: InputErrorCode
  constructor(
    readonly file: string,
    message: string,
    options: { readonly code: InputErrorCode; readonly cause?: unknown }
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'InputError'
    this.code = options.code
  }
}


/** How long a PDF may take to read unless --timeout says otherwise. */
export const DEFAULT_PDF_TIMEOUT_MS = 60_000

/** The one-line message for a PDF given up past its time limit. */
export function timeoutMessage(ms: number): string {
  return `took longer than ${ms / 1000} s to read; giving up`
}

/**
 * Heap limit of a thread that reads input (the isolated PDF reader and pool threads), in MB.
 * Why: a PDF decompression bomb (a few MB that inflate to gigabytes) must end its
 * thread with one line, not eat the machine's memory.
 */
export const WORKER_MEMORY_MB = 1024

/** The one-line message for a reader thread stopped at its memory limit. */
export function memoryMessage(): string {
  return `needed more than ${WORKER_MEMORY_MB} MB of memory to read (a decompression bomb?); giving up`
}
