import { DEFAULT_PDF_TIMEOUT_MS } from '../../input/errors.js'
import { DEFAULT_MAX_BYTES } from '../../input/read.js'
import type { LoadOptions } from '../inputs.js'
import { UsageError } from '../errors.js'

export interface CommonFlags {
  readonly quiet?: boolean
  readonly verbose?: boolean
  readonly dot?: boolean
  readonly password?: string
  readonly timeout?: string
  readonly maxSize?: string
}

/** The longest --timeout: a day. Longer would overflow Node's timers (about 24.8 days) for no use. */
export const MAX_TIMEOUT_S = 86_400

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }

/** `--max-size 256M` → bytes: a number with an optional unit (K, M, G; powers of 1024). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-size must be a size such as 256M or 1G, not ${value}`)
  return bytes
}

/** The reader's options from the command line; a bad --timeout or --max-size is a usage error. */
export function readOptionsOf(flags: CommonFlags): LoadOptions {
  const seconds = flags.timeout === undefined ? DEFAULT_PDF_TIMEOUT_MS / 1000 : Number(flags.timeout)
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new UsageError(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_S}, not ${flags.timeout}`)
  }
  const maxBytes = flags.maxSize === undefined ? DEFAULT_MAX_BYTES : parseSize(flags.maxSize)
  return { password: flags.password, timeoutMs: Math.ceil(seconds * 1000), maxBytes }
}
