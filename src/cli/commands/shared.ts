import type { ReadOptions } from '../../input/read.js'
import { UsageError } from '../errors.js'

export interface CommonFlags {
  readonly quiet?: boolean
  readonly password?: string
  readonly timeout?: string
}

export function readOptionsOf(flags: CommonFlags): ReadOptions {
  const seconds = Number(flags.timeout ?? '60')
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not ${flags.timeout}`)
  return { password: flags.password, timeoutMs: seconds * 1000 }
}

