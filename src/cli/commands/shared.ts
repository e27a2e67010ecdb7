import type { InputText, ReadOptions } from '../../input/read.js'
import type { ParseOptions } from '../../parse.js'
import type { Referat } from '../../schema/document.js'
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

/** The options `parse` takes for a loaded input. */
export function parseOptionsOf(input: InputText): ParseOptions {
  return { file: input.file === '-' ? null : input.file, format: input.format, sha256: input.sha256, pageStarts: input.pageStarts }
}

/**
 * Parses a loaded input and records the reader's repairs (encoding, mojibake)
 * as info diagnostics, so nothing is changed silently.
 */
export function documentOf(input: InputText, parser: (text: string, options: ParseOptions) => Referat, extra: ParseOptions = {}): Referat {
  const doc = parser(input.text, { ...parseOptionsOf(input), ...extra })
  const repairs = input.repairs.map((message) => ({
    severity: 'info' as const, rule: 'input-repaired', message, line: null, column: null, item: null
  }))
  return repairs.length === 0 ? doc : { ...doc, diagnostics: [...repairs, ...doc.diagnostics] }
}
