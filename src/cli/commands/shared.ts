import { DEFAULT_PDF_TIMEOUT_MS } from '../../input/errors.js'
import type { ReadOptions } from '../../input/read.js'
import { UsageError } from '../errors.js'

export interface CommonFlags {
  readonly quiet?: boolean
  readonly password?: string
  readonly timeout?: string
}

/** The reader's options from the command line; a bad --timeout is a usage error. */
export function readOptionsOf(flags: CommonFlags): ReadOptions {
  const seconds = flags.timeout === undefined ? DEFAULT_PDF_TIMEOUT_MS / 1000 : Number(flags.timeout)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not ${flags.timeout}`)
  return { password: flags.password, timeoutMs: seconds * 1000 }
}

